import type { z } from 'zod';
import type { EndpointDefinition } from '../schemas/shared/endpoint';
import type { RequestOptions } from './request-options';
import type { SseReconnectOptions } from './sse-reader';

/** What a JSON endpoint resolves with: its response schema's output (undefined for 204). */
export type EndpointResult<E> =
  E extends EndpointDefinition<
    z.ZodType | undefined,
    z.ZodType | undefined,
    z.ZodType | undefined,
    infer R
  >
    ? R extends z.ZodType
      ? z.output<R>
      : undefined
    : never;

/** Keys of a page whose value is an item array (`trace_items`, `entries`, `items`). */
export type ArrayKeyOf<T> = keyof {
  // Open objects carry a `[k: string]: unknown` catchall; remapping drops index signatures so
  // only the declared keys are considered.
  [K in keyof T as string extends K
    ? never
    : number extends K
      ? never
      : NonNullable<T[K]> extends readonly unknown[]
        ? K
        : never]: T[K];
} &
  string;

/** The item type of the array at `K` of a page. */
export type PageItem<T, K extends keyof T> =
  NonNullable<T[K]> extends readonly (infer I)[] ? I : never;

/** Per-request options of a live stream: request options plus reconnect behaviour. */
export interface StreamOptions extends RequestOptions, SseReconnectOptions {}
