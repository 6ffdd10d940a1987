import type { EventLog, GovernanceDirectory, IdGenerator, ManualClock } from '@govkit/sdk/engines';
import type { SeededRandom } from './seeded-random';

/**
 * What every domain state is built on: one clock, one id generator, the shared directory (users,
 * teams, executions) and the event log the governance engines share. All of it belongs to
 * one store instance; nothing is shared between stores.
 */
export interface StoreCore {
  /** The seed the store was created with (data, ids and forks derive from it). */
  readonly seed: number;
  /** Dataset size multiplier (1 = the default small world, 0 = only the directory). */
  readonly scale: number;
  /** The world's only source of "now". Frozen unless the store was created with a live clock. */
  readonly clock: ManualClock;
  /** Seeded ids: the same seed gives the same ids, in seeding and in later requests. */
  readonly ids: IdGenerator;
  /** Users, teams, protocol templates and executions. */
  readonly directory: GovernanceDirectory;
  /** The append-only execution event log the governance engines share. */
  readonly events: EventLog;
  /** A PRNG fork for one consumer, derived from the store seed and a label. */
  random(label: string): SeededRandom;
}

/**
 * The contract of one domain's slice of the store: its engines plus a snapshot of everything it
 * stores (plain JSON). `store.snapshot()` gathers them, and `store.version` moves whenever that
 * picture changes, so a slice that leaves a write out of its snapshot is the one thing to review.
 * Read models that store nothing (analytics, timeline) have none.
 */
export interface DomainState {
  snapshot?(): unknown;
}
