import type { GovkitStore } from '@govkit/store-sql';
import type { DomainStates } from './domain-states';
import type { StoreCore } from './store-core';

/**
 * One isolated in-memory govkit backend: all engines wired on one clock and one seeded id
 * generator, seeded by every domain's seed function. Create one per test or story; stores never
 * share state.
 *
 * The type lives apart from `createStore` so that seeders (which write into a store) depend on
 * the store's shape only; `createStore` is the one place that wires the store and runs them.
 */
/** The store-backed services that replace the in-memory run-governance and lineage engines. */
export type DurableDomains = Pick<GovkitStore, 'kind' | 'locks' | 'pipeline' | 'lineage'>;

export type MockStore = StoreCore &
  DomainStates & {
    /**
     * How many times the store's {@link snapshot} has changed since seeding, counted when read
     * (0 right after `createStore`). "This rejected request changed nothing" is `version`
     * unchanged. Derived from the snapshot, so no list of write methods can fall out of date.
     */
    readonly version: number;
    /** Plain-JSON picture of every domain (plus directory and event log) for equality checks. */
    snapshot(): Record<string, unknown>;
    /** Durable run governance and lineage, when the store was created with them. */
    readonly durable: DurableDomains | undefined;
  };
