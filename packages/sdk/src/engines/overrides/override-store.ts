import type { OverrideActionKind } from '../../schemas/overrides/override-action-request';
import type {
  OverrideNotebookSnapshot,
  OverrideScenarioSnapshot,
} from '../../schemas/overrides/override-lineage';
import type { OverrideLockEvent } from '../../schemas/overrides/override-live-state';
import type { OverrideReversalRecord } from '../../schemas/overrides/override-reversal-event';
import { cloneData } from '../shared/clone-data';

/** The statuses the guarded machine moves an override through. */
export type OverrideRecordStatus = 'accepted' | 'declined' | 'executed' | 'reversed';

/**
 * One override as stored (table `governance_override_actions`): the API outcome's fields plus the
 * database-only `execution_hash`, `detail_snapshot`, `reversal_metadata` and lock bookkeeping.
 */
export interface OverrideRecord {
  id: string;
  recommendation_id: string;
  actor_id: string;
  action: OverrideActionKind;
  status: OverrideRecordStatus;
  execution_id: string;
  baseline_id: string | null;
  target_reviewer_id: string | null;
  reversible: boolean;
  notes: string | null;
  metadata: Record<string, unknown>;
  execution_hash: string;
  /** The last transition's detail (reference §2.4). */
  detail_snapshot: Record<string, unknown>;
  reversal_metadata: Record<string, unknown> | null;
  cooldown_expires_at: string | null;
  cooldown_window_minutes: number | null;
  reversal_lock_token: string | null;
  reversal_lock_tier_key: string | null;
  reversal_lock_tier: string | null;
  reversal_lock_tier_level: number | null;
  reversal_lock_scope: string | null;
  reversal_lock_actor_id: string | null;
  reversal_lock_acquired_at: string | null;
  created_at: string;
  updated_at: string;
}

/** One lineage row per override (table `governance_override_lineages`). */
export interface OverrideLineageRecord {
  id: string;
  override_id: string;
  scenario_id: string | null;
  scenario_snapshot: OverrideScenarioSnapshot | Record<string, never>;
  notebook_entry_id: string | null;
  notebook_snapshot: OverrideNotebookSnapshot | Record<string, never>;
  captured_by_id: string | null;
  captured_at: string;
  /** `notebook_entry_version_id`, request metadata, and `backfilled: true` for backfilled rows. */
  metadata: Record<string, unknown>;
}

/**
 * Persistence of the override engine. Implementations must copy values in and out (callers
 * mutate what they get back) and keep one lineage and one reversal row per override.
 */
export interface OverrideStore {
  getOverride(id: string): OverrideRecord | undefined;
  /** All overrides in insertion order, optionally for one execution. */
  listOverrides(filter?: { execution_id?: string; recommendation_id?: string }): OverrideRecord[];
  putOverride(record: OverrideRecord): void;
  getLineage(overrideId: string): OverrideLineageRecord | undefined;
  listLineages(): OverrideLineageRecord[];
  putLineage(row: OverrideLineageRecord): void;
  getReversal(overrideId: string): OverrideReversalRecord | undefined;
  putReversal(row: OverrideReversalRecord): void;
  appendLockEvent(event: OverrideLockEvent): void;
  listLockEvents(overrideId?: string): OverrideLockEvent[];
}

/** Everything an in-memory store holds, for tests that compare state before and after. */
export interface OverrideStoreDump {
  overrides: OverrideRecord[];
  lineages: OverrideLineageRecord[];
  reversals: OverrideReversalRecord[];
  lockEvents: OverrideLockEvent[];
}

/** The in-memory store, with a deep {@link OverrideStoreDump}. */
export interface MemoryOverrideStore extends OverrideStore {
  dump(): OverrideStoreDump;
}

/** An in-memory {@link OverrideStore}. */
export function createMemoryOverrideStore(): MemoryOverrideStore {
  const overrides = new Map<string, OverrideRecord>();
  const lineages = new Map<string, OverrideLineageRecord>();
  const reversals = new Map<string, OverrideReversalRecord>();
  const lockEvents: OverrideLockEvent[] = [];
  const copy = cloneData;
  return {
    getOverride: (id) => (overrides.has(id) ? copy(overrides.get(id)) : undefined),
    listOverrides: (filter = {}) =>
      [...overrides.values()]
        .filter(
          (record) =>
            (filter.execution_id === undefined || record.execution_id === filter.execution_id) &&
            (filter.recommendation_id === undefined ||
              record.recommendation_id === filter.recommendation_id),
        )
        .map(copy),
    putOverride: (record) => void overrides.set(record.id, copy(record)),
    getLineage: (overrideId) =>
      lineages.has(overrideId) ? copy(lineages.get(overrideId)) : undefined,
    listLineages: () => [...lineages.values()].map(copy),
    putLineage: (row) => void lineages.set(row.override_id, copy(row)),
    getReversal: (overrideId) =>
      reversals.has(overrideId) ? copy(reversals.get(overrideId)) : undefined,
    putReversal: (row) => void reversals.set(row.override_id, copy(row)),
    appendLockEvent: (event) => void lockEvents.push(copy(event)),
    listLockEvents: (overrideId) =>
      lockEvents.filter((e) => overrideId === undefined || e.override_id === overrideId).map(copy),
    dump: () => ({
      overrides: [...overrides.values()].map(copy),
      lineages: [...lineages.values()].map(copy),
      reversals: [...reversals.values()].map(copy),
      lockEvents: lockEvents.map(copy),
    }),
  };
}
