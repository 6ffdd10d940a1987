export type { SleepFn } from './client/abortable-sleep';
export {
  type ArrayKeyOf,
  ClientCore,
  type EndpointResult,
  type PageItem,
  type StreamOptions,
} from './client/client-core';
export * from './client/create-api-error';
export { type ClientOptions, createClient, GovkitClient } from './client/create-client';
export * from './client/domain-errors';
export * from './client/download';
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
export * from './client/resources/analytics';
export * from './client/resources/api-resource';
export * from './client/resources/baselines';
export * from './client/resources/coaching';
export * from './client/resources/evidence';
export * from './client/resources/exports';
export * from './client/resources/lineage';
export * from './client/resources/migrations';
export * from './client/resources/overrides';
export * from './client/resources/preview';
export * from './client/resources/replay';
export * from './client/resources/runs';
export * from './client/resources/templates';
export * from './client/resources/timeline';
export * from './client/retry-policy';
export * from './client/sse-parser';
export * from './client/sse-reader';
export * from './schemas/index';
