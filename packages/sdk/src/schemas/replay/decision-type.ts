import { openEnum } from '../shared/open-enum';

/**
 * Decision-type spellings servers send, and how govkit normalises them.
 *
 * The same decision reaches a client in three spellings:
 * - the frozen DecisionSnapshot's `decision.decision_type`: `ALLOW`, `PAUSE`, `BLOCK`, `RETRY`;
 * - audit event-type suffixes, which the real system uses for summary and stats:
 *   `ALLOWED`, `PAUSED`, `BLOCKED`, `RETRY_RECOMMENDED`, `DECISION` (= require_review), `ERROR`;
 * - the legacy supervisor payload: lowercase `allow|pause|block|retry|require_review`.
 *
 * govkit exposes two canonical forms, each matching the seed document where it shows one:
 * - imperative ({@link normalizeDecisionType}): `ALLOW | BLOCK | PAUSE | RETRY` plus
 *   `REQUIRE_REVIEW` and `ERROR` (summary `last_decision_type`, snapshot decision type);
 * - past tense ({@link normalizeDecisionTypeStatKey}): `ALLOWED | BLOCKED | PAUSED | RETRY` plus
 *   `DECISION` and `ERROR` (decision-types stats keys; `RETRY_RECOMMENDED` becomes `RETRY`).
 *
 * Any other spelling is upper-cased and kept as an open value (reported, or rejected in strict mode).
 */
const IMPERATIVE_ALIASES: Readonly<Record<string, string>> = {
  ALLOWED: 'ALLOW',
  BLOCKED: 'BLOCK',
  PAUSED: 'PAUSE',
  RETRY_RECOMMENDED: 'RETRY',
  RETRIED: 'RETRY',
  // The real supervisor writes require_review decisions as `SUPERVISOR_DECISION`.
  DECISION: 'REQUIRE_REVIEW',
};

const PAST_ALIASES: Readonly<Record<string, string>> = {
  ALLOW: 'ALLOWED',
  BLOCK: 'BLOCKED',
  PAUSE: 'PAUSED',
  RETRY_RECOMMENDED: 'RETRY',
  RETRIED: 'RETRY',
  REQUIRE_REVIEW: 'DECISION',
};

const SUPERVISOR_PREFIX = 'SUPERVISOR_';

/** Upper-case, trim, and drop the `SUPERVISOR_` audit prefix (`supervisor_blocked` → `BLOCKED`). */
function canonicalSpelling(value: string): string {
  const upper = value.trim().toUpperCase();
  return upper.startsWith(SUPERVISOR_PREFIX) ? upper.slice(SUPERVISOR_PREFIX.length) : upper;
}

/**
 * Normalise any decision-type spelling to the imperative form of the seed document
 * (`ALLOWED` → `ALLOW`, `retry_recommended` → `RETRY`, `SUPERVISOR_DECISION` → `REQUIRE_REVIEW`).
 * Unknown spellings come back upper-cased.
 */
export function normalizeDecisionType(value: string): string {
  const upper = canonicalSpelling(value);
  return IMPERATIVE_ALIASES[upper] ?? upper;
}

/**
 * Normalise any decision-type spelling to the past-tense key of the decision-types stats
 * (`ALLOW` → `ALLOWED`, `RETRY_RECOMMENDED` → `RETRY`, `require_review` → `DECISION`).
 * Unknown spellings come back upper-cased.
 */
export function normalizeDecisionTypeStatKey(value: string): string {
  const upper = canonicalSpelling(value);
  return PAST_ALIASES[upper] ?? upper;
}

/** Imperative decision types that govkit knows (the seed's four plus the real system's extras). */
export const REPLAY_DECISION_TYPES = [
  'ALLOW',
  'BLOCK',
  'PAUSE',
  'RETRY',
  'REQUIRE_REVIEW',
  'ERROR',
] as const;

/**
 * Summary `last_decision_type`: any spelling, normalised to the imperative form
 * ({@link normalizeDecisionType}). `REQUIRE_REVIEW` and `ERROR` are known values, so govkit's own
 * server output passes strict parsing; other spellings are open values.
 */
export const ReplayDecisionTypeSchema = openEnum(REPLAY_DECISION_TYPES, {
  normalize: normalizeDecisionType,
});

/**
 * The frozen v1.0 snapshot's `decision.decision_type`: `ALLOW | PAUSE | BLOCK | RETRY`. Other
 * spellings are normalised first ({@link normalizeDecisionType}); anything else is an open value.
 */
export const SnapshotDecisionTypeSchema = openEnum(['ALLOW', 'PAUSE', 'BLOCK', 'RETRY'], {
  normalize: normalizeDecisionType,
});

/** Past-tense keys of the decision-types stats that govkit knows. */
export const DECISION_TYPE_STAT_KEYS = [
  'ALLOWED',
  'BLOCKED',
  'PAUSED',
  'RETRY',
  'DECISION',
  'ERROR',
] as const;

/**
 * A key of the decision-types stats map, normalised to the past tense
 * ({@link normalizeDecisionTypeStatKey}); `RETRY_RECOMMENDED` becomes `RETRY`.
 */
export const DecisionTypeStatKeySchema = openEnum(DECISION_TYPE_STAT_KEYS, {
  normalize: normalizeDecisionTypeStatKey,
});
