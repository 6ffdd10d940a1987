import type { EndpointDefinition } from '@govkit/sdk/schemas';
import type { z } from 'zod';
import type { MockStore } from '../store/mock-store';
import type { Actor } from './resolve-actor';
import type { BinaryBody, SseStream } from './route-results';

type OutputOf<T> = T extends z.ZodType ? z.output<T> : undefined;
type InputOf<T> = T extends z.ZodType ? z.input<T> : never;

/** What a route handler receives: validated input, the store, and who is acting. */
export interface RouteContext<E extends EndpointDefinition = EndpointDefinition> {
  /** The endpoint being served. */
  endpoint: E;
  /** Path parameters, decoded and parsed by `endpoint.pathParams`. */
  params: OutputOf<E['pathParams']>;
  /** Query parameters, parsed by `endpoint.query` (defaults applied, numbers coerced). */
  query: OutputOf<E['query']>;
  /** JSON body, parsed by `endpoint.body` (defaults applied). */
  body: OutputOf<E['body']>;
  /** The world this request acts on. */
  store: MockStore;
  /** The original request (headers, `signal` for streams). */
  request: Request;
  /** The acting user (`x-govkit-user`, `Authorization: Bearer <user-id>`, or the default). */
  actor: Actor;
}

/**
 * What a handler may return:
 * - the JSON body (sent with `endpoint.successStatus`; validated against `endpoint.response` when
 *   `validateResponses` is on);
 * - `undefined` for `empty` endpoints (204);
 * - a {@link BinaryBody} (`binaryBody(...)`) or an {@link SseStream} (`sseStream(...)`);
 * - a `Response`, sent as is, for anything special.
 *
 * Refusals are thrown as `EngineError` (status, `detail`, `code`), never returned.
 */
export type RouteResult<E extends EndpointDefinition = EndpointDefinition> =
  | InputOf<E['response']>
  | BinaryBody
  | SseStream
  | Response
  | undefined;

/** A route handler: thin, it parses nothing itself and only calls engines. */
export type RouteHandler<E extends EndpointDefinition = EndpointDefinition> = (
  context: RouteContext<E>,
) => RouteResult<E> | Promise<RouteResult<E>>;

/** One served endpoint: its contract definition and the handler that answers it. */
export interface RouteDefinition {
  endpoint: EndpointDefinition;
  handle: RouteHandler;
}

/**
 * Pair an endpoint definition with its handler. The handler's `params`, `query` and `body` are
 * typed from the endpoint's schemas.
 *
 * @example
 * defineRoute(runGovernanceEndpoints.retrieve, ({ params, store }) =>
 *   store.runGovernance.pipeline.getRun(params.run_id),
 * );
 */
export function defineRoute<E extends EndpointDefinition>(
  endpoint: E,
  handle: RouteHandler<E>,
): RouteDefinition {
  // Type erasure on purpose: the table holds routes of every endpoint type side by side; the
  // dispatcher guarantees each handler only ever sees input parsed by its own endpoint.
  return { endpoint, handle: handle as unknown as RouteHandler };
}

/**
 * One route per endpoint of a registry domain, under the endpoint's registry key: the mock server's
 * route table is derived from the registry through these tables (`handlers/domain-routes.ts`).
 */
export type RouteTable<D extends Record<string, EndpointDefinition>> = {
  readonly [K in keyof D]: RouteDefinition;
};
