import { isEngineError } from '@govkit/sdk/engines';
import type { FaultConfig } from './faults/fault-config';
import { createFaultInjector, type FaultSleep } from './faults/fault-injector';
import { createDomainRoutes } from './handlers/domain-routes';
import { buildResponse } from './router/build-response';
import { createBaseUrlMatcher } from './router/create-base-url-matcher';
import type { RouteContext, RouteDefinition } from './router/define-route';
import { errorBodyFacts, errorResponse, validationErrorResponse } from './router/json-response';
import { parseRouteInput } from './router/parse-route-input';
import { DEFAULT_MAX_BODY_BYTES } from './router/read-request-body';
import { resolveActor } from './router/resolve-actor';
import {
  compileRouteTable,
  type RouteMatch,
  type RouteMethodMismatch,
  type RouteTable,
} from './router/route-table';
import { createStore } from './store/create-store';
import type { MockStore } from './store/mock-store';

/** Options of {@link createMockApi} (and of `createHandlers`). */
export interface MockApiOptions {
  /**
   * Where the API answers: an origin with an optional path prefix (`http://127.0.0.1:8080`,
   * `https://host/govkit`), a bare prefix (`/govkit`, any origin), or `*` / undefined (any origin).
   */
  baseURL?: string | undefined;
  /** The world to serve (default: a fresh `createStore()`). */
  store?: MockStore | undefined;
  /** Routes to serve (default: every domain's routes). */
  routes?: readonly RouteDefinition[] | undefined;
  /**
   * Check every successful JSON body and SSE frame against the endpoint's response schema in
   * strict mode; a mismatch answers 500 (a mock bug). Turn it on in tests.
   */
  validateResponses?: boolean | undefined;
  /** Request-body cap in bytes (default 1 MiB); larger bodies answer 413. */
  maxBodyBytes?: number | undefined;
  /** Faults applied to every request (the `x-govkit-fault` header overrides per request). */
  faults?: FaultConfig | undefined;
  /** Seed of the fault draws (default: the store's seed). */
  faultSeed?: number | undefined;
  /** Replaces the latency wait (tests). */
  faultSleep?: FaultSleep | undefined;
  /** The acting user when a request names none (default `user-admin`). */
  defaultActorId?: string | undefined;
  /** Receives unexpected handler errors (answered 500). Default: `console.error`. */
  onError?: ((error: unknown, request: Request) => void) | undefined;
}

/** The govkit mock API as one fetch-style function over a compiled route table. */
export interface MockApi {
  readonly store: MockStore;
  readonly routes: readonly RouteDefinition[];
  /** Whether the request's URL is one of this API's routes (any method). */
  matches(request: Request): boolean;
  /**
   * Answer a request: a `Response` for every known path (405 for a known path with another
   * method), undefined for anything else (MSW then treats it as unhandled; the HTTP server says 404).
   */
  handle(request: Request): Promise<Response | undefined>;
}

/** The 401 `detail` of every engine (`requireUser`), reused for the route layer's own check. */
const UNKNOWN_ACTOR_DETAIL = 'Could not validate credentials';
const READ_METHODS = new Set(['GET', 'HEAD']);

type TableRoute = RouteDefinition & { method: string; path: string };

interface Lookup {
  url: URL;
  found: RouteMatch<TableRoute> | RouteMethodMismatch | undefined;
}

/**
 * Build the mock API. Each request: route lookup (method + path trie) → injected faults → body cap
 * → path/query/body parsed by the endpoint's schemas (422/400 FastAPI detail on failure) → the
 * route's handler → `EngineError` mapped to `{detail, code}` with its status → the success body
 * shaped by the endpoint's `responseKind`. Anything else a handler throws is a bug: logged, 500.
 */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const store = options.store ?? createStore();
  const routes = options.routes ?? createDomainRoutes();
  const table: RouteTable<TableRoute> = compileRouteTable(
    routes.map((route) => ({ ...route, method: route.endpoint.method, path: route.endpoint.path })),
  );
  const faults = createFaultInjector({
    faults: options.faults,
    seed: options.faultSeed ?? store.seed,
    sleep: options.faultSleep,
  });
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const validate = options.validateResponses ?? false;
  const onError = options.onError ?? ((error: unknown) => console.error('[govkit-mock]', error));
  const matchBase = createBaseUrlMatcher(options.baseURL);

  // MSW asks twice per request (predicate, then resolver) with the same Request object; the URL
  // parse and the trie walk are done once.
  const lookups = new WeakMap<Request, Lookup>();
  const lookup = (request: Request): Lookup => {
    let result = lookups.get(request);
    if (!result) {
      const url = new URL(request.url);
      const pathname = matchBase(url);
      result = {
        url,
        found: pathname === undefined ? undefined : table.lookup(request.method, pathname),
      };
      lookups.set(request, result);
    }
    return result;
  };

  async function handle(request: Request): Promise<Response | undefined> {
    const { url, found } = lookup(request);
    if (!found) return undefined;
    if (found.kind === 'method_not_allowed') {
      return errorResponse(405, 'Method Not Allowed', 'method_not_allowed', {
        allow: found.allowed.join(', '),
      });
    }
    const injected = await faults.apply(request);
    if (injected) return injected;

    const { endpoint, handle: handler } = found.route;
    const actor = resolveActor(request.headers, options.defaultActorId);
    // One rule for every write, whatever the engine behind it checks: the acting user must exist.
    // Checked before the body is read, so nothing an unknown caller sends is even parsed.
    if (!READ_METHODS.has(endpoint.method) && !store.directory.getUser(actor.id)) {
      return errorResponse(401, UNKNOWN_ACTOR_DETAIL, 'unauthorized');
    }
    const parsed = await parseRouteInput(endpoint, request, url, found.params, maxBodyBytes);
    if (!parsed.ok) {
      if (parsed.reason === 'unsupported_media_type') {
        return errorResponse(
          415,
          'Unsupported Media Type: request bodies must be application/json',
          'unsupported_media_type',
        );
      }
      if (parsed.reason === 'too_large') {
        return errorResponse(
          413,
          `Request body exceeds ${parsed.limit} bytes`,
          'payload_too_large',
          { connection: 'close' },
        );
      }
      return validationErrorResponse(endpoint.invalidParamsStatus, parsed.detail, parsed.code);
    }
    const context: RouteContext = {
      endpoint,
      ...parsed.input,
      store,
      request,
      actor,
    };
    try {
      const result = await handler(context);
      return buildResponse(endpoint, result, {
        validate,
        signal: request.signal,
        onStreamError: (error) => onError(error, request),
      });
    } catch (error) {
      if (isEngineError(error)) {
        // A rate-limited refusal says when to come back, as HTTP clients expect.
        const retryAfter = error.data?.retry_after_seconds;
        const headers =
          typeof retryAfter === 'number' ? { 'retry-after': String(retryAfter) } : undefined;
        return errorResponse(
          error.status,
          error.detail,
          error.code,
          headers,
          errorBodyFacts(error.data),
        );
      }
      onError(error, request);
      const message = error instanceof Error ? error.message : String(error);
      return errorResponse(500, `Internal server error: ${message}`, 'internal');
    }
  }

  return {
    store,
    routes,
    matches: (request) => lookup(request).found !== undefined,
    handle,
  };
}
