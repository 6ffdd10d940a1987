import type {
  ContractInput,
  ContractOutput,
  ContractSchema,
  EndpointDefinition,
  EndpointDomain,
  EndpointKey,
} from '@govkit/sdk';
import type { MockStore } from '../store/mock-store';
import type { Actor } from './resolve-actor';
import type { BinaryBody, SseStream } from './route-results';

// The sdk's structural contract types, not zod's: they give exactly `z.output` / `z.input` of the
// endpoint's schemas (define-route.test-d.ts), and the published route types then load no zod
// declarations (docs/architecture.md, "Only `@govkit/sdk/schemas` loads zod's declarations").
type OutputOf<T> = T extends ContractSchema ? ContractOutput<T> : undefined;
type InputOf<T> = T extends ContractSchema ? ContractInput<T> : never;

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
 * Keyed by the sdk's {@link EndpointKey} (the registry's keys, read from its id table), so naming
 * it needs no schema types.
 */
export type DomainRouteTable<D extends EndpointDomain> = {
  readonly [K in EndpointKey<D>]: RouteDefinition;
};
