import type { z } from 'zod';
import type { DecisionDetail } from '../../schemas/replay/decision-detail';
import type { DecisionTrace } from '../../schemas/replay/decision-trace';
import {
  type BlockedReasonsParamsInput,
  BlockedReasonsParamsSchema,
  type DecisionLagParamsInput,
  DecisionLagParamsSchema,
  type DecisionTraceParamsInput,
  type DecisionTypesParamsInput,
  DecisionTypesParamsSchema,
} from '../../schemas/replay/replay-params';
import {
  type ReplayAuditInput,
  ReplayAuditInputSchema,
  type ReplayAuditRecord,
  type ReplayDecisionInput,
  ReplayDecisionInputSchema,
  type ReplayEventInput,
  ReplayEventInputSchema,
  type ReplayEventRecord,
  type ReplayTaskInput,
  ReplayTaskInputSchema,
  type ReplayTaskRecord,
  type SupervisorInboxInput,
  SupervisorInboxInputSchema,
  type SupervisorInboxRecord,
} from '../../schemas/replay/replay-records';
import type {
  BlockedReasonsStats,
  DecisionLagStats,
  DecisionTypesStats,
} from '../../schemas/replay/replay-stats';
import type { TaskGovernanceSummary } from '../../schemas/replay/task-governance-summary';
import { type Clock, isoAt } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import { type IdGenerator, randomIdGenerator } from '../shared/id-generator';
import { buildDecisionTrace } from './build-decision-trace';
import { buildTaskSummary } from './build-task-summary';
import { computeBlockedReasons } from './compute-blocked-reasons';
import { computeDecisionLag } from './compute-decision-lag';
import { computeDecisionTypes } from './compute-decision-types';
import { findDecisionDetail } from './find-decision-detail';
import { parseReplayParams } from './parse-replay-params';
import { ReplayStatsCache } from './replay-stats-cache';
import { createInMemoryReplayStore, type ReplayStore } from './replay-store';
import { parseReplayTimestamp } from './replay-timestamp';

/** What a {@link ReplayEngine} is built from. */
export interface ReplayEngineOptions {
  /** The only source of "now": stats windows end at it; records without a time get it. */
  clock: Clock;
  /** Generates `decision_id`s for decisions recorded without one. Default: random UUIDs. */
  ids?: IdGenerator;
  /** Default: a fresh in-memory store. */
  store?: ReplayStore;
}

// The audit type the original supervisor writes for each decision type.
const AUDIT_TYPE_BY_DECISION = {
  ALLOW: 'SUPERVISOR_ALLOWED',
  PAUSE: 'SUPERVISOR_PAUSED',
  BLOCK: 'SUPERVISOR_BLOCKED',
  RETRY: 'SUPERVISOR_RETRY_RECOMMENDED',
  REQUIRE_REVIEW: 'SUPERVISOR_DECISION',
} as const;

/**
 * The Decision Replay reference engine: the six read models of the HTTP contract over a
 * {@link ReplayStore}, plus the write commands that fill it. Pure: no I/O, time from the injected
 * clock, ids from the injected generator.
 *
 * Refusals throw {@link EngineError} with the contract's status and `detail`; a refused command
 * writes nothing.
 *
 * @example
 * const engine = createReplayEngine({ clock: createManualClock('2024-01-28T12:00:00Z') });
 * engine.upsertTask({ task_id: 'task-123' });
 * engine.recordDecision({ task_id: 'task-123', snapshot });
 * engine.taskSummary('task-123').last_decision_type; // 'BLOCK'
 */
export class ReplayEngine {
  readonly store: ReplayStore;
  readonly #clock: Clock;
  readonly #ids: IdGenerator;
  // Stats answers by parameters, window start and index size (see ReplayStatsCache).
  readonly #stats = new ReplayStatsCache();

  constructor(options: ReplayEngineOptions) {
    this.#clock = options.clock;
    this.#ids = options.ids ?? randomIdGenerator;
    this.store = options.store ?? createInMemoryReplayStore();
  }

  /** `GET /tasks/{task_id}/summary`. @throws 404 `Task not found: {task_id}`. */
  taskSummary(taskId: string): TaskGovernanceSummary {
    return buildTaskSummary(this.store, taskId);
  }

  /** `GET /tasks/{task_id}/decision-trace`. @throws 400 bad params or cursor; 404 unknown task. */
  decisionTrace(taskId: string, params?: DecisionTraceParamsInput): DecisionTrace {
    return buildDecisionTrace(this.store, taskId, params);
  }

  /** `GET /decisions/{decision_id}`. @throws 404 `Decision not found: {decision_id}`. */
  decision(decisionId: string): DecisionDetail {
    return findDecisionDetail(this.store, decisionId);
  }

  /** `GET /stats/blocked-reasons`. @throws 400 bad params. */
  blockedReasons(params?: BlockedReasonsParamsInput): BlockedReasonsStats {
    const parsed = parseReplayParams(BlockedReasonsParamsSchema, params, 400);
    const nowMs = this.#clock.now();
    const index = this.store.decisions;
    return this.#stats.answer(`blocked|${parsed.top_n}`, index, parsed.window, nowMs, () =>
      computeBlockedReasons(index, nowMs, parsed),
    );
  }

  /** `GET /stats/decision-types`. @throws 422 bad window. */
  decisionTypes(params?: DecisionTypesParamsInput): DecisionTypesStats {
    const parsed = parseReplayParams(DecisionTypesParamsSchema, params, 422);
    const nowMs = this.#clock.now();
    const index = this.store.decisions;
    return this.#stats.answer('types', index, parsed.window, nowMs, () =>
      computeDecisionTypes(index, nowMs, parsed),
    );
  }

  /** `GET /stats/decision-lag`. @throws 400 bad params. */
  decisionLag(params?: DecisionLagParamsInput): DecisionLagStats {
    const parsed = parseReplayParams(DecisionLagParamsSchema, params, 400);
    const nowMs = this.#clock.now();
    const index = this.store.decisions;
    return this.#stats.answer(`lag|${parsed.pctl}`, index, parsed.window, nowMs, () =>
      computeDecisionLag(index, nowMs, parsed),
    );
  }

  /** Create a task, or update its status/title/metadata (keeping `created_at`). @throws 422. */
  upsertTask(input: ReplayTaskInput): ReplayTaskRecord {
    const parsed = validate(ReplayTaskInputSchema, input);
    const createdAt = checkedTime(parsed.created_at);
    const now = isoAt(this.#clock);
    const previous = this.store.getTask(parsed.task_id);
    const task: ReplayTaskRecord = {
      task_id: parsed.task_id,
      status: parsed.status,
      title: parsed.title ?? previous?.title ?? null,
      created_at: previous?.created_at ?? createdAt ?? now,
      updated_at: now,
      metadata: parsed.metadata ?? previous?.metadata ?? {},
    };
    this.store.putTask(task);
    return task;
  }

  /**
   * Append a raw audit row (any type; `SUPERVISOR_*` rows are decisions). @throws 404 unknown
   * task, 409 a decision id already recorded, 422 invalid input or timestamp.
   */
  recordAudit(input: ReplayAuditInput): ReplayAuditRecord {
    const parsed = validate(ReplayAuditInputSchema, input);
    const createdAt = checkedTime(parsed.created_at) ?? isoAt(this.#clock);
    const sourceTs = checkedTime(parsed.source_event_ts ?? undefined) ?? null;
    const processedAt = checkedTime(parsed.supervisor_processed_at ?? undefined) ?? null;
    this.#requireTask(parsed.task_id);
    if (parsed.decision_id !== null) this.#requireNewDecision(parsed.decision_id);
    return this.store.insertAudit({
      ...parsed,
      created_at: createdAt,
      source_event_ts: sourceTs,
      supervisor_processed_at: processedAt,
    });
  }

  /**
   * Record a supervisor decision as a frozen v1.0 snapshot: a `SUPERVISOR_<TYPE>` audit with
   * `payload.decision_snapshot`, the `decision_id` column filled (generated when absent), and the
   * lag columns set (`source_event_ts` = the snapshot's `event.ts` unless given,
   * `supervisor_processed_at` = `created_at`). @throws 404, 409, 422 as {@link recordAudit}.
   */
  recordDecision(input: ReplayDecisionInput): ReplayAuditRecord {
    const parsed = validate(ReplayDecisionInputSchema, input);
    const createdAt = checkedTime(parsed.created_at) ?? isoAt(this.#clock);
    const sourceTs = checkedTime(parsed.source_event_ts ?? parsed.snapshot.event.ts);
    this.#requireTask(parsed.task_id);
    if (parsed.snapshot.decision_id !== undefined) {
      this.#requireNewDecision(parsed.snapshot.decision_id);
    }
    // Generated last, so a refused command does not even consume an id.
    const decisionId = parsed.snapshot.decision_id ?? this.#ids.next('dec');
    return this.store.insertAudit({
      task_id: parsed.task_id,
      level: 'info',
      event_type: AUDIT_TYPE_BY_DECISION[parsed.snapshot.decision.decision_type],
      payload: { decision_snapshot: { ...parsed.snapshot, decision_id: decisionId } },
      created_at: createdAt,
      decision_id: decisionId,
      source_event_ts: sourceTs ?? null,
      supervisor_processed_at: createdAt,
    });
  }

  /** Append an original task event. @throws 404 unknown task, 422 invalid input. */
  recordEvent(input: ReplayEventInput): ReplayEventRecord {
    const parsed = validate(ReplayEventInputSchema, input);
    const createdAt = checkedTime(parsed.created_at) ?? isoAt(this.#clock);
    this.#requireTask(parsed.task_id);
    return this.store.insertEvent({ ...parsed, created_at: createdAt });
  }

  /** Put a supervisor inbox row (by `event_id`). @throws 404 unknown task, 422 invalid input. */
  recordInboxItem(input: SupervisorInboxInput): SupervisorInboxRecord {
    const parsed = validate(SupervisorInboxInputSchema, input);
    const receivedAt = checkedTime(parsed.received_at) ?? isoAt(this.#clock);
    this.#requireTask(parsed.task_id);
    const row: SupervisorInboxRecord = { ...parsed, received_at: receivedAt };
    this.store.putInboxRow(row);
    return row;
  }

  #requireTask(taskId: string): void {
    if (!this.store.getTask(taskId)) throw EngineError.notFound(`Task not found: ${taskId}`);
  }

  #requireNewDecision(decisionId: string): void {
    if (this.store.findDecision(decisionId)) {
      throw EngineError.conflict(`Decision already recorded: ${decisionId}`, {
        code: 'duplicate_decision',
      });
    }
  }
}

/** Creates a {@link ReplayEngine}. */
export function createReplayEngine(options: ReplayEngineOptions): ReplayEngine {
  return new ReplayEngine(options);
}

function validate<TSchema extends z.ZodType>(schema: TSchema, input: unknown): z.output<TSchema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw EngineError.unprocessable(`Invalid input: ${problems.join('; ')}`);
}

// The stats index and the trace order need a real instant; a time that does not parse would
// silently fall out of every window, so it is refused at the door.
function checkedTime(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (Number.isNaN(parseReplayTimestamp(value))) {
    throw EngineError.unprocessable(`Invalid timestamp: ${value}`);
  }
  return value;
}
