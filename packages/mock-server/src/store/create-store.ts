import {
  createManualClock,
  createMemoryDirectory,
  createMemoryEventLog,
  createSeededUuidGenerator,
  type ManualClock,
} from '@govkit/sdk/engines';
import { domainSeeders } from '../seed/domain-seeders';
import { createDomainStates } from './domain-states';
import { createLiveClock } from './live-clock';
import type { DurableDomains, MockStore } from './mock-store';
import { createSeededRandom } from './seeded-random';
import type { DomainState, StoreCore } from './store-core';

/** The fixed "now" of a default store: every seeded timestamp is relative to it. */
export const DEFAULT_STORE_START = '2026-01-15T12:00:00.000Z';

/** Options of {@link createStore}. */
export interface CreateStoreOptions {
  /** PRNG seed for data, ids and forks (default 1). Same seed, same world. */
  seed?: number;
  /** Dataset size multiplier, ≥ 0 (default 1). 0 seeds only the directory. */
  scale?: number;
  /** The world's start time (default {@link DEFAULT_STORE_START}). */
  now?: number | string | Date;
  /**
   * `manual` (default): frozen at `now`, moved only by `store.clock.set/advance` (tests, stories).
   * `live`: starts at `now` and follows real time (the standalone server: locks expire for real).
   * A clock instance is used as given.
   */
  clock?: 'manual' | 'live' | ManualClock;
  /** Run the domain seeders (default true). `false` gives an empty world with the same wiring. */
  seedData?: boolean;
  /**
   * Durable run governance and lineage (PGlite or PostgreSQL, see `openDurableDomains`): their
   * routes then read and write there; every other domain stays in memory.
   */
  durable?: DurableDomains | undefined;
}

/**
 * Build a seeded world.
 *
 * @example
 * const store = createStore({ seed: 7, scale: 2 });
 * store.runGovernance.pipeline.getRun(id);
 * store.clock.advance(301_000); // the seeded live lock has now expired
 */
export function createStore(options: CreateStoreOptions = {}): MockStore {
  const seed = options.seed ?? 1;
  const scale = options.scale ?? 1;
  if (!Number.isFinite(scale) || scale < 0) throw new RangeError(`Invalid scale: ${scale}`);
  const start = options.now ?? DEFAULT_STORE_START;
  const clock =
    typeof options.clock === 'object'
      ? options.clock
      : options.clock === 'live'
        ? createLiveClock(start)
        : createManualClock(start);
  const startMs = clock.now();
  const root = createSeededRandom(seed);
  const ids = createSeededUuidGenerator(root.fork('ids').int(0, 2 ** 32 - 1));

  const core: StoreCore = {
    seed: root.seed,
    scale,
    clock,
    ids,
    directory: createMemoryDirectory(),
    events: createMemoryEventLog({ clock, ids }),
    random: (label) => root.fork(label),
  };
  const domains = createDomainStates(core);

  const store: MockStore = Object.assign({}, core, domains, {
    durable: options.durable,
    snapshot: () => {
      const out: Record<string, unknown> = {
        directory: {
          users: core.directory.listUsers(),
          teams: core.directory.listTeams(),
          executions: core.directory.listExecutions(),
        },
        events: core.events.list(),
      };
      for (const [name, state] of Object.entries(domains) as Array<[string, DomainState]>) {
        if (state.snapshot) out[name] = state.snapshot();
      }
      return out;
    },
  }) as MockStore;
  // `version` follows the snapshot: it moves when the picture differs from the one last seen.
  let version = 0;
  let seen = '';
  const picture = () => JSON.stringify(store.snapshot());
  Object.defineProperty(store, 'version', {
    get: () => {
      const current = picture();
      if (current !== seen) {
        version += 1;
        seen = current;
      }
      return version;
    },
    // Not enumerable: spreading or printing a store must not take a snapshot.
    enumerable: false,
  });

  if (options.seedData !== false) {
    for (const seeder of domainSeeders) {
      seeder.seed(store, core.random(`seed:${seeder.name}`), scale);
      // Seeders may move the clock to date their data; every domain starts from the same "now".
      clock.set(startMs);
    }
  }
  seen = picture();
  version = 0;
  return store;
}
