// @govkit/sdk/client/core: what standalone endpoint functions need besides themselves (the
// context, errors, options and result types), without the resource tree of `createClient`.

export type { SleepFn } from './abortable-sleep';
export type { ClientContext } from './client-context';
export type {
  ContractInput,
  ContractIssue,
  ContractOutput,
  ContractSchema,
} from './contract-types';
export { createClientContext } from './create-client-context';
export {
  ArtifactExpiredError,
  ArtifactIntegrityError,
  type ArtifactIntegrityInit,
  ArtifactNotReadyError,
  LineageRequiredError,
  ReversalCoolingDownError,
  ReversalLockedError,
  RunLockHeldError,
  SignedUrlExpiredError,
  SignedUrlInvalidError,
} from './domain-errors';
export {
  DEFAULT_DECOMPRESSED_LIMIT_BYTES,
  Download,
  type GunzipOptions,
  gunzip,
  gunzipJson,
  parseContentDisposition,
  sha256Hex,
  verifyChecksum,
} from './download';
export type { ArrayKeyOf, EndpointResult, PageItem, StreamOptions } from './endpoint-result';
export {
  AbortError,
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  DecompressionLimitError,
  detailText,
  type ErrorDetail,
  GoneError,
  GovkitError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RequestValidationError,
  ResponseValidationError,
  TimeoutError,
  UnprocessableEntityError,
  type ValidationTarget,
} from './errors';
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
