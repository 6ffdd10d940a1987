import {
  createInMemoryReplayStore,
  createReplayEngine,
  type ReplayEngine,
  type ReplayStore,
} from '@govkit/sdk/engines';
import type { DomainState, StoreCore } from './store-core';

/** Decision replay inside a mock store: the engine and the store it reads. */
export interface ReplayState extends DomainState {
  /** The reference engine: the six read models plus the commands that fill the store. */
  readonly engine: ReplayEngine;
  /**
   * The engine's store. Seeders write bulk rows straight into it (`insertAudit`,
   * `insertEvent`), which is what the engine's commands do after validating.
   */
  readonly store: ReplayStore;
  /** Every task id ever written, sorted (the replay store cannot list its tasks). */
  taskIds(): string[];
  snapshot(): ReplaySnapshot;
}

/**
 * Plain-JSON picture of the domain for no-change checks: per task its status and how many
 * audits, events and inbox rows it has, plus the highest ids (every write moves one of them).
 * Rows themselves are left out on purpose: the fuzz harness serialises the snapshot twice per
 * request, and a seeded trace holds thousands of items.
 */
export interface ReplaySnapshot {
  tasks: Array<{
    task_id: string;
    status: string;
    updated_at: string;
    audits: number;
    events: number;
    inbox: number;
    pending: number;
  }>;
  /**
   * The last {@link SNAPSHOT_DECISION_IDS} decision ids that became findable (`GET
   * /decisions/{id}`), oldest first. The seed records its curated decisions last, so they are
   * here, and the fuzz harness takes its known ids from the snapshot.
   */
  decision_ids: string[];
  /** Supervisor decisions in the stats index. */
  decisions_indexed: number;
}

/** How many decision ids a snapshot lists (a seeded world has thousands). */
export const SNAPSHOT_DECISION_IDS = 100;

/**
 * Wire the replay engine on the store core: one in-memory replay store behind a write-tracking
 * wrapper, the store's clock and ids.
 */
export function createReplayState(core: StoreCore): ReplayState {
  const tasks = new Set<string>();
  const decisionIds: string[] = [];
  const store = observeReplayStore(createInMemoryReplayStore(), {
    onTask: (taskId) => tasks.add(taskId),
    onDecisionId: (decisionId) => {
      decisionIds.push(decisionId);
      if (decisionIds.length > SNAPSHOT_DECISION_IDS) decisionIds.shift();
    },
  });
  const engine = createReplayEngine({ clock: core.clock, ids: core.ids, store });
  const taskIds = () => [...tasks].sort();

  return {
    engine,
    store,
    taskIds,
    snapshot: () => ({
      tasks: taskIds().map((taskId) => {
        const task = store.getTask(taskId);
        const inbox = store.listInbox(taskId);
        return {
          task_id: taskId,
          status: task?.status ?? '',
          updated_at: task?.updated_at ?? '',
          audits: store.listAudits(taskId).length,
          events: store.listEvents(taskId).length,
          inbox: inbox.length,
          pending: inbox.filter((row) => row.status === 'pending').length,
        };
      }),
      decision_ids: [...decisionIds],
      decisions_indexed: store.decisions.size,
    }),
  };
}

interface ReplayStoreObserver {
  onTask(taskId: string): void;
  onDecisionId(decisionId: string): void;
}

/**
 * A delegating wrapper that remembers which tasks and decisions were written: the replay store
 * cannot list them, and the snapshot needs them.
 */
function observeReplayStore(inner: ReplayStore, observer: ReplayStoreObserver): ReplayStore {
  return {
    get decisions() {
      return inner.decisions;
    },
    getTask: (taskId) => inner.getTask(taskId),
    putTask(task) {
      inner.putTask(task);
      observer.onTask(task.task_id);
    },
    insertAudit(row) {
      const audit = inner.insertAudit(row);
      observer.onTask(audit.task_id);
      const decisionId = audit.decision_id ?? snapshotDecisionId(audit.payload);
      if (decisionId && inner.findDecision(decisionId) === audit) {
        observer.onDecisionId(decisionId);
      }
      return audit;
    },
    insertEvent(row) {
      const event = inner.insertEvent(row);
      observer.onTask(event.task_id);
      return event;
    },
    putInboxRow(row) {
      inner.putInboxRow(row);
      observer.onTask(row.task_id);
    },
    listAudits: (taskId) => inner.listAudits(taskId),
    listEvents: (taskId) => inner.listEvents(taskId),
    listInbox: (taskId) => inner.listInbox(taskId),
    findDecision: (decisionId) => inner.findDecision(decisionId),
  };
}

// The store finds decisions by column or by the snapshot's own id (legacy payloads carry theirs
// at the top level); the snapshot only needs the same candidates.
function snapshotDecisionId(payload: Record<string, unknown> | null): string | null {
  if (!payload) return null;
  const nested = payload.decision_snapshot;
  const source =
    nested && typeof nested === 'object' && !Array.isArray(nested)
      ? (nested as Record<string, unknown>)
      : payload;
  return typeof source.decision_id === 'string' && source.decision_id ? source.decision_id : null;
}
