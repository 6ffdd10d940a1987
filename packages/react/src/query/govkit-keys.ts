import { domainKeys } from './domain-keys';
import { runGovernanceKeys } from './run-governance-keys';

/**
 * Query keys of every govkit query, one factory per API domain. Keys nest from general to
 * specific (`['govkit', 'replay', 'task-summary', taskId]`), so a mutation invalidates exactly
 * what it changed and `queryClient.invalidateQueries({ queryKey: govkitKeys.replay.all })`
 * refreshes a whole domain. Parameters go in as objects, which TanStack Query hashes by value.
 *
 * A widget adds its domain's named keys here (`taskSummary`, `decisionTrace`, …), or in a
 * domain file of its own that this one includes (`run-governance-keys.ts`), and never
 * writes a key array by hand anywhere else.
 */
const replay = /* @__PURE__ */ domainKeys('replay');
const lineage = /* @__PURE__ */ domainKeys('lineage');
const coaching = /* @__PURE__ */ domainKeys('coaching');
const analytics = /* @__PURE__ */ domainKeys('analytics');

/** The parameters of one analytics report query, normalised so equal queries share a key. */
export interface GovernanceAnalyticsKeyParams {
  executionId: string | null;
  limit: number;
  view: 'full' | 'reviewer';
}
// --- narrative exports, evidence, preview ---
const narrativeExports = /* @__PURE__ */ domainKeys('exports');
const evidence = /* @__PURE__ */ domainKeys('evidence');
const preview = /* @__PURE__ */ domainKeys('preview');
// --- end narrative exports, evidence, preview ---
const overrides = /* @__PURE__ */ domainKeys('overrides');
const timeline = /* @__PURE__ */ domainKeys('timeline');
// --- template versions ---
const templates = /* @__PURE__ */ domainKeys('templates');
// --- end template versions ---

/**
 * The timeline's keys (also `govkitKeys.timeline`), a top-level export of their own so a bundle
 * that uses only them (the decision timeline entry) leaves the other domains' keys out.
 */
export const timelineKeys = /* @__PURE__ */ (() => ({
  ...timeline,
  /**
   * Everything the timeline holds for one execution (pages, entries, filters): the prefix an
   * override action refreshes, since it appends an entry to that execution's timeline.
   */
  execution: (executionId: string) => [...timeline.all, 'execution', executionId] as const,
  /** One entry of an execution's timeline, looked up by id. */
  entry: (executionId: string, entryId: string) =>
    [...timeline.all, 'execution', executionId, 'entry', entryId] as const,
  /** Every page of one timeline (an infinite query), by its query (execution, page size). */
  entries: (params: object = {}) => [...timeline.all, 'entries', params] as const,
  /**
   * The live lock and cooldown of every override of an execution, as the stream last said.
   * Written by the stream only (never fetched), so it is not under `entries`.
   */
  live: (executionId: string) => [...timeline.all, 'live', executionId] as const,
}))();

/**
 * The overrides' keys (also `govkitKeys.overrides`) and the analytics reports' keys (also
 * `govkitKeys.analytics`), top-level like `timelineKeys` so the override actions entry, which
 * reads only these three domains, leaves the other domains' keys out.
 */
export const overrideKeys = /* @__PURE__ */ (() => ({
  ...overrides,
  /** The last outcome of one recommendation's override on one execution (set by actions). */
  outcome: (executionId: string, recommendationId: string) =>
    [...overrides.all, 'outcome', executionId, recommendationId] as const,
}))();

export const analyticsKeys = /* @__PURE__ */ (() => ({
  ...analytics,
  /** Every analytics report, whatever its scope (prefix for invalidation). */
  reports: () => [...analytics.all, 'report'] as const,
  /**
   * One analytics report by its normalised query. `executionId: null` is the unscoped report
   * (every execution the user may read), which any governance change can affect.
   */
  report: (params: GovernanceAnalyticsKeyParams) => [...analytics.all, 'report', params] as const,
}))();

// Built inside a pure call: a bundle that never reads `govkitKeys` (the timeline entry reads
// `timelineKeys`) drops the whole object.
export const govkitKeys = /* @__PURE__ */ (() =>
  ({
    all: ['govkit'] as const,
    replay: {
      ...replay,
      taskSummary: (taskId: string) => [...replay.all, 'task-summary', taskId] as const,
      /** Every page of one task's trace with given filters (an infinite query). */
      decisionTrace: (taskId: string, params: object = {}) =>
        [...replay.all, 'decision-trace', taskId, params] as const,
      decision: (decisionId: string) => [...replay.all, 'decision', decisionId] as const,
      stats: (kind: 'blocked-reasons' | 'decision-types' | 'decision-lag', params: object = {}) =>
        [...replay.all, 'stats', kind, params] as const,
    },
    runGovernance: runGovernanceKeys,
    // --- lineage ---
    lineage: {
      ...lineage,
      /** One page of a search, by its filters and cursor. */
      search: (params: object = {}) => [...lineage.all, 'search', params] as const,
      record: (reportId: string) => [...lineage.all, 'record', reportId] as const,
      /** Every page of one lineage's log events (an infinite query). */
      logs: (lineageId: string, params: object = {}) =>
        [...lineage.all, 'logs', lineageId, params] as const,
      /** Every page of one lineage's access trail (an infinite query). */
      audit: (lineageId: string) => [...lineage.all, 'audit', lineageId] as const,
      stats: () => [...lineage.all, 'stats'] as const,
    },
    // --- end lineage ---
    // --- overrides, reversals and their timeline/analytics reads (seed 000) ---
    overrides: overrideKeys,
    timeline: timelineKeys,
    // --- coaching notes and governance analytics ---
    coaching: {
      ...coaching,
      /** Every note of one override's thread (`GET …/overrides/{id}/coaching-notes`). */
      notes: (overrideId: string) => [...coaching.all, 'notes', overrideId] as const,
    },
    analytics: analyticsKeys,
    // --- end coaching notes and governance analytics ---
    // --- narrative exports, evidence, preview ---
    exports: {
      ...narrativeExports,
      /** An execution's narrative exports, every version (`GET …/exports/narrative`). */
      narratives: (executionId: string) =>
        [...narrativeExports.all, 'narratives', executionId] as const,
      /**
       * The evidence picker's attach mutation for one execution (a mutation key, so
       * `useIsMutating` can tell a panel that a new export version is on its way). Attaching
       * changes exactly one query: `narratives(executionId)`; the evidence pages stay as they are.
       */
      attach: (executionId: string) => [...narrativeExports.all, 'attach', executionId] as const,
    },
    evidence: {
      ...evidence,
      /** Every page of one evidence domain's descriptors (an infinite query). */
      pages: (domain: string, params: object = {}) =>
        [...evidence.all, 'pages', domain, params] as const,
    },
    preview: {
      ...preview,
      /** One simulated ladder of an execution against a snapshot, by the preview request. */
      simulation: (executionId: string, request: object) =>
        [...preview.all, 'simulation', executionId, request] as const,
    },
    // --- end narrative exports, evidence, preview ---
    // --- template versions ---
    templates: {
      ...templates,
      /** The assignments of one template version (`GET …/templates/{id}/assignments`). */
      assignments: (templateId: string) => [...templates.all, 'assignments', templateId] as const,
    },
    // --- end template versions ---
    baselines: domainKeys('baselines'),
  }) as const)();
