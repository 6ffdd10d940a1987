import type { OverrideNotebookSnapshot, OverrideScenarioSnapshot } from '@govkit/sdk';
import type { EvidenceCatalog, OverrideLineageCatalog } from '@govkit/sdk/engines';

/**
 * Where override lineage finds its scenario and notebook snapshots in a mock world.
 * Notebook entries are the evidence catalog's own (one source of truth with evidence discovery and
 * export attachments); scenarios have no engine in govkit yet, so the world keeps them here and a
 * seeder or test adds them with `putScenario`.
 */
export interface OverrideLineageSources extends OverrideLineageCatalog {
  /** Add or replace a preview scenario an override may cite. */
  putScenario(scenario: OverrideScenarioSnapshot): void;
  /** Every scenario, sorted by id. */
  listScenarios(): OverrideScenarioSnapshot[];
}

/**
 * Build the lineage catalog over the world's evidence catalog.
 *
 * @example
 * const sources = createOverrideLineageSources(catalog);
 * sources.putScenario({ id: 'scenario-1', name: 'Faster sign-off' });
 */
export function createOverrideLineageSources(
  catalog: Pick<EvidenceCatalog, 'getNotebookEntry'>,
): OverrideLineageSources {
  const scenarios = new Map<string, OverrideScenarioSnapshot>();
  return {
    getScenario: (id) => (scenarios.has(id) ? structuredClone(scenarios.get(id)) : undefined),
    getNotebookEntry(id): OverrideNotebookSnapshot | undefined {
      const entry = catalog.getNotebookEntry(id);
      return entry
        ? { id: entry.id, title: entry.title, execution_id: entry.execution_id ?? null }
        : undefined;
    },
    putScenario: (scenario) => void scenarios.set(scenario.id, structuredClone(scenario)),
    listScenarios: () =>
      [...scenarios.values()]
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((s) => structuredClone(s)),
  };
}
