import type { EventLog, GovernanceDirectory, IdGenerator, ManualClock } from '@govkit/sdk/engines';
import type { SeededRandom } from './seeded-random';
import type { WriteListener } from './track-writes';

/**
 * What every domain state is built on: one clock, one id generator, the shared directory (users,
 * teams, executions) and the shared event log of the BioLabs-derived engines. All of it belongs to
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
  /** Users, teams, protocol templates and executions (seeds 000/001). Writes are tracked. */
  readonly directory: GovernanceDirectory;
  /** The append-only execution event log (seeds 000/001). Writes are tracked. */
  readonly events: EventLog;
  /** A PRNG fork for one consumer, derived from the store seed and a label. */
  random(label: string): SeededRandom;
  /**
   * Report a write. Domain states pass it to `trackWrites` around their engine stores so that
   * `store.version` moves whenever anything is written.
   */
  readonly recordWrite: WriteListener;
}

/**
 * The contract of one domain's slice of the store: its engines plus an optional snapshot of its
 * state (plain JSON) that the fuzz harness compares around rejected requests.
 */
export interface DomainState {
  snapshot?(): unknown;
}
