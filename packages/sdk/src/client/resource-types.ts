import type { ClientTree } from './client-tree';

// The resource types the client tree has always exposed, now derived from the endpoint registry
// (`ClientTree`) instead of written as classes; the names and members are unchanged.

/**
 * `client.analytics`: governance analytics. The server caches a report for 30 s per
 * user and team scope and drops it on override, coaching-note and approval-stage changes.
 */
export type AnalyticsResource = ClientTree['analytics'];

/**
 * `client.baselines`: governance baselines: submit, review (approve or reject),
 * publish and roll back.
 */
export type BaselinesResource = ClientTree['baselines'];

/** `client.coaching`: threaded coaching notes on overrides, with moderation. */
export type CoachingResource = ClientTree['coaching'];

/**
 * `client.evidence`: evidence discovery for export attachment pickers. Both methods
 * return a page when awaited and every item when iterated with `for await`.
 */
export type EvidenceResource = ClientTree['evidence'];

/** `client.exports.stages`: approval-ladder stage actions of a narrative export. */
export type ExportStagesResource = ClientTree['exports']['stages'];

/**
 * `client.exports`: narrative exports of an execution, under
 * `/api/experiment-console/sessions/{execution_id}/exports/narrative`.
 */
export type ExportsResource = ClientTree['exports'];

/**
 * `client.lineage`: report lineage (prefix `/api/lineage`). Views, logs, downloads and
 * searches are audited by the server.
 */
export type LineageResource = ClientTree['lineage'];

/**
 * `client.migrations`: governance data migrations (admins only). Both are idempotent (a rerun
 * reports nothing to change) and take `{ dry_run: true }` to report without writing.
 */
export type MigrationsResource = ClientTree['migrations'];

/** `client.overrides.recommendations`: generated override recommendations. */
export type OverrideRecommendationsResource = ClientTree['overrides']['recommendations'];

/**
 * `client.overrides`: override actions. Accept, decline and execute need a lineage
 * (`LineageRequiredError` otherwise); reverse may throw `ReversalLockedError` or
 * `ReversalCoolingDownError` (409 from govkit, 400 from the original system).
 */
export type OverridesResource = ClientTree['overrides'];

/**
 * `client.preview`: experiment preview against a published workflow template snapshot. Each
 * preview feeds governance analytics.
 */
export type PreviewResource = ClientTree['preview'];

/** `client.replay.tasks`: per-task governance summary and decision trace. */
export type ReplayTasksResource = ClientTree['replay']['tasks'];

/** `client.replay.decisions`: one decision's snapshot. */
export type ReplayDecisionsResource = ClientTree['replay']['decisions'];

/** `client.replay.stats`: blocked reasons, decision types and decision lag. */
export type ReplayStatsResource = ClientTree['replay']['stats'];

/** `client.replay`: the Decision Replay API (prefix `/api/governance`). */
export type ReplayResource = ClientTree['replay'];

/** `client.runs.locks`: the workspace run lock (inspect, acquire, release). */
export type RunLocksResource = ClientTree['runs']['locks'];

/** `client.runs.remoteAssist`: remote-assist requests of a workspace. */
export type RemoteAssistResource = ClientTree['runs']['remoteAssist'];

/** `client.runs`: governed runs (govkit's own HTTP surface). */
export type RunsResource = ClientTree['runs'];

/** `client.templates.assignments`: where a workflow template applies (team or protocol). */
export type TemplateAssignmentsResource = ClientTree['templates']['assignments'];

/** `client.templates`: versioned workflow templates (admin only). */
export type TemplatesResource = ClientTree['templates'];

/** `client.timeline`: the governance decision timeline and its live stream. */
export type TimelineResource = ClientTree['timeline'];
