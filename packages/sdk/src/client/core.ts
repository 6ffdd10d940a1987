// @govkit/sdk/client/core: what standalone endpoint functions need besides themselves (the
// context, errors, options and result types), without the resource tree of `createClient`.

export type { SleepFn } from './abortable-sleep';
export type { ClientContext } from './client-context';
export { createClientContext } from './create-client-context';
export * from './domain-errors';
export * from './download';
export type { ArrayKeyOf, EndpointResult, PageItem, StreamOptions } from './endpoint-result';
export * from './errors';
export { PagePromise } from './paginate';
export type {
  EndpointBody,
  EndpointParams,
  EndpointPathParams,
  EndpointQuery,
  RequestInput,
} from './request-input';
export type {
  AuthOption,
  ClientWarning,
  RequestOptions,
  TransportOptions,
  WarningHandler,
} from './request-options';
export type { ClientOptions } from './resolve-client-options';
