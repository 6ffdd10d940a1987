import { PREVIEW_SUMMARY_EVENT_TYPE } from '../../schemas/preview/preview-summary';

// The catalogue of every event type the governance engines append to the shared event log.
// Engines that emit an event and engines that react to one (the analytics cache, the timeline,
// analytics inputs) both read the name from here, so no domain imports another to learn a string.

/** Every override transition (accept, decline, execute, reverse). */
export const OVERRIDE_ACTION_EVENT_TYPE = 'governance.override.action';

/** Generated override recommendations, recorded for the timeline. */
export const OVERRIDE_RECOMMENDATION_EVENT_TYPE = 'governance.recommendation.override';

/** Coaching-note changes (the analytics cache listens to the common prefix). */
export const COACHING_NOTE_EVENT_TYPES = {
  created: 'governance.coaching_note.created',
  updated: 'governance.coaching_note.updated',
  moderated: 'governance.coaching_note.moderated',
} as const;

/** Narrative export event types (all under `narrative_export.`). */
export const NARRATIVE_EVENT = {
  created: 'narrative_export.created',
  stageStarted: 'narrative_export.approval.stage_started',
  stageCompleted: 'narrative_export.approval.stage_completed',
  finalized: 'narrative_export.approval.finalized',
  rejected: 'narrative_export.approval.rejected',
  stageDelegated: 'narrative_export.approval.stage_delegated',
  stageReset: 'narrative_export.approval.stage_reset',
  stageOverdue: 'narrative_export.approval.stage_overdue',
  stageEscalated: 'narrative_export.approval.stage_escalated',
  guardrailBlocked: 'narrative_export.packaging.guardrail_blocked',
  queued: 'narrative_export.packaging.queued',
  awaitingApproval: 'narrative_export.packaging.awaiting_approval',
  started: 'narrative_export.packaging.started',
  retrying: 'narrative_export.packaging.retrying',
  ready: 'narrative_export.packaging.ready',
  failed: 'narrative_export.packaging.failed',
  expired: 'narrative_export.packaging.expired',
  integrityFailed: 'narrative_export.packaging.integrity_failed',
} as const;

/** Every event type above, by domain (the preview summary is part of the preview contract). */
export const GOVERNANCE_EVENT_TYPES = {
  overrideAction: OVERRIDE_ACTION_EVENT_TYPE,
  overrideRecommendation: OVERRIDE_RECOMMENDATION_EVENT_TYPE,
  previewSummary: PREVIEW_SUMMARY_EVENT_TYPE,
  coachingNote: COACHING_NOTE_EVENT_TYPES,
  narrativeExport: NARRATIVE_EVENT,
} as const;
