// @govkit/sdk/engines/shared: what every engine builds on (clock, ids, `EngineError`, cloning,
// checksums, signed URLs, the governance event log and directory).

export {
  createMemoryDirectory,
  type DirectoryExecution,
  type DirectoryExecutionStep,
  type DirectoryProtocolTemplate,
  type DirectorySeed,
  type DirectoryTeam,
  type DirectoryUser,
  type GovernanceDirectory,
  hasExecutionAccess,
  requireAdmin,
  requireUser,
  TEAM_ROLE_LEVELS,
  type TeamRole,
} from '../governance/directory';
export {
  createMemoryEventLog,
  type EventFilter,
  type EventListener,
  type EventLog,
  type ExecutionEvent,
} from '../governance/event-log';
export {
  COACHING_NOTE_EVENT_TYPES,
  GOVERNANCE_EVENT_TYPES,
  NARRATIVE_EVENT,
  OVERRIDE_ACTION_EVENT_TYPE,
  OVERRIDE_RECOMMENDATION_EVENT_TYPE,
} from '../governance/event-types';
export {
  ARTIFACT_ROOT,
  executionArtifactPrefix,
  exportArtifactPrefix,
  parseArtifactPath,
  StoragePathError,
  versionArtifactPath,
} from '../storage/artifact-paths';
export {
  type ChecksumComparison,
  compareChecksum,
  normalizeChecksum,
  storageChecksum,
  validateChecksum,
} from '../storage/checksum';
export {
  constantTimeEqual,
  SignedUrlExpiredRefusal,
  SignedUrlTamperedRefusal,
  type SigningKey,
  type SignUrlOptions,
  signArtifactUrl,
  signArtifactUrlSync,
  type VerifiedUrl,
  type VerifyUrlOptions,
  verifyArtifactUrl,
  verifyArtifactUrlSync,
} from '../storage/signed-url';
export { type Clock, createManualClock, isoAt, type ManualClock, systemClock } from './clock';
export { cloneData } from './clone-data';
export {
  EngineError,
  type EngineErrorCode,
  type EngineErrorOptions,
  isEngineError,
} from './engine-error';
export {
  createSeededUuidGenerator,
  createSequentialIdGenerator,
  type IdGenerator,
  randomIdGenerator,
} from './id-generator';
