import type { z } from 'zod';
import type { EndpointDefinition } from '../schemas/shared/endpoint';
import { RequestValidationError, type ValidationTarget } from './errors';

type InputOf<T> = T extends z.ZodType ? z.input<T> : undefined;

/** Path parameters an endpoint takes (`{task_id: string}`), from its schema. */
export type EndpointPathParams<E> = E extends EndpointDefinition<infer P> ? InputOf<P> : never;
/** Query parameters an endpoint takes, as the caller writes them (before defaults/coercion). */
export type EndpointQuery<E> =
  E extends EndpointDefinition<z.ZodType | undefined, infer Q> ? InputOf<Q> : never;
/** Request body an endpoint takes, as the caller writes it. */
export type EndpointBody<E> =
  E extends EndpointDefinition<z.ZodType | undefined, z.ZodType | undefined, infer B>
    ? InputOf<B>
    : never;

/**
 * The one params argument of a resource method: the query, the body, or both merged when an
 * endpoint has both (they are split again by {@link splitParams}).
 */
export type EndpointParams<E> = [EndpointQuery<E>] extends [undefined]
  ? EndpointBody<E>
  : [EndpointBody<E>] extends [undefined]
    ? EndpointQuery<E>
    : EndpointQuery<E> & NonNullable<EndpointBody<E>>;

/** What a caller hands to the generic request: each part is checked by the endpoint's schema. */
export interface RequestInput<E extends EndpointDefinition = EndpointDefinition> {
  pathParams?: EndpointPathParams<E>;
  query?: EndpointQuery<E>;
  body?: EndpointBody<E>;
}

/** A validated request, ready to send. */
export interface PreparedRequest {
  /** Path with its parameters filled and percent-encoded, plus the query string. */
  path: string;
  /** The parsed body (defaults applied), or undefined. */
  body: unknown;
}

const PLACEHOLDER = /\{([^}]+)\}/g;

/**
 * Validate path params, query and body against the endpoint's schemas and build the request
 * path. Throws {@link RequestValidationError} before anything is sent: a `limit` of 0 never
 * reaches the server.
 */
export function prepareRequest(endpoint: EndpointDefinition, input: RequestInput): PreparedRequest {
  const pathParams = validate(endpoint, 'pathParams', endpoint.pathParams, input.pathParams ?? {});
  // An omitted query is an empty one, so its defaults (`limit` 200) still apply.
  const query = validate(endpoint, 'query', endpoint.query, input.query ?? {});
  // An omitted body of an endpoint whose body is all-optional means `{}` (its defaults apply).
  const omitted = input.body === undefined && endpoint.body?.safeParse(undefined).success === false;
  const body = validate(endpoint, 'body', endpoint.body, omitted ? {} : input.body);
  const path = fillPath(endpoint, (pathParams ?? {}) as Record<string, unknown>);
  return { path: path + queryString(query), body };
}

function validate(
  endpoint: EndpointDefinition,
  target: ValidationTarget,
  schema: z.ZodType | undefined,
  value: unknown,
): unknown {
  if (!schema) return value;
  const result = schema.safeParse(value);
  if (!result.success) throw new RequestValidationError(target, result.error.issues, endpoint.id);
  return result.data;
}

/**
 * Fill `{name}` placeholders. Values are percent-encoded (a `/` in an id cannot change the route)
 * and `.`/`..` are refused because fetch would normalise them into a different path.
 */
function fillPath(endpoint: EndpointDefinition, params: Record<string, unknown>): string {
  return endpoint.path.replace(PLACEHOLDER, (_match, name: string) => {
    const value = params[name];
    const text = value === undefined || value === null ? '' : String(value);
    if (text === '' || text === '.' || text === '..') {
      throw new RequestValidationError(
        'pathParams',
        [
          {
            code: 'custom',
            path: [name],
            message: `Path parameter "${name}" must be a non-empty id other than "." or ".."`,
            input: value,
          },
        ],
        endpoint.id,
      );
    }
    return encodeURIComponent(text);
  });
}

/** Serialise parsed query values: undefined/null dropped, arrays repeated, dates as ISO. */
export function queryString(query: unknown): string {
  if (query === undefined || query === null || typeof query !== 'object') return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      search.append(key, item instanceof Date ? item.toISOString() : String(item));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Join a base URL and a path without doubling or losing the `/`. */
export function joinUrl(baseURL: string, path: string): string {
  return `${baseURL.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** The keys a query schema declares (an object schema's shape), used to split merged params. */
function shapeKeys(schema: z.ZodType | undefined): Set<string> {
  const def = (schema as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod
    ?.def;
  return new Set(def?.shape ? Object.keys(def.shape) : []);
}

/**
 * Route one caller-facing params object to `query` and `body`. Endpoints with only a query or
 * only a body take it whole; endpoints with both (e.g. `dry_run` next to an export request)
 * split it by the query schema's keys, so resource methods keep one `params` argument.
 */
export function splitParams(
  endpoint: EndpointDefinition,
  params: unknown,
): Pick<RequestInput, 'query' | 'body'> {
  if (!endpoint.body) return { query: params as never };
  if (!endpoint.query) return { body: params as never };
  if (params === undefined || params === null || typeof params !== 'object') {
    return { body: params as never };
  }
  const queryKeys = shapeKeys(endpoint.query);
  const query: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params as Record<string, unknown>)) {
    (queryKeys.has(key) ? query : body)[key] = value;
  }
  // Only query keys given and the body is optional: send no body rather than an empty object.
  const noBody = Object.keys(body).length === 0 && endpoint.body.safeParse(undefined).success;
  return { query: query as never, body: (noBody ? undefined : body) as never };
}
