// The error contract of the domain refusals that clients name (`instanceof ReversalLockedError`):
// the machine `code` govkit servers send, the status it arrives with, and the exact `detail`
// strings of the contract. Engines throw with these codes and details; the client maps a received
// `code` through the same table. Written once here so the two sides cannot drift.

/** The machine codes of the named domain errors. */
export const DOMAIN_ERROR_CODES = {
  lineageRequired: 'lineage_required',
  reversalLocked: 'reversal_locked',
  reversalCoolingDown: 'reversal_cooling_down',
  runLockHeld: 'run_lock_held',
  artifactNotReady: 'artifact_not_ready',
  artifactExpired: 'artifact_expired',
  artifactIntegrity: 'artifact_integrity',
} as const;

/** One of {@link DOMAIN_ERROR_CODES}. */
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[keyof typeof DOMAIN_ERROR_CODES];

/** The exact `detail` strings of the contract (user-facing; source systems send them verbatim). */
export const DOMAIN_ERROR_DETAILS = {
  /** 422: an override write without a lineage object. */
  lineageRequired: 'Override actions require a lineage payload',
  /** 422: a lineage object that names neither a scenario nor a notebook entry. */
  lineageProvenance: 'Override lineage requires scenario or notebook provenance',
  /** 409: another operator holds the override's reversal lock. */
  reversalLocked: 'Override reversal is already being processed by another operator',
  /** 409: the override's reversal cooldown is still running. */
  reversalCoolingDown: 'Override reversal is cooling down and cannot be retried yet',
  /**
   * 409: a run already holds the workspace lock. Also the `message` of a refused lock grant
   * (the calm refusal a second run sees).
   */
  runLockHeld:
    'A snapshot is already running for this workspace. Please wait a moment and refresh.',
  /** 409: the narrative export artifact is still being packaged. */
  artifactNotReady: 'Narrative export artifact not ready',
  /** 410: the artifact passed its retention window. */
  artifactExpired: 'Narrative export artifact expired',
  /** 500: the artifact's bytes do not match their SHA-256 checksum. */
  artifactIntegrity: 'Artifact checksum validation failed',
} as const;

/** What the contract says about one domain error. */
export interface DomainErrorContract {
  /** The status govkit answers with. */
  status: number;
  /** Exact details that carry this error. */
  details: readonly string[];
  /**
   * Statuses under which a server may send one of `details` without a `code` (some send lock
   * and cooldown conflicts as 400s). Only such code-less answers are recognised by text.
   */
  legacyStatuses: readonly number[];
}

/** Every domain error, by code. */
export const DOMAIN_ERROR_CONTRACT: Readonly<Record<DomainErrorCode, DomainErrorContract>> = {
  lineage_required: {
    status: 422,
    details: [DOMAIN_ERROR_DETAILS.lineageRequired, DOMAIN_ERROR_DETAILS.lineageProvenance],
    legacyStatuses: [422],
  },
  reversal_locked: {
    status: 409,
    details: [DOMAIN_ERROR_DETAILS.reversalLocked],
    legacyStatuses: [400, 409],
  },
  reversal_cooling_down: {
    status: 409,
    details: [DOMAIN_ERROR_DETAILS.reversalCoolingDown],
    legacyStatuses: [400, 409],
  },
  run_lock_held: {
    status: 409,
    details: [DOMAIN_ERROR_DETAILS.runLockHeld],
    legacyStatuses: [409],
  },
  artifact_not_ready: {
    status: 409,
    details: [DOMAIN_ERROR_DETAILS.artifactNotReady],
    legacyStatuses: [409],
  },
  artifact_expired: {
    status: 410,
    details: [DOMAIN_ERROR_DETAILS.artifactExpired],
    legacyStatuses: [410],
  },
  artifact_integrity: {
    status: 500,
    details: [DOMAIN_ERROR_DETAILS.artifactIntegrity],
    legacyStatuses: [500],
  },
};

/**
 * The domain error a status and a set of messages stand for when no `code` says so: the first
 * whose contract lists the status and one of whose exact details is among the messages (a
 * Pydantic message may prefix it: "Value error, …"). The client reads code-less source-system
 * answers with it; the mock server names the code of its own request-validation refusals with it.
 */
export function domainErrorCodeFor(
  status: number,
  messages: readonly string[],
): DomainErrorCode | undefined {
  for (const [code, contract] of Object.entries(DOMAIN_ERROR_CONTRACT)) {
    if (!contract.legacyStatuses.includes(status)) continue;
    const matches = messages.some((message) =>
      contract.details.some((text) => message === text || message.endsWith(`, ${text}`)),
    );
    if (matches) return code as DomainErrorCode;
  }
  return undefined;
}

/** True when `code` is one of the named domain error codes. */
export function isDomainErrorCode(code: unknown): code is DomainErrorCode {
  return typeof code === 'string' && Object.hasOwn(DOMAIN_ERROR_CONTRACT, code);
}
