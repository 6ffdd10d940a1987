/**
 * Baseline facts analytics reads (a subset of the baseline record, same field names, so the
 * baselines engine's records fit as they are).
 */
export interface AnalyticsBaseline {
  id: string;
  execution_id: string;
  status: string;
  reviewer_ids: string[];
  submitted_at: string;
  reviewed_by_id?: string | null;
  reviewed_at?: string | null;
  published_by_id?: string | null;
  published_at?: string | null;
  rolled_back_at?: string | null;
  updated_at?: string | null;
}

/** One approval stage of a narrative export (`ExecutionNarrativeApprovalStage` subset). */
export interface AnalyticsApprovalStage {
  id: string;
  sequence_index: number;
  required_role: string;
  status: string;
  due_at?: string | null;
  started_at?: string | null;
  completed_at?: string | null;
  overdue_notified_at?: string | null;
}

/** A narrative export with its approval ladder (`ExecutionNarrativeExport` subset). */
export interface AnalyticsExport {
  id: string;
  execution_id: string;
  approval_stages: AnalyticsApprovalStage[];
}

/**
 * Where analytics gets the data other engines own. The baselines and exports engines provide
 * adapters (baselines store → `listBaselines`, narrative exports → `listExports`); the defaults are
 * empty. Preview summaries are not here: they are `governance.preview.summary` events in the
 * EventLog.
 */
export interface AnalyticsSources {
  /** Baselines submitted for any of the executions. */
  listBaselines(executionIds: readonly string[]): AnalyticsBaseline[];
  /** Narrative exports (with approval stages) of any of the executions. */
  listExports(executionIds: readonly string[]): AnalyticsExport[];
}

/** Sources with no baselines and no exports. */
export const emptyAnalyticsSources: AnalyticsSources = {
  listBaselines: () => [],
  listExports: () => [],
};

/** In-memory sources for tests and seeded worlds. */
export function createMemoryAnalyticsSources(
  seed: { baselines?: AnalyticsBaseline[]; exports?: AnalyticsExport[] } = {},
): AnalyticsSources & {
  putBaseline(b: AnalyticsBaseline): void;
  putExport(e: AnalyticsExport): void;
} {
  const baselines = new Map((seed.baselines ?? []).map((b) => [b.id, structuredClone(b)]));
  const exports = new Map((seed.exports ?? []).map((e) => [e.id, structuredClone(e)]));
  const inScope = (ids: readonly string[]) => (item: { execution_id: string }) =>
    ids.includes(item.execution_id);
  return {
    listBaselines: (ids) =>
      [...baselines.values()].filter(inScope(ids)).map((b) => structuredClone(b)),
    listExports: (ids) => [...exports.values()].filter(inScope(ids)).map((e) => structuredClone(e)),
    putBaseline: (b) => void baselines.set(b.id, structuredClone(b)),
    putExport: (e) => void exports.set(e.id, structuredClone(e)),
  };
}
