// The decision world of the engines benchmark: 1,000,000 supervisor decisions over 50,000 tasks
// (seeded mulberry32; spread over the last 30 days with up to 2 s of out-of-order jitter; 80 %
// ALLOWED, 8 % BLOCKED, 5 % PAUSED, 4 % RETRY_RECOMMENDED, 2 % DECISION, 1 % ERROR; log-uniform
// lags 1 ms–100 s; 10 % SQLite timestamps). Deterministic, so every run measures the same data.
import type { NewReplayAuditRecord } from '../src/schemas/replay/replay-records';

export const TASKS = 50_000;
export const NOW_MS = Date.UTC(2024, 0, 28, 12);
// Decisions span 30 days minus an hour, so the 30d window holds all of them.
const SPAN_MS = 30 * 24 * 3_600_000 - 3_600_000;

/** mulberry32: small, fast and deterministic. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// Cumulative shares of the audit types the real supervisor writes.
const TYPE_SHARES: [string, number][] = [
  ['SUPERVISOR_ALLOWED', 0.8],
  ['SUPERVISOR_BLOCKED', 0.88],
  ['SUPERVISOR_PAUSED', 0.93],
  ['SUPERVISOR_RETRY_RECOMMENDED', 0.97],
  ['SUPERVISOR_DECISION', 0.99],
  ['SUPERVISOR_ERROR', 1],
];

const REASON_SNAPSHOTS = Array.from({ length: 25 }, (_, i) => ({
  decision_snapshot: { findings: [{ kind: 'REDLINE', severity: 'HIGH', code: `REASON_${i}` }] },
}));

function isoMicro(ms: number, micros: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)}${String(micros).padStart(3, '0')}+00:00`;
}

export function* decisions(count: number): Generator<NewReplayAuditRecord> {
  const random = prng(0x5eed);
  for (let i = 0; i < count; i++) {
    // Ascending time with up to 2 s of jitter, so some appends arrive slightly out of order.
    const ms = Math.floor(NOW_MS - SPAN_MS + (SPAN_MS * i) / count - random() * 2000);
    const roll = random();
    const eventType = TYPE_SHARES.find(([, share]) => roll < share)?.[0] ?? 'SUPERVISOR_ALLOWED';
    // Log-uniform lag between 1 ms and ~100 s.
    const lagMs = 10 ** (random() * 5);
    const sqlite = random() < 0.1;
    const createdAt = sqlite
      ? new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
      : isoMicro(ms, Math.floor(random() * 1000));
    const blocked = eventType === 'SUPERVISOR_BLOCKED';
    yield {
      task_id: `task-${Math.floor(random() ** 2 * TASKS)}`,
      level: 'info',
      event_type: eventType,
      payload: blocked ? (REASON_SNAPSHOTS[Math.floor(random() * 25)] ?? null) : null,
      created_at: createdAt,
      decision_id: null,
      source_event_ts: new Date(ms - lagMs).toISOString(),
      supervisor_processed_at: new Date(ms).toISOString(),
    };
  }
}
