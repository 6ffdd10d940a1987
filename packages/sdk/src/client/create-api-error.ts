import {
  type DomainErrorCode,
  domainErrorCodeFor,
  isDomainErrorCode,
} from '../schemas/shared/domain-error-contract';
import {
  ArtifactExpiredError,
  ArtifactIntegrityError,
  ArtifactNotReadyError,
  LineageRequiredError,
  ReversalCoolingDownError,
  ReversalLockedError,
  RunLockHeldError,
  SignedUrlExpiredError,
  SignedUrlInvalidError,
} from './domain-errors';
import {
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  type ErrorDetail,
  GoneError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from './errors';
import { readErrorHead } from './read-error-body';

/** One HTTP error response, as the transport read it. */
export interface ErrorResponseInit {
  status: number;
  statusText?: string | undefined;
  headers: Headers;
  /** Parsed JSON when the body was JSON, else its text (or undefined when empty). */
  body: unknown;
  endpoint?: string | undefined;
}

/** The class of each domain error code; the one table a received `code` goes through. */
const DOMAIN_ERROR_CLASSES: Readonly<Record<DomainErrorCode, (init: ApiErrorInit) => ApiError>> = {
  lineage_required: (init) => new LineageRequiredError(init),
  reversal_locked: (init) => new ReversalLockedError(init),
  reversal_cooling_down: (init) => new ReversalCoolingDownError(init),
  run_lock_held: (init) => new RunLockHeldError(init),
  artifact_not_ready: (init) => new ArtifactNotReadyError(init),
  artifact_expired: (init) => new ArtifactExpiredError(init),
  artifact_integrity: (init) => new ArtifactIntegrityError({ ...init, origin: 'server' }),
  signed_url_invalid: (init) => new SignedUrlInvalidError(init),
  signed_url_expired: (init) => new SignedUrlExpiredError(init),
};

/**
 * The one factory that turns an error response into the right class.
 *
 * - A body with a `code` (every govkit server) is classified by that code alone: a domain code
 *   gives its domain class, any other code the class of the status family. A 422 about
 *   `query.lineage_kind` is a plain {@link UnprocessableEntityError}, whatever its text says.
 * - A body without a `code` (the real source systems) is a domain error only when its status is
 *   one the source system uses for it and its detail is the contract's exact string (a Pydantic
 *   message may prefix it, e.g. "Value error, …").
 *
 * Both the `{detail: string}` and `{detail: [...]}` forms are accepted; a body that is not an
 * error body (an HTML 502 page) keeps its text as the detail.
 */
export function createApiError(response: ErrorResponseInit): ApiError {
  const { status, headers, body, endpoint } = response;
  // Only `detail` and `code` classify a response: a malformed optional fact (`retry_at`, …) must
  // not turn a reversal lock into a plain conflict. The error's getters read the facts leniently.
  const head = readErrorHead(body);
  const detail: ErrorDetail =
    head?.detail ??
    (typeof body === 'string' && body.length > 0 ? body : (response.statusText ?? ''));
  const code = head?.code;
  const init: ApiErrorInit = { status, body, headers, detail, code, endpoint };
  const domainCode =
    code === undefined
      ? domainErrorCodeFor(
          status,
          typeof detail === 'string' ? [detail] : detail.map((issue) => issue.msg),
        )
      : code;
  return isDomainErrorCode(domainCode) ? DOMAIN_ERROR_CLASSES[domainCode](init) : statusError(init);
}

function statusError(init: ApiErrorInit): ApiError {
  switch (init.status) {
    case 400:
      return new BadRequestError(init);
    case 401:
      return new AuthenticationError(init);
    case 403:
      return new PermissionDeniedError(init);
    case 404:
      return new NotFoundError(init);
    case 409:
      return new ConflictError(init);
    case 410:
      return new GoneError(init);
    case 422:
      return new UnprocessableEntityError(init);
    case 429:
      return new RateLimitError(init);
    default:
      return init.status >= 500 ? new InternalServerError(init) : new ApiError(init);
  }
}
