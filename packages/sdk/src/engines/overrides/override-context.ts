import { OVERRIDE_EVENT_TOP_LEVEL_KEYS } from '../../schemas/overrides/override-action-detail';
import type { OverrideReverseRequest } from '../../schemas/overrides/override-action-request';
import { overrideRuleKeyOf } from '../../schemas/overrides/override-recommendation';
import type { DirectoryExecution, GovernanceDirectory } from '../governance/directory';
import type { EventLog, ExecutionEvent } from '../governance/event-log';
import { OVERRIDE_ACTION_EVENT_TYPE } from '../governance/event-types';
import type { Clock } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import type { IdGenerator } from '../shared/id-generator';
import type { OverrideBaselineGateway, OverrideBaselineRef } from './override-baseline-gateway';
import type { OverrideLineageCatalog } from './override-lineage-capture';
import type { OverrideLockNotice } from './override-lock-notice';
import type { OverrideRecord, OverrideStore } from './override-store';

/** A reversal begun with `beginReversal` and not yet completed. */
export interface PendingOverrideReversal {
  override_id: string;
  actor_id: string;
  request: OverrideReverseRequest;
}

/** Everything the override operations share (built once by `createOverrideEngine`). */
export interface OverrideEngineContext {
  directory: GovernanceDirectory;
  events: EventLog;
  baselines: OverrideBaselineGateway;
  catalog: OverrideLineageCatalog;
  store: OverrideStore;
  clock: Clock;
  ids: IdGenerator;
  /** Reversal lock lifetime; a lock older than this is stale and may be reclaimed. */
  lockTtlMs: number;
  lockListeners: Set<(notice: OverrideLockNotice) => void>;
  pendingReversals: Map<string, PendingOverrideReversal>;
}

/** The execution or 404 "Execution not found". */
export function requireOverrideExecution(
  ctx: Pick<OverrideEngineContext, 'directory'>,
  executionId: string,
): DirectoryExecution {
  const execution = ctx.directory.getExecution(executionId);
  if (!execution) throw EngineError.notFound('Execution not found');
  return execution;
}

/**
 * The cited baseline, checked against the execution: 404 "Baseline not found", 400 "Baseline
 * does not belong to execution". Undefined when no baseline is cited.
 */
export function resolveOverrideBaseline(
  ctx: Pick<OverrideEngineContext, 'baselines'>,
  baselineId: string | null | undefined,
  executionId: string,
): OverrideBaselineRef | undefined {
  if (!baselineId) return undefined;
  const baseline = ctx.baselines.getBaseline(baselineId);
  if (!baseline) throw EngineError.notFound('Baseline not found');
  if (baseline.execution_id !== executionId) {
    throw EngineError.badRequest('Baseline does not belong to execution');
  }
  return baseline;
}

/** True while a cooldown expiry lies in the future. */
export function isCoolingDown(record: OverrideRecord, nowMs: number): boolean {
  return record.cooldown_expires_at !== null && Date.parse(record.cooldown_expires_at) > nowMs;
}

/**
 * Append the `governance.override.action` event of one transition: the wire payload
 * (`recommendation_id, rule_key, action, status, actor_id`, whitelisted detail keys, full
 * `detail`) plus `override_id`, and `cooldown_window_minutes` at the top level, where the
 * timeline contract promises it (not only under `detail.detail`).
 */
export function appendOverrideActionEvent(
  ctx: Pick<OverrideEngineContext, 'events'>,
  record: OverrideRecord,
  actingUserId: string,
): ExecutionEvent {
  const detail = record.detail_snapshot;
  const payload: Record<string, unknown> = {
    override_id: record.id,
    recommendation_id: record.recommendation_id,
    rule_key: overrideRuleKeyOf(record.recommendation_id),
    action: record.action,
    status: record.status,
    actor_id: actingUserId,
  };
  for (const key of OVERRIDE_EVENT_TOP_LEVEL_KEYS) {
    if (key in detail) payload[key] = detail[key];
  }
  if (detail.cooldown_window_minutes !== undefined) {
    payload.cooldown_window_minutes = detail.cooldown_window_minutes;
  }
  payload.detail = detail;
  return ctx.events.append({
    execution_id: record.execution_id,
    event_type: OVERRIDE_ACTION_EVENT_TYPE,
    payload,
    actor_id: actingUserId,
  });
}
