import type { TimelineBaselineEventSource } from '../timeline/governance-timeline';
import type { TimelineBaselineEvent } from '../timeline/timeline-entries';
import type { BaselineStore } from './baseline-store';

/**
 * Baseline lifecycle events for the governance timeline (`baseline_event` entries): every
 * event of the baselines submitted for the requested executions, each stamped with its baseline's
 * execution, oldest first (the timeline sorts and pages them).
 *
 * @example
 * const timeline = createGovernanceTimeline({ ..., baselineEvents:
 *   createBaselineTimelineSource(baselines.store) });
 */
export function createBaselineTimelineSource(store: BaselineStore): TimelineBaselineEventSource {
  return {
    listBaselineEvents(executionIds: readonly string[]): TimelineBaselineEvent[] {
      const scope = new Set(executionIds);
      const executionOf = new Map(
        store
          .list()
          .filter((b) => scope.has(b.execution_id))
          .map((b) => [b.id, b.execution_id] as const),
      );
      return store
        .listEvents()
        .filter((event) => executionOf.has(event.baseline_id))
        .map((event) => ({
          id: event.id,
          baseline_id: event.baseline_id,
          execution_id: executionOf.get(event.baseline_id) as string,
          action: event.action,
          notes: event.notes ?? null,
          detail: event.detail,
          performed_by_id: event.performed_by_id,
          created_at: event.created_at,
        }));
    },
  };
}
