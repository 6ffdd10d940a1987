/**
 * Every string of the run manifest receipt. `summary` counts steps by status (`{succeeded}`,
 * `{skipped}`, `{failed}`); `summaryLock` appends the first 8 characters of the lock id.
 */
export interface RunManifestReceiptMessages {
  title: string;
  loading: string;
  showDetails: string;
  hideDetails: string;
  summary: string;
  summaryLock: string;
  finalizedAt: string;
  notFinalized: string;
  runId: string;
  mode: string;
  lock: string;
  fencingToken: string;
  inputFingerprint: string;
  stepsLabel: string;
  started: string;
  finished: string;
  notes: string;
  error: string;
  notRecorded: string;
  emptyTitle: string;
  emptyDescription: string;
  notFoundTitle: string;
  notFoundDetail: string;
  statusPending: string;
  statusRunning: string;
  statusSucceeded: string;
  statusSkipped: string;
  statusFailed: string;
  stepParseNormalizePack: string;
  stepBuildBusinessProfile: string;
  stepBuildSnapshotV2: string;
  stepPredictiveContext: string;
  stepInferDecisionV2: string;
  stepValidateConclusionV2: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    runManifestReceipt: RunManifestReceiptMessages;
  }
}

export const runManifestReceiptMessages: RunManifestReceiptMessages = {
  title: 'Run receipt',
  loading: 'Loading the run receipt',
  showDetails: 'Show technical details',
  hideDetails: 'Hide technical details',
  summary: '{succeeded} steps succeeded, {skipped} skipped, {failed} failed',
  summaryLock: '{summary} (lock: {lock})',
  finalizedAt: 'Finished {time}',
  notFinalized: 'Not finalized',
  runId: 'Run',
  mode: 'Mode',
  lock: 'Lock',
  fencingToken: 'Fencing token',
  inputFingerprint: 'Input fingerprint',
  stepsLabel: 'Steps in the order they ran',
  started: 'Started',
  finished: 'Finished',
  notes: 'Notes',
  error: 'Error',
  notRecorded: 'Not recorded',
  emptyTitle: 'No steps recorded',
  emptyDescription: 'This run has a receipt, but no step was recorded on it.',
  notFoundTitle: 'Run not found',
  notFoundDetail: 'There is no run {runId}, or you are not allowed to see it.',
  statusPending: 'Pending',
  statusRunning: 'Running',
  statusSucceeded: 'Succeeded',
  statusSkipped: 'Skipped',
  statusFailed: 'Failed',
  stepParseNormalizePack: 'Read and normalise the upload',
  stepBuildBusinessProfile: 'Build the business profile',
  stepBuildSnapshotV2: 'Build the snapshot (ML signals)',
  stepPredictiveContext: 'Predictive context',
  stepInferDecisionV2: 'Infer the decision (agent)',
  stepValidateConclusionV2: 'Validate the conclusion',
};
