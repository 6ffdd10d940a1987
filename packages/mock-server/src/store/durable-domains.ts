import { type GovkitStore, openGovkitStore } from '@govkit/store-sql';
import type { MockStore } from './mock-store';

/**
 * Open the durable store behind `--store` (migrating it; safe from several mock server processes
 * at once). Lock expiry follows the database clock; governed runs stamp their manifests with the
 * mock store's clock.
 */
export function openDurableDomains(
  location: string,
  world: Pick<MockStore, 'clock'>,
): Promise<GovkitStore> {
  return openGovkitStore(location, { clock: world.clock });
}

/** What {@link seedDurableDomains} stored (rows that already existed are not counted). */
export interface DurableSeedReport {
  runs: number;
  lineages: number;
}

/**
 * Copy the seeded world's runs and lineage into the durable store. Idempotent: rows already there
 * (from an earlier start, with the edits made since) are left alone, so a designer's changes
 * survive restarts and the seed never duplicates. Seeded locks are not copied: a persistent store
 * would otherwise get a fresh "live" lock on every start.
 */
export async function seedDurableDomains(
  durable: GovkitStore,
  world: MockStore,
): Promise<DurableSeedReport> {
  const report: DurableSeedReport = { runs: 0, lineages: 0 };
  const runs = world.runGovernance.runs
    .listRuns()
    .sort((a, b) => a.created_at.localeCompare(b.created_at));
  for (const run of runs) {
    if (await durable.pipeline.importRun(run)) report.runs += 1;
  }
  for (const row of world.lineage.store.listLineages()) {
    const source = world.lineage.store.getReport(row.report_generation_id);
    if (source && (await durable.lineage.importLineage(source, row))) report.lineages += 1;
  }
  return report;
}
