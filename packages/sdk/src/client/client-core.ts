import type { EndpointDefinition } from '../schemas/shared/endpoint';
import type { ClientContext } from './client-context';
import type { Download } from './download';
import { downloadEndpoint } from './download-endpoint';
import type { ArrayKeyOf, EndpointResult, PageItem, StreamOptions } from './endpoint-result';
import { loadedEndpoint } from './lazy-endpoints';
import type { PagePromise } from './paginate';
import { paginateEndpoint } from './paginate-endpoint';
import { callEndpoint, parseEndpointResponse, requestEndpoint } from './request-endpoint';
import type { EndpointParams, EndpointPathParams, RequestInput } from './request-input';
import type { RequestOptions, TransportOptions } from './request-options';
import { streamEndpoint } from './stream-endpoint';
import { Transport } from './transport';

export type { ArrayKeyOf, EndpointResult, PageItem, StreamOptions } from './endpoint-result';

/**
 * The generic engine behind the client: one transport, one parse step, one error hierarchy. It is
 * a {@link ClientContext}, so `client.core` can be handed to any standalone endpoint function; its
 * methods are those functions bound to it (kept as the escape hatch for custom calls).
 */
export class ClientCore implements ClientContext {
  readonly transport: Transport;

  constructor(options: TransportOptions) {
    this.transport = new Transport(options);
  }

  get options(): TransportOptions {
    return this.transport.options;
  }

  /** See {@link requestEndpoint}. */
  request<E extends EndpointDefinition>(
    endpoint: E,
    input: RequestInput<E> = {},
    options?: RequestOptions,
  ): Promise<EndpointResult<E>> {
    return requestEndpoint(this, endpoint, input, options);
  }

  /** See {@link callEndpoint}. */
  call<E extends EndpointDefinition>(
    endpoint: E,
    pathParams: EndpointPathParams<E> | undefined,
    params: EndpointParams<E> | undefined,
    options?: RequestOptions,
  ): Promise<EndpointResult<E>> {
    return callEndpoint(this, loadedEndpoint(endpoint), pathParams, params, options);
  }

  /** See {@link parseEndpointResponse}. */
  parse(endpoint: EndpointDefinition, data: unknown, status?: number): unknown {
    return parseEndpointResponse(this, endpoint, data, status);
  }

  /** See {@link paginateEndpoint}. */
  paginate<E extends EndpointDefinition, K extends ArrayKeyOf<EndpointResult<E>>>(
    endpoint: E,
    itemsKey: K,
    input: RequestInput<E> = {},
    options?: RequestOptions,
  ): PagePromise<EndpointResult<E>, PageItem<EndpointResult<E>, K>> {
    return paginateEndpoint(this, loadedEndpoint(endpoint), itemsKey, input, options);
  }

  /** See {@link downloadEndpoint}. */
  download<E extends EndpointDefinition>(
    endpoint: E,
    input: RequestInput<E> = {},
    options?: RequestOptions,
  ): Promise<Download> {
    return downloadEndpoint(this, loadedEndpoint(endpoint), input, options);
  }

  /** See {@link streamEndpoint}. */
  stream<E extends EndpointDefinition>(
    endpoint: E,
    input: RequestInput<E> = {},
    options: StreamOptions = {},
  ): AsyncGenerator<EndpointResult<E>, void, undefined> {
    return streamEndpoint(this, loadedEndpoint(endpoint), input, options);
  }
}
