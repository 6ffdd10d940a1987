import {
  createManualClock,
  createMemoryDirectory,
  createMemoryEventLog,
  createSeededUuidGenerator,
  type ManualClock,
} from '@govkit/sdk/engines';
import type { GovkitStore } from '@govkit/store-sql';
import { domainSeeders } from '../seed/domain-seeders';
import { createDomainStates, type DomainStates } from './domain-states';
import { createLiveClock } from './live-clock';
import { createSeededRandom } from './seeded-random';
import type { StoreCore } from './store-core';
import { trackWrites } from './track-writes';

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

/** The store-backed services that replace the in-memory run-governance and lineage engines. */
export type DurableDomains = Pick<GovkitStore, 'kind' | 'locks' | 'pipeline' | 'lineage'>;

/**
 * One isolated in-memory govkit backend: all engines wired on one clock and one seeded id
 * generator, seeded by every domain's seed function. Create one per test or story; stores never
 * share state.
 */
export type MockStore = StoreCore &
  DomainStates & {
    /**
     * Writes since the store was seeded (0 right after `createStore`). Every tracked engine-store
     * write bumps it, so "this rejected request changed nothing" is `version` unchanged.
     */
    readonly version: number;
    /** Plain-JSON picture of every domain (plus directory and event log) for equality checks. */
    snapshot(): Record<string, unknown>;
    /** Durable run governance and lineage, when the store was created with them. */
    readonly durable: DurableDomains | undefined;
  };

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

  let version = 0;
  const recordWrite = () => {
    version += 1;
  };
  const core: StoreCore = {
    seed: root.seed,
    scale,
    clock,
    ids,
    directory: trackWrites(
      createMemoryDirectory(),
      ['putUser', 'putTeam', 'putExecution', 'putProtocolTemplate'],
      recordWrite,
    ),
    events: trackWrites(createMemoryEventLog({ clock, ids }), ['append'], recordWrite),
    random: (label) => root.fork(label),
    recordWrite,
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
      for (const [name, state] of Object.entries(domains)) {
        if ('snapshot' in state && typeof state.snapshot === 'function')
          out[name] = state.snapshot();
      }
      return out;
    },
  }) as MockStore;
  Object.defineProperty(store, 'version', { get: () => version, enumerable: true });

  if (options.seedData !== false) {
    for (const seeder of domainSeeders) {
      seeder.seed(store, core.random(`seed:${seeder.name}`), scale);
      // Seeders may move the clock to date their data; every domain starts from the same "now".
      clock.set(startMs);
    }
  }
  version = 0;
  return store;
}
