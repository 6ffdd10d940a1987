import type {
  OverrideBaselineEffect,
  OverrideBaselineGateway,
  OverrideBaselineRef,
} from '../overrides/override-baseline-gateway';
import type { BaselineEngine } from './baseline-engine';

/**
 * The override engine's view of the real baselines (overrides ↔ baseline lifecycle): reads go to
 * the baseline store, and each override side effect replaces `reviewer_ids` when asked and records
 * exactly one `override_*` baseline event, so the baseline's timeline shows every override.
 *
 * @example
 * const baselines = createBaselineEngine({ directory, clock, ids });
 * const overrides = createOverrideEngine({ ..., baselines: createOverrideBaselineGatewayAdapter(baselines) });
 */
export function createOverrideBaselineGatewayAdapter(
  baselines: BaselineEngine,
): OverrideBaselineGateway {
  return {
    getBaseline(baselineId: string): OverrideBaselineRef | undefined {
      const record = baselines.store.get(baselineId);
      if (!record) return undefined;
      return {
        id: record.id,
        execution_id: record.execution_id,
        reviewer_ids: [...record.reviewer_ids],
        team_id: record.team_id ?? null,
        template_id: record.template_id ?? null,
      };
    },
    applyOverrideEffect(effect: OverrideBaselineEffect): void {
      baselines.applyOverrideEffect(effect.baseline_id, {
        ...(effect.reviewer_ids ? { reviewer_ids: effect.reviewer_ids } : {}),
        action: effect.action,
        detail: effect.detail,
        notes: effect.notes ?? null,
        performed_by_id: effect.performed_by_id,
      });
    },
  };
}
