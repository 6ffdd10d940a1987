import type { OverrideActionOutcome } from '../../schemas/overrides/override-action-outcome';
import type { OverrideReverseRequest } from '../../schemas/overrides/override-action-request';
import type { OverrideLiveState } from '../../schemas/overrides/override-live-state';
import { OVERRIDE_REVERSAL_LOCK_TTL_SECONDS } from '../../schemas/overrides/override-live-state';
import type { GovernanceDirectory } from '../governance/directory';
import type { EventLog } from '../governance/event-log';
import type { Clock } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import { type IdGenerator, randomIdGenerator } from '../shared/id-generator';
import {
  createMemoryOverrideBaselineGateway,
  type OverrideBaselineGateway,
} from './override-baseline-gateway';
import { applyOverrideCommand, type OverrideActionInput } from './override-commands';
import type { OverrideEngineContext } from './override-context';
import {
  backfillOverrideLineage,
  type OverrideLineageBackfillOptions,
  type OverrideLineageBackfillReport,
} from './override-lineage-backfill';
import {
  createMemoryOverrideLineageCatalog,
  type OverrideLineageCatalog,
} from './override-lineage-capture';
import type { OverrideLockNotice } from './override-lock-notice';
import { toOverrideOutcome } from './override-outcome';
import {
  abortOverrideReversal,
  beginOverrideReversal,
  completeOverrideReversal,
  type OverrideReversalHandle,
  reverseOverride,
} from './override-reversal';
import { overrideLiveState } from './override-reversal-lock';
import {
  createMemoryOverrideStore,
  type OverrideRecord,
  type OverrideStore,
} from './override-store';

/** Dependencies of {@link createOverrideEngine}. */
export interface OverrideEngineOptions {
  directory: GovernanceDirectory;
  events: EventLog;
  clock: Clock;
  /** Default: random UUIDs. */
  ids?: IdGenerator;
  /** Baselines (reviewer lists, baseline events). Default: an empty in-memory gateway. */
  baselines?: OverrideBaselineGateway;
  /** Scenario/notebook snapshots for lineage. Default: empty (snapshots keep only the id). */
  catalog?: OverrideLineageCatalog;
  /** Default: an in-memory store. */
  store?: OverrideStore;
  /** Reversal lock lifetime in seconds. Default 300. */
  lockTtlSeconds?: number;
}

/** The override engine: the four HTTP writes, the explicit reversal lock, reads and live state. */
export interface OverrideEngine {
  accept(
    actorId: string,
    recommendationId: string,
    input: OverrideActionInput,
  ): OverrideActionOutcome;
  decline(
    actorId: string,
    recommendationId: string,
    input: OverrideActionInput,
  ): OverrideActionOutcome;
  execute(
    actorId: string,
    recommendationId: string,
    input: OverrideActionInput,
  ): OverrideActionOutcome;
  reverse(
    actorId: string,
    recommendationId: string,
    request: OverrideReverseRequest,
  ): OverrideActionOutcome;
  /** Checks + lock; see `beginOverrideReversal`. */
  beginReversal(
    actorId: string,
    recommendationId: string,
    request: OverrideReverseRequest,
  ): { handle: OverrideReversalHandle } | { replay: OverrideActionOutcome };
  completeReversal(token: string): OverrideActionOutcome;
  abortReversal(token: string): void;
  /** The override's API form, or 404 "Override not found". */
  getOutcome(overrideId: string): OverrideActionOutcome;
  /** Stored row (with `detail_snapshot`, hash and lock bookkeeping), or undefined. */
  getRecord(overrideId: string): OverrideRecord | undefined;
  listRecords(filter?: { execution_id?: string; recommendation_id?: string }): OverrideRecord[];
  liveState(overrideId: string): OverrideLiveState | undefined;
  /** Live state of every override of an execution (the stream's snapshot frame). */
  listLiveStates(executionId: string): OverrideLiveState[];
  /** Rebuild missing lineage rows from preserved detail snapshots (see `backfillOverrideLineage`). */
  backfillLineage(options?: OverrideLineageBackfillOptions): OverrideLineageBackfillReport;
  /** Lock acquired/released notices; returns the unsubscribe function. */
  onLockEvent(listener: (notice: OverrideLockNotice) => void): () => void;
  readonly store: OverrideStore;
  readonly baselines: OverrideBaselineGateway;
  readonly catalog: OverrideLineageCatalog;
  readonly directory: GovernanceDirectory;
}

/**
 * Build the override engine. Every write names the acting user, enforces the seed's
 * RBAC and the guarded status machine, records lineage, and appends exactly one
 * `governance.override.action` event per successful transition (idempotent repeats append none).
 *
 * @example
 * const overrides = createOverrideEngine({ directory, events, clock, baselines });
 * overrides.execute('u-1', 'cadence_overload:u-2', { execution_id, action: 'reassign', baseline_id,
 *   target_reviewer_id: 'u-2', metadata: { reversible: true }, lineage: { scenario_id } });
 */
export function createOverrideEngine(options: OverrideEngineOptions): OverrideEngine {
  const ctx: OverrideEngineContext = {
    directory: options.directory,
    events: options.events,
    baselines: options.baselines ?? createMemoryOverrideBaselineGateway(),
    catalog: options.catalog ?? createMemoryOverrideLineageCatalog(),
    store: options.store ?? createMemoryOverrideStore(),
    clock: options.clock,
    ids: options.ids ?? randomIdGenerator,
    lockTtlMs: (options.lockTtlSeconds ?? OVERRIDE_REVERSAL_LOCK_TTL_SECONDS) * 1000,
    lockListeners: new Set(),
    pendingReversals: new Map(),
  };
  return {
    accept: (actor, id, input) => applyOverrideCommand(ctx, 'accept', actor, id, input),
    decline: (actor, id, input) => applyOverrideCommand(ctx, 'decline', actor, id, input),
    execute: (actor, id, input) => applyOverrideCommand(ctx, 'execute', actor, id, input),
    reverse: (actor, id, request) => reverseOverride(ctx, actor, id, request),
    beginReversal: (actor, id, request) => beginOverrideReversal(ctx, actor, id, request),
    completeReversal: (token) => completeOverrideReversal(ctx, token),
    abortReversal: (token) => abortOverrideReversal(ctx, token),
    getOutcome(overrideId) {
      const record = ctx.store.getOverride(overrideId);
      if (!record) throw EngineError.notFound('Override not found');
      return toOverrideOutcome(ctx, record);
    },
    getRecord: (overrideId) => ctx.store.getOverride(overrideId),
    listRecords: (filter) => ctx.store.listOverrides(filter),
    liveState(overrideId) {
      const record = ctx.store.getOverride(overrideId);
      return record ? overrideLiveState(ctx, record) : undefined;
    },
    listLiveStates: (executionId) =>
      ctx.store
        .listOverrides({ execution_id: executionId })
        .map((record) => overrideLiveState(ctx, record)),
    backfillLineage: (backfillOptions) => backfillOverrideLineage(ctx, backfillOptions),
    onLockEvent(listener) {
      ctx.lockListeners.add(listener);
      return () => void ctx.lockListeners.delete(listener);
    },
    store: ctx.store,
    baselines: ctx.baselines,
    catalog: ctx.catalog,
    directory: ctx.directory,
  };
}
