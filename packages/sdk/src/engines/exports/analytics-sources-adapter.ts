import type {
  AnalyticsBaseline,
  AnalyticsExport,
  AnalyticsSources,
} from '../analytics/analytics-sources';
import type { BaselineStore } from '../baselines/baseline-store';
import type { NarrativeExportStore } from './export-store';

/** The engine stores analytics reads from. */
export interface AnalyticsSourceStores {
  /** The baseline engine's store (`baselineEngine.store`). */
  baselines?: BaselineStore;
  /** The narrative export engine's store (`exportEngine.deps.store`). */
  exports?: NarrativeExportStore;
}

/**
 * Governance analytics over the baseline and export engines' stores: baselines for approval latency,
 * publication cadence and reviewer cadence; narrative exports with their approval stages for
 * `approval_stage_metrics` and the overdue-stage summary. Reads are live, so analytics always sees
 * the current ladders (its cache is invalidated by the `narrative_export.approval.*` events).
 *
 * @example
 * const analytics = createGovernanceAnalyticsEngine({ ..., sources:
 *   createAnalyticsSourcesAdapter({ baselines: baselines.store, exports: exportsEngine.deps.store }) });
 */
export function createAnalyticsSourcesAdapter(stores: AnalyticsSourceStores): AnalyticsSources {
  return {
    listBaselines(executionIds: readonly string[]): AnalyticsBaseline[] {
      const scope = new Set(executionIds);
      return (stores.baselines?.list() ?? [])
        .filter((b) => scope.has(b.execution_id))
        .map((b) => ({
          id: b.id,
          execution_id: b.execution_id,
          status: b.status,
          reviewer_ids: [...b.reviewer_ids],
          submitted_at: b.submitted_at,
          reviewed_by_id: b.reviewed_by_id ?? null,
          reviewed_at: b.reviewed_at ?? null,
          published_by_id: b.published_by_id ?? null,
          published_at: b.published_at ?? null,
          rolled_back_at: b.rolled_back_at ?? null,
          updated_at: b.updated_at,
        }));
    },
    listExports(executionIds: readonly string[]): AnalyticsExport[] {
      const scope = new Set(executionIds);
      return (stores.exports?.list() ?? [])
        .filter((x) => scope.has(x.execution_id))
        .map((x) => ({
          id: x.id,
          execution_id: x.execution_id,
          approval_stages: x.approval_stages.map((s) => ({
            id: s.id,
            sequence_index: s.sequence_index,
            required_role: s.required_role,
            status: s.status,
            due_at: s.due_at ?? null,
            started_at: s.started_at ?? null,
            completed_at: s.completed_at ?? null,
            overdue_notified_at: s.overdue_notified_at ?? null,
          })),
        }));
    },
  };
}
