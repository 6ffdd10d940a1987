export type { SleepFn } from './client/abortable-sleep';
export type { ClientContext } from './client/client-context';
export {
  type ArrayKeyOf,
  ClientCore,
  type EndpointResult,
  type PageItem,
  type StreamOptions,
} from './client/client-core';
export { type ClientTree, endpointFunctions } from './client/client-tree';
export * from './client/create-api-error';
export { type ClientOptions, createClient, GovkitClient } from './client/create-client';
export { createClientContext } from './client/create-client-context';
export * from './client/domain-errors';
export * from './client/download';
export type { EndpointFunction, EndpointFunctionTable } from './client/endpoint-function-table';
export * from './client/endpoints/analytics';
export * from './client/endpoints/baselines';
export * from './client/endpoints/coaching';
export * from './client/endpoints/evidence';
export * from './client/endpoints/exports';
export * from './client/endpoints/lineage';
export * from './client/endpoints/migrations';
export * from './client/endpoints/overrides';
export * from './client/endpoints/preview';
export * from './client/endpoints/replay';
export * from './client/endpoints/runs';
export * from './client/endpoints/templates';
export * from './client/endpoints/timeline';
export * from './client/errors';
export * from './client/paginate';
export * from './client/read-download';
export type {
  EndpointBody,
  EndpointParams,
  EndpointPathParams,
  EndpointQuery,
  RequestInput,
} from './client/request-input';
export type {
  AuthOption,
  ClientWarning,
  RequestOptions,
  TransportOptions,
  WarningHandler,
} from './client/request-options';
export type * from './client/resource-types';
export * from './client/retry-policy';
export * from './client/sse-parser';
export * from './client/sse-reader';
export * from './schemas/index';
