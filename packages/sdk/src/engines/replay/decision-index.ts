import { snapshotReasonCode } from '../../schemas/replay/decision-snapshot-payload';
import { normalizeDecisionTypeStatKey } from '../../schemas/replay/decision-type';
import { REPLAY_WINDOW_HOURS, type ReplayWindow } from '../../schemas/replay/replay-params';
import type { ReplayAuditRecord } from '../../schemas/replay/replay-records';
import { auditDecisionSnapshot, auditLagSeconds } from './audit-decision';
import { parseReplayTimestamp } from './replay-timestamp';

const HOUR_MS = 3_600_000;

/**
 * Position of the first decision inside a stats window ending at `nowMs`: the window holds the
 * decisions with `created_at >= now − window` (24, 168 or 720 hours).
 */
export function decisionWindowStart(
  index: DecisionIndex,
  window: ReplayWindow,
  nowMs: number,
): number {
  return index.lowerBound(nowMs - REPLAY_WINDOW_HOURS[window] * HOUR_MS);
}

/** Type code of `SUPERVISOR_BLOCKED` decisions in {@link DecisionColumns.type}. */
export const BLOCKED_DECISION_TYPE_CODE = 2;

// Fixed codes for the types every deployment has; others get codes on first sight.
const FIXED_TYPE_NAMES = ['ALLOWED', 'PAUSED', 'BLOCKED', 'RETRY', 'DECISION', 'ERROR'];
const MAX_TYPE_CODES = 256;
const OTHER_TYPE_NAME = 'OTHER';
const INITIAL_CAPACITY = 1024;

/**
 * Read-only views of the decision columns, sorted by time ascending (ties keep append order, so
 * a later audit of the same instant sits after an earlier one). Valid until the next append.
 */
export interface DecisionColumns {
  readonly length: number;
  /** `created_at` as epoch ms (`-Infinity` when unparsable, so it is in no window). */
  readonly ts: Float64Array;
  /** Decision type code; see {@link DecisionIndex.typeName}. */
  readonly type: Uint8Array;
  /** Event-to-decision lag in seconds, `NaN` when unknown. */
  readonly lag: Float64Array;
  /** Task index; see {@link DecisionIndex.taskId}. */
  readonly task: Int32Array;
  /** Reason-code index (`findings[0].code`), -1 when none; see {@link DecisionIndex.reasonCode}. */
  readonly reason: Int32Array;
}

/**
 * A columnar index of every supervisor decision, maintained on append, so the stats endpoints can
 * answer over a million decisions by scanning typed arrays instead of boxed rows: a window is a
 * binary search on `ts`, counts are typed counters, percentiles a selection on a lag copy.
 *
 * Appends in time order are O(1) amortised; a backdated append shifts the younger rows (O(n),
 * rare: the original system only backfills).
 */
export class DecisionIndex {
  #size = 0;
  #ts = new Float64Array(INITIAL_CAPACITY);
  #type = new Uint8Array(INITIAL_CAPACITY);
  #lag = new Float64Array(INITIAL_CAPACITY);
  #task = new Int32Array(INITIAL_CAPACITY);
  #reason = new Int32Array(INITIAL_CAPACITY);
  #rows: ReplayAuditRecord[] = [];
  #scratch = new Float64Array(0);
  readonly #typeNames: string[] = [...FIXED_TYPE_NAMES];
  readonly #typeCodes = new Map(FIXED_TYPE_NAMES.map((name, code) => [name, code]));
  readonly #taskIds: string[] = [];
  readonly #taskIndexes = new Map<string, number>();
  readonly #reasonCodes: string[] = [];
  readonly #reasonIndexes = new Map<string, number>();

  /** Number of indexed decisions. */
  get size(): number {
    return this.#size;
  }

  /** Number of distinct tasks seen (task indexes run from 0 to this, exclusive). */
  get taskCount(): number {
    return this.#taskIds.length;
  }

  /** Number of distinct type codes in use. */
  get typeCount(): number {
    return this.#typeNames.length;
  }

  /** Adds one supervisor decision audit. The caller decides which rows are decisions. */
  append(row: ReplayAuditRecord): void {
    if (this.#size === this.#ts.length) this.#grow();
    const ts = parseReplayTimestamp(row.created_at);
    const key = Number.isNaN(ts) ? Number.NEGATIVE_INFINITY : ts;
    const at = this.upperBound(key);
    if (at < this.#size) this.#shiftFrom(at);
    this.#ts[at] = key;
    this.#type[at] = this.#typeCode(row.event_type);
    this.#lag[at] = auditLagSeconds(row);
    this.#task[at] = intern(row.task_id, this.#taskIds, this.#taskIndexes);
    const code = snapshotReasonCode(auditDecisionSnapshot(row));
    this.#reason[at] = code === null ? -1 : intern(code, this.#reasonCodes, this.#reasonIndexes);
    this.#rows.splice(at, 0, row);
    this.#size += 1;
  }

  /** Typed views of the first {@link size} entries. */
  columns(): DecisionColumns {
    const n = this.#size;
    return {
      length: n,
      ts: this.#ts.subarray(0, n),
      type: this.#type.subarray(0, n),
      lag: this.#lag.subarray(0, n),
      task: this.#task.subarray(0, n),
      reason: this.#reason.subarray(0, n),
    };
  }

  /**
   * A reusable Float64Array of `length` for one query's temporary values (e.g. the lag samples a
   * percentile selection reorders). Reused across queries so a million-decision window does not
   * allocate 8 MB per call and provoke major GCs; valid until the next call.
   */
  scratch(length: number): Float64Array {
    if (this.#scratch.length < length) this.#scratch = new Float64Array(length);
    return this.#scratch.subarray(0, length);
  }

  /** First position whose time is `>= epochMs` (the start of a window). */
  lowerBound(epochMs: number): number {
    let lo = 0;
    let hi = this.#size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.#ts[mid] as number) < epochMs) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First position whose time is `> epochMs` (where a new decision of that time goes). */
  upperBound(epochMs: number): number {
    let lo = 0;
    let hi = this.#size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.#ts[mid] as number) <= epochMs) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Past-tense type name of a code (`ALLOWED`, `RETRY`, …, or a type first seen at runtime). */
  typeName(code: number): string {
    return this.#typeNames[code] ?? OTHER_TYPE_NAME;
  }

  /** Task id of a task index. */
  taskId(index: number): string {
    const id = this.#taskIds[index];
    if (id === undefined) throw new RangeError(`No task at index ${index}`);
    return id;
  }

  /** Reason code of a reason index, null for -1. */
  reasonCode(index: number): string | null {
    return index < 0 ? null : (this.#reasonCodes[index] ?? null);
  }

  /** The audit row at a position of {@link columns}. */
  row(position: number): ReplayAuditRecord {
    const row = this.#rows[position];
    if (!row) throw new RangeError(`No decision at position ${position}`);
    return row;
  }

  #typeCode(eventType: string): number {
    const name = normalizeDecisionTypeStatKey(eventType);
    const known = this.#typeCodes.get(name);
    if (known !== undefined) return known;
    // A code is one byte; past 255 distinct types the rest share `OTHER`.
    if (this.#typeNames.length >= MAX_TYPE_CODES - 1) return MAX_TYPE_CODES - 1;
    this.#typeNames.push(name);
    this.#typeCodes.set(name, this.#typeNames.length - 1);
    return this.#typeNames.length - 1;
  }

  #shiftFrom(at: number): void {
    const end = this.#size;
    this.#ts.copyWithin(at + 1, at, end);
    this.#type.copyWithin(at + 1, at, end);
    this.#lag.copyWithin(at + 1, at, end);
    this.#task.copyWithin(at + 1, at, end);
    this.#reason.copyWithin(at + 1, at, end);
  }

  #grow(): void {
    const capacity = this.#ts.length * 2;
    this.#ts = resize(this.#ts, new Float64Array(capacity));
    this.#type = resize(this.#type, new Uint8Array(capacity));
    this.#lag = resize(this.#lag, new Float64Array(capacity));
    this.#task = resize(this.#task, new Int32Array(capacity));
    this.#reason = resize(this.#reason, new Int32Array(capacity));
  }
}

function resize<T extends Float64Array | Uint8Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

function intern(value: string, values: string[], indexes: Map<string, number>): number {
  const known = indexes.get(value);
  if (known !== undefined) return known;
  values.push(value);
  indexes.set(value, values.length - 1);
  return values.length - 1;
}
