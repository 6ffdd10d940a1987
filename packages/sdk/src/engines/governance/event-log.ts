import { type Clock, isoAt } from '../shared/clock';
import type { IdGenerator } from '../shared/id-generator';

/**
 * One execution event (`ExecutionEvent`): timeline events, `governance.override.action`,
 * `governance.preview.summary`, `narrative_export.*`, `governance.coaching_note.*`, …
 */
export interface ExecutionEvent {
  id: string;
  execution_id: string;
  event_type: string;
  payload: Record<string, unknown>;
  actor_id?: string | null;
  created_at: string;
}

export interface EventFilter {
  execution_id?: string;
  /** Matches `event_type === prefix` or `event_type.startsWith(prefix + '.')`/`startsWith(prefix)`. */
  type_prefix?: string;
}

export type EventListener = (event: ExecutionEvent) => void;

/**
 * The append-only event log shared by the governance engines. Engines write every transition
 * here; the timeline reads it; the analytics cache subscribes to it to invalidate itself, so no
 * engine needs to know which caches exist.
 */
export interface EventLog {
  append(
    event: Omit<ExecutionEvent, 'id' | 'created_at'> & { created_at?: string },
  ): ExecutionEvent;
  get(id: string): ExecutionEvent | undefined;
  /** Events in append order (oldest first). */
  list(filter?: EventFilter): ExecutionEvent[];
  subscribe(listener: EventListener): () => void;
}

export function createMemoryEventLog(deps: { clock: Clock; ids: IdGenerator }): EventLog {
  const events: ExecutionEvent[] = [];
  const byId = new Map<string, ExecutionEvent>();
  const listeners = new Set<EventListener>();
  return {
    append(input) {
      const event: ExecutionEvent = {
        ...structuredClone(input),
        id: deps.ids.next('evt'),
        created_at: input.created_at ?? isoAt(deps.clock),
      };
      events.push(event);
      byId.set(event.id, event);
      for (const listener of listeners) listener(structuredClone(event));
      return structuredClone(event);
    },
    get: (id) => (byId.has(id) ? structuredClone(byId.get(id)) : undefined),
    list(filter = {}) {
      return events
        .filter(
          (e) =>
            (filter.execution_id === undefined || e.execution_id === filter.execution_id) &&
            (filter.type_prefix === undefined || e.event_type.startsWith(filter.type_prefix)),
        )
        .map((e) => structuredClone(e));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
