import type { MockStore } from '../store/mock-store';
import type { SeededRandom } from '../store/seeded-random';
import { LONG_TRACE_TASK_ID, seedReplayBulk } from './replay-bulk';
import {
  DOC_DECISION_ID,
  DOC_EVENT_ID,
  DOC_SECOND_BLOCKED_TASK_ID,
  DOC_TASK_ID,
  DOC_TOP_BLOCKED_TASK_ID,
  seedReplayDocTasks,
} from './replay-doc-tasks';
import { REPLAY_VARIANT_TASKS, seedReplayVariantTasks } from './replay-variant-tasks';

/** Background decisions per unit of scale (scale 1: 1,200 decisions over 45 days). */
export const REPLAY_DECISIONS_PER_SCALE = 1200;
/** Items of the long trace per unit of scale (scale 1: 1,000; scale 100: 100,000). */
export const REPLAY_TRACE_ITEMS_PER_SCALE = 1000;

/** The ids a seeded replay world always has (the seed document's, then the variants). */
export const SEEDED_REPLAY = {
  docTaskId: DOC_TASK_ID,
  docDecisionId: DOC_DECISION_ID,
  docEventId: DOC_EVENT_ID,
  topBlockedTaskId: DOC_TOP_BLOCKED_TASK_ID,
  secondBlockedTaskId: DOC_SECOND_BLOCKED_TASK_ID,
  longTraceTaskId: LONG_TRACE_TASK_ID,
  variants: REPLAY_VARIANT_TASKS,
} as const;

/** Size overrides of {@link seedReplay}, for benchmarks and "Large" stories. */
export interface SeedReplayOptions {
  /**
   * Background decisions (default `1200 × scale`). `1_000_000` builds the benchmark world in a
   * few seconds: rows go straight into the store and the stats index only appends.
   */
  decisions?: number;
  /** Items of {@link LONG_TRACE_TASK_ID}'s trace (default `1000 × scale`). */
  traceItems?: number;
}

/**
 * Seed decision replay. Every world with `scale > 0` has:
 *
 * - the seed document's examples: `task-123` (status `BLOCKED`, `blocked_reason_code`
 *   `REDLINE_001`, five decisions, two pending inbox events) blocked by `dec-001` with the
 *   document's snapshot (event `evt-001`), and `task-456` / `task-789`, the top two of the
 *   blocked-reasons example (15 and 8 blocks in the last 7 days);
 * - one task per trace shape ({@link REPLAY_VARIANT_TASKS}): allowed, paused, retried, legacy
 *   supervisor payloads, null snapshots, no decision yet;
 * - background tasks (`task-bg-…`) with `decisions` supervisor decisions spread over 45 days
 *   (12 % in the last 24 h, 42 % in 7 days, 92 % in 30 days), so the three stats windows differ;
 * - {@link LONG_TRACE_TASK_ID}, whose trace holds `traceItems` items, for paging.
 *
 * Everything is relative to the store clock: the 24-hour window always holds the document's block.
 *
 * @example
 * // The million-decision benchmark world, without the other domains:
 * const store = createStore({ seedData: false });
 * seedReplay(store, store.random('seed:replay'), 1, { decisions: 1_000_000 });
 */
export function seedReplay(
  store: MockStore,
  rng: SeededRandom,
  scale: number,
  options: SeedReplayOptions = {},
): void {
  if (scale <= 0) return;
  const now = store.clock.now();
  const { engine } = store.replay;
  // Bulk first, oldest first: the stats index then only appends. The curated tasks' decisions
  // come after; the few that are older than some bulk rows are cheap to slot in.
  seedReplayBulk(store.replay.store, rng, now, {
    decisions: Math.max(0, Math.round(options.decisions ?? REPLAY_DECISIONS_PER_SCALE * scale)),
    traceItems: Math.max(0, Math.round(options.traceItems ?? REPLAY_TRACE_ITEMS_PER_SCALE * scale)),
  });
  seedReplayDocTasks(engine, now);
  seedReplayVariantTasks(engine, now);
}
