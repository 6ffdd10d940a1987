import type { z } from 'zod';
import { type BaselineEvent, BaselineSchema } from '../../schemas/baselines/baseline';

// `Omit<>` cannot drop a key from an open object type (its index signature swallows the known
// keys), so the record type is derived from the schema itself.
const BaselineRecordSchema = BaselineSchema.omit({ events: true });

/** A stored baseline: the API shape without its `events` (kept in their own table). */
export type BaselineRecord = z.output<typeof BaselineRecordSchema>;

/**
 * Persistence of baselines and their lifecycle events. The baseline engine writes only after
 * every check passed; events are append-only.
 */
export interface BaselineStore {
  get(id: string): BaselineRecord | undefined;
  list(): BaselineRecord[];
  put(baseline: BaselineRecord): void;
  appendEvent(event: BaselineEvent): void;
  /** Events in append order (oldest first), optionally of one baseline. */
  listEvents(baselineId?: string): BaselineEvent[];
}

/** An in-memory {@link BaselineStore}; values are copied in and out. */
export function createMemoryBaselineStore(): BaselineStore {
  const baselines = new Map<string, BaselineRecord>();
  const events: BaselineEvent[] = [];
  const copy = <T>(value: T): T => structuredClone(value);
  return {
    get: (id) => (baselines.has(id) ? copy(baselines.get(id)) : undefined),
    list: () => [...baselines.values()].map(copy),
    put: (baseline) => void baselines.set(baseline.id, copy(baseline)),
    appendEvent: (event) => void events.push(copy(event)),
    listEvents: (baselineId) =>
      events.filter((e) => baselineId === undefined || e.baseline_id === baselineId).map(copy),
  };
}
