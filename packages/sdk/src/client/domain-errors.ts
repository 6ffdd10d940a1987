import { DOMAIN_ERROR_CODES, DOMAIN_ERROR_DETAILS } from '../schemas/shared/domain-error-contract';
import type { LockHolder } from '../schemas/shared/error-body';
import {
  type ApiErrorInit,
  ConflictError,
  GoneError,
  InternalServerError,
  PermissionDeniedError,
  UnprocessableEntityError,
} from './errors';
import { readErrorFacts } from './read-error-body';

/**
 * 422: an override action was sent without a lineage holding `scenario_id` or
 * `notebook_entry_id`. Matches govkit's `code: lineage_required` and the real system's
 * Pydantic array ("Override actions require a lineage payload", "…scenario or notebook
 * provenance").
 */
export class LineageRequiredError extends UnprocessableEntityError {
  override readonly name: string = 'LineageRequiredError';
}

/**
 * Another operator holds the reversal lock. govkit answers 409 with `code: reversal_locked`; the
 * real system answers 400 with the same detail. Both become this class; it extends
 * {@link ConflictError} (the contract's status) and `status` says which form arrived.
 */
export class ReversalLockedError extends ConflictError {
  override readonly name: string = 'ReversalLockedError';

  /** Who holds the lock (`lock_holder`); undefined when the server did not say (real system). */
  get lockHolder(): LockHolder | undefined {
    return readErrorFacts(this.body).lock_holder ?? undefined;
  }

  /** When the lock expires and a retry may pass (`retry_at`, ISO-8601), when the server said. */
  get retryAt(): string | undefined {
    return readErrorFacts(this.body).retry_at;
  }
}

/**
 * The override's reversal cooldown is still running (409 `reversal_cooling_down`, or the real
 * system's 400 with the same detail; `status` says which).
 */
export class ReversalCoolingDownError extends ConflictError {
  override readonly name: string = 'ReversalCoolingDownError';

  /** When the cooldown ends (`retry_at`, ISO-8601), when the server said. */
  get retryAt(): string | undefined {
    return readErrorFacts(this.body).retry_at;
  }

  /** The cooldown's length in minutes (`cooldown_window_minutes`), when the server said. */
  get cooldownWindowMinutes(): number | undefined {
    return readErrorFacts(this.body).cooldown_window_minutes ?? undefined;
  }
}

/** 409: a run already holds the workspace lock (the seed's calm "Please wait a moment" message). */
export class RunLockHeldError extends ConflictError {
  override readonly name: string = 'RunLockHeldError';
}

/** 409: the narrative export artifact is still being packaged. */
export class ArtifactNotReadyError extends ConflictError {
  override readonly name: string = 'ArtifactNotReadyError';
}

/** 410: the narrative export artifact passed its retention window and was retired. */
export class ArtifactExpiredError extends GoneError {
  override readonly name: string = 'ArtifactExpiredError';
}

/** Extra facts about a checksum mismatch, when known. */
export interface ArtifactIntegrityInit extends ApiErrorInit {
  origin: 'server' | 'client';
  expectedChecksum?: string | undefined;
  observedChecksum?: string | undefined;
}

/**
 * The artifact's bytes do not match their SHA-256 checksum. Raised from the server's 500
 * "Artifact checksum validation failed" (`code: artifact_integrity`) and from the client's own
 * {@link verifyChecksum}; `origin` says which. A client-side mismatch uses the same status (500),
 * detail and code as the server's verdict on the same condition, so one handler serves both.
 */
export class ArtifactIntegrityError extends InternalServerError {
  override readonly name: string = 'ArtifactIntegrityError';
  readonly origin: 'server' | 'client';
  readonly expectedChecksum: string | undefined;
  readonly observedChecksum: string | undefined;

  constructor(init: ArtifactIntegrityInit) {
    super(init);
    this.origin = init.origin;
    this.expectedChecksum = init.expectedChecksum;
    this.observedChecksum = init.observedChecksum;
  }

  /** The error {@link verifyChecksum} throws when the bytes it hashed do not match. */
  static checksumMismatch(expected: string, observed: string): ArtifactIntegrityError {
    return new ArtifactIntegrityError({
      status: 500,
      body: undefined,
      headers: new Headers(),
      detail: DOMAIN_ERROR_DETAILS.artifactIntegrity,
      code: DOMAIN_ERROR_CODES.artifactIntegrity,
      origin: 'client',
      expectedChecksum: expected,
      observedChecksum: observed,
    });
  }
}

/**
 * 403 `signed_url_invalid`: a signed artifact URL whose signature does not match its path and
 * expiry (edited, truncated, or naming another export). Asking for a fresh URL (re-reading the
 * export) is the fix; retrying the same URL never is.
 */
export class SignedUrlInvalidError extends PermissionDeniedError {
  override readonly name: string = 'SignedUrlInvalidError';
}

/**
 * 410 `signed_url_expired`: a genuine signed artifact URL past its expiry. Re-read the export for
 * a fresh `artifact_signed_url` (or download with the auth header).
 */
export class SignedUrlExpiredError extends GoneError {
  override readonly name: string = 'SignedUrlExpiredError';
}
