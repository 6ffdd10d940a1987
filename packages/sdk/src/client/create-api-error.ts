import { ErrorBodySchema } from '../schemas/shared/error-body';
import {
  ArtifactExpiredError,
  ArtifactIntegrityError,
  ArtifactNotReadyError,
  DOMAIN_ERROR_DETAILS,
  LineageRequiredError,
  ReversalCoolingDownError,
  ReversalLockedError,
  RunLockHeldError,
} from './domain-errors';
import {
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  detailText,
  type ErrorDetail,
  GoneError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from './errors';

/** One HTTP error response, as the transport read it. */
export interface ErrorResponseInit {
  status: number;
  statusText?: string | undefined;
  headers: Headers;
  /** Parsed JSON when the body was JSON, else its text (or undefined when empty). */
  body: unknown;
  endpoint?: string | undefined;
}

const LINEAGE_TEXT = /lineage|provenance/i;

/**
 * The one factory that turns an error response into the right class: a domain error when the
 * `code` or the contract's exact detail says so, else the class of the status family, else a
 * plain {@link ApiError}. Both the `{detail: string}` and `{detail: [...]}` forms are accepted;
 * a body that is not an error body (an HTML 502 page) keeps its text as the detail.
 */
export function createApiError(response: ErrorResponseInit): ApiError {
  const { status, headers, body, endpoint } = response;
  const parsed = ErrorBodySchema.safeParse(body);
  const detail: ErrorDetail = parsed.success
    ? parsed.data.detail
    : typeof body === 'string' && body.length > 0
      ? body
      : (response.statusText ?? '');
  const code = parsed.success ? parsed.data.code : undefined;
  const init: ApiErrorInit = { status, body, headers, detail, code, endpoint };
  const text = detailText(detail);

  if (code === 'lineage_required' || (status === 422 && LINEAGE_TEXT.test(text))) {
    return new LineageRequiredError(init);
  }
  if (
    code === 'reversal_locked' ||
    ((status === 400 || status === 409) && text === DOMAIN_ERROR_DETAILS.reversalLocked)
  ) {
    return new ReversalLockedError(init);
  }
  if (
    code === 'reversal_cooling_down' ||
    ((status === 400 || status === 409) && text === DOMAIN_ERROR_DETAILS.reversalCoolingDown)
  ) {
    return new ReversalCoolingDownError(init);
  }
  if (code === 'run_lock_held' || (status === 409 && text === DOMAIN_ERROR_DETAILS.runLockHeld)) {
    return new RunLockHeldError(init);
  }
  if (
    code === 'artifact_integrity' ||
    (status >= 500 && text === DOMAIN_ERROR_DETAILS.artifactIntegrity)
  ) {
    return new ArtifactIntegrityError({ ...init, origin: 'server' });
  }
  if (
    code === 'artifact_expired' ||
    (status === 410 && (text === DOMAIN_ERROR_DETAILS.artifactExpired || /expired/i.test(text)))
  ) {
    return new ArtifactExpiredError(init);
  }
  if (
    code === 'artifact_not_ready' ||
    (status === 409 && text === DOMAIN_ERROR_DETAILS.artifactNotReady)
  ) {
    return new ArtifactNotReadyError(init);
  }
  return statusError(init);
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
