import type { OverrideActionOutcome } from '../../schemas/overrides/override-action-outcome';
import type {
  OverrideReversalEvent,
  OverrideReversalRecord,
} from '../../schemas/overrides/override-reversal-event';
import type { GovernanceDirectory } from '../governance/directory';
import { overrideLineageContext } from './override-lineage-capture';
import type { OverrideRecord, OverrideStore } from './override-store';

/** `{id, name, email}` of a user id, or null when there is no id. */
export function governanceActorSummary(
  directory: GovernanceDirectory,
  userId: string | null | undefined,
) {
  if (!userId) return null;
  const user = directory.getUser(userId);
  return { id: userId, name: user?.full_name ?? null, email: user?.email ?? null };
}

/** A stored reversal in its API form (`GovernanceOverrideReversalDetail`). */
export function toOverrideReversalEvent(
  row: OverrideReversalRecord,
  directory: GovernanceDirectory,
): OverrideReversalEvent {
  return {
    id: row.id,
    override_id: row.override_id,
    baseline_id: row.baseline_id ?? null,
    actor: governanceActorSummary(directory, row.reversed_by_id),
    created_at: row.created_at,
    cooldown_expires_at: row.cooldown_expires_at ?? null,
    cooldown_window_minutes: row.cooldown_window_minutes ?? null,
    diffs: structuredClone(row.detail.diffs),
    previous_detail: structuredClone(row.detail.previous_detail),
    current_detail: structuredClone(row.detail.current_detail),
    metadata: structuredClone(row.metadata),
  };
}

/**
 * An override in its API form (`GovernanceOverrideActionOutcome`), joined with its lineage and
 * reversal rows. The database-only fields (`execution_hash`, `detail_snapshot`, …) stay out.
 */
export function toOverrideOutcome(
  deps: { directory: GovernanceDirectory; store: OverrideStore },
  record: OverrideRecord,
): OverrideActionOutcome {
  const lineage = deps.store.getLineage(record.id);
  const reversal = deps.store.getReversal(record.id);
  return {
    id: record.id,
    recommendation_id: record.recommendation_id,
    actor_id: record.actor_id,
    action: record.action,
    status: record.status,
    execution_id: record.execution_id,
    baseline_id: record.baseline_id,
    target_reviewer_id: record.target_reviewer_id,
    reversible: record.reversible,
    notes: record.notes,
    metadata: structuredClone(record.metadata),
    created_at: record.created_at,
    updated_at: record.updated_at,
    lineage: lineage ? overrideLineageContext(lineage, deps.directory) : null,
    reversal_event: reversal ? toOverrideReversalEvent(reversal, deps.directory) : null,
    cooldown_expires_at: record.cooldown_expires_at,
    cooldown_window_minutes: record.cooldown_window_minutes,
    reversal_lock_token: record.reversal_lock_token,
    reversal_lock_tier_key: record.reversal_lock_tier_key,
    reversal_lock_tier: record.reversal_lock_tier,
    reversal_lock_tier_level: record.reversal_lock_tier_level,
    reversal_lock_scope: record.reversal_lock_scope,
    reversal_lock_actor_id: record.reversal_lock_actor_id,
  };
}
