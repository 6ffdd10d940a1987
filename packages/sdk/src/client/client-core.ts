import type { z } from 'zod';
import type { EndpointDefinition } from '../schemas/shared/endpoint';
import { safeParseContract } from '../schemas/shared/parse-mode';
import { Download } from './download';
import { ResponseValidationError } from './errors';
import { PagePromise } from './paginate';
import {
  type EndpointParams,
  type EndpointPathParams,
  type RequestInput,
  splitParams,
} from './request-input';
import type { RequestOptions, TransportOptions } from './request-options';
import { readSse, type SseReconnectOptions } from './sse-reader';
import { Transport } from './transport';

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

/**
 * The generic engine behind every resource method: one transport, one parse step, one error
 * hierarchy. Resource classes are thin: each method names its endpoint and maps its arguments.
 */
export class ClientCore {
  readonly transport: Transport;

  constructor(options: TransportOptions) {
    this.transport = new Transport(options);
  }

  get options(): TransportOptions {
    return this.transport.options;
  }

  /**
   * Validate the input, send the request (with retries) and parse the JSON response against the
   * endpoint's schema in the client's validation mode. 204/empty endpoints resolve with undefined.
   */
  async request<E extends EndpointDefinition>(
    endpoint: E,
    input: RequestInput<E> = {},
    options?: RequestOptions,
  ): Promise<EndpointResult<E>> {
    const { response, text } = await this.transport.send(endpoint, input as RequestInput, options);
    if (endpoint.responseKind === 'empty' || response.status === 204) {
      return undefined as EndpointResult<E>;
    }
    let data: unknown;
    try {
      data = text === undefined || text === '' ? undefined : JSON.parse(text);
    } catch {
      throw new ResponseValidationError({
        issues: [],
        body: text,
        status: response.status,
        endpoint: endpoint.id,
        message: `Response of ${endpoint.id} is not valid JSON.`,
      });
    }
    return this.parse(endpoint, data, response.status) as EndpointResult<E>;
  }

  /**
   * The shape every resource method reduces to: path params, then one params object (query,
   * body or both, split by {@link splitParams}), then options.
   */
  call<E extends EndpointDefinition>(
    endpoint: E,
    pathParams: EndpointPathParams<E> | undefined,
    params: EndpointParams<E> | undefined,
    options?: RequestOptions,
  ): Promise<EndpointResult<E>> {
    return this.request(
      endpoint,
      { pathParams, ...splitParams(endpoint, params) } as RequestInput<E>,
      options,
    );
  }

  /** Parse a payload against the endpoint's response (or frame) schema in the client's mode. */
  parse(endpoint: EndpointDefinition, data: unknown, status?: number): unknown {
    if (!endpoint.response) return data;
    const result = safeParseContract(endpoint.response, data, {
      mode: this.options.validation,
      onWarning: this.options.onWarning,
      contract: endpoint.id,
    });
    if (!result.success) {
      throw new ResponseValidationError({
        issues: result.error.issues,
        body: data,
        status,
        endpoint: endpoint.id,
      });
    }
    return result.data;
  }

  /**
   * A cursor endpoint: `await` for the first page, `for await` for every item. `itemsKey` names
   * the item array (it types the items; the endpoint's pagination spec wins at run time).
   */
  paginate<E extends EndpointDefinition, K extends ArrayKeyOf<EndpointResult<E>>>(
    endpoint: E,
    itemsKey: K,
    input: RequestInput<E> = {},
    options?: RequestOptions,
  ): PagePromise<EndpointResult<E>, PageItem<EndpointResult<E>, K>> {
    const spec = endpoint.pagination;
    const cursorParam = spec?.cursorParam ?? 'cursor';
    const query = (input.query ?? {}) as Record<string, unknown>;
    const initial = query[cursorParam];
    return new PagePromise({
      fetchPage: (cursor) =>
        this.request(
          endpoint,
          {
            ...input,
            query: (cursor === undefined
              ? input.query
              : { ...query, [cursorParam]: cursor }) as never,
          },
          options,
        ),
      initialCursor: typeof initial === 'string' && initial !== '' ? initial : undefined,
      itemsKey: spec?.itemsKey ?? itemsKey,
      nextCursorKey: spec?.nextCursorKey ?? 'next_cursor',
      onWarning: this.options.onWarning,
      contract: endpoint.id,
    });
  }

  /** A binary endpoint (zip, gzip): resolves once the headers arrive; read the body from the result. */
  async download<E extends EndpointDefinition>(
    endpoint: E,
    input: RequestInput<E> = {},
    options?: RequestOptions,
  ): Promise<Download> {
    const { response } = await this.transport.send(
      endpoint,
      input as RequestInput,
      options,
      'stream',
      {
        accept: endpoint.contentType ?? '*/*',
      },
    );
    return new Download(response);
  }

  /**
   * A Server-Sent-Events endpoint, read over fetch with reconnects; yields frames parsed by the
   * endpoint's frame schema. In lenient mode a frame that fails its schema is skipped with an
   * `invalid_frame` warning (a newer server's new frame type must not end the stream); in strict
   * mode it throws.
   */
  stream<E extends EndpointDefinition>(
    endpoint: E,
    input: RequestInput<E> = {},
    options: StreamOptions = {},
  ): AsyncGenerator<EndpointResult<E>, void, undefined> {
    return readSse<EndpointResult<E>>({
      ...options,
      signal: options.signal,
      sleep: this.options.sleep,
      connect: async (lastEventId) => {
        const sent = await this.transport.send(
          endpoint,
          input as RequestInput,
          { ...options, maxRetries: 0 },
          'stream',
          {
            accept: 'text/event-stream',
            headers: lastEventId === undefined ? {} : { 'last-event-id': lastEventId },
          },
        );
        return sent.response;
      },
      parse: (message) => this.parseFrame(endpoint, message.data),
    });
  }

  private parseFrame<E extends EndpointDefinition>(endpoint: E, data: string) {
    try {
      return this.parse(endpoint, JSON.parse(data)) as EndpointResult<E>;
    } catch (error) {
      if (this.options.validation === 'strict') {
        throw error instanceof ResponseValidationError
          ? error
          : new ResponseValidationError({
              issues: [],
              body: data,
              endpoint: endpoint.id,
              message: `A frame of ${endpoint.id} is not valid JSON.`,
            });
      }
      this.options.onWarning?.({
        code: 'invalid_frame',
        path: [],
        message: error instanceof Error ? error.message : String(error),
        contract: endpoint.id,
      });
      return undefined;
    }
  }
}
