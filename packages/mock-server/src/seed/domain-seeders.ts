import type { MockStore } from '../store/mock-store';
import type { SeededRandom } from '../store/seeded-random';
import { seedBaselines } from './baselines';
import { seedCoaching } from './coaching';
import { seedDirectory } from './directory';
import { seedEvidence } from './evidence';
import { seedExports } from './exports';
import { seedLineage } from './lineage';
import { seedMigrationBacklog } from './migration-backlog';
import { seedOverrides } from './overrides';
import { seedPreviews } from './preview';
import { seedRemoteAssist } from './remote-assist';
import { seedReplay } from './replay';
import { seedRunGovernance } from './run-governance';
import { seedTemplates } from './templates';

/**
 * One domain's seed function: writes deterministic data into the store through the engines.
 * `rng` is a fork reserved for this domain; `scale` multiplies the dataset size (0 = nothing).
 * The store's clock may be moved to date the data; `createStore` restores it afterwards.
 */
export type DomainSeeder = (store: MockStore, rng: SeededRandom, scale: number) => void;

/**
 * Every seed function, in order (later domains may read what earlier ones wrote: the directory
 * comes first). Adding a domain: write `seed/<domain>.ts` exporting `seed<Domain>` and add one
 * line here.
 */
export const domainSeeders: ReadonlyArray<{ name: string; seed: DomainSeeder }> = [
  { name: 'directory', seed: seedDirectory },
  { name: 'runGovernance', seed: seedRunGovernance },
  { name: 'replay', seed: seedReplay },
  { name: 'lineage', seed: seedLineage },
  // Templates first: the exports and previews after them bind their snapshots.
  { name: 'templates', seed: seedTemplates },
  { name: 'baselines', seed: seedBaselines },
  { name: 'evidence', seed: seedEvidence },
  { name: 'exports', seed: seedExports },
  { name: 'preview', seed: seedPreviews },
  // Overrides on those templates, then coaching threads on the overrides.
  { name: 'overrides', seed: seedOverrides },
  { name: 'coaching', seed: seedCoaching },
  // Historical rows for the governance migrations (govkit migrate-exports / backfill-lineage).
  { name: 'migrationBacklog', seed: seedMigrationBacklog },
  // Remote-assist requests; last, so earlier domains' generated ids are unchanged.
  { name: 'remoteAssist', seed: seedRemoteAssist },
];
