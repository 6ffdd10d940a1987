import type { EndpointDefinition } from '../schemas/shared/endpoint';
import { safeParseContract } from '../schemas/shared/parse-mode';
import type { ClientContext } from './client-context';
import type { EndpointResult } from './endpoint-result';
import { ResponseValidationError } from './errors';
import type { EndpointLoader } from './lazy-endpoints';
import {
  type EndpointParams,
  type EndpointPathParams,
  type RequestInput,
  splitParams,
} from './request-input';
import type { RequestOptions } from './request-options';

/**
 * Validate the input, send the request (with retries) and parse the JSON response against the
 * endpoint's schema in the context's validation mode. 204/empty endpoints resolve with undefined.
 */
export async function requestEndpoint<E extends EndpointDefinition>(
  context: ClientContext,
  endpoint: E,
  input: RequestInput<E> = {},
  options?: RequestOptions,
): Promise<EndpointResult<E>> {
  const { response, text } = await context.transport.send(endpoint, input as RequestInput, options);
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
  return parseEndpointResponse(context, endpoint, data, response.status) as EndpointResult<E>;
}

/**
 * The shape every endpoint function reduces to: path params, then one params object (query,
 * body or both, split by {@link splitParams}), then options. The endpoint comes from a loader (see
 * `lazyEndpoints`).
 */
export async function callEndpoint<E extends EndpointDefinition>(
  context: ClientContext,
  load: EndpointLoader<E>,
  pathParams: EndpointPathParams<E> | undefined,
  params: EndpointParams<E> | undefined,
  options?: RequestOptions,
): Promise<EndpointResult<E>> {
  const endpoint = await load();
  const input = { pathParams, ...splitParams(endpoint, params) } as RequestInput<E>;
  return requestEndpoint(context, endpoint, input, options);
}

/** Parse a payload against the endpoint's response (or frame) schema in the context's mode. */
export function parseEndpointResponse(
  context: ClientContext,
  endpoint: EndpointDefinition,
  data: unknown,
  status?: number,
): unknown {
  if (!endpoint.response) return data;
  const result = safeParseContract(endpoint.response, data, {
    mode: context.options.validation,
    onWarning: context.options.onWarning,
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
