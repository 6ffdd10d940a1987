import type {
  OverrideLineageContext,
  OverrideLineageRequest,
  OverrideNotebookSnapshot,
  OverrideScenarioSnapshot,
} from '../../schemas/overrides/override-lineage';
import type { GovernanceDirectory } from '../governance/directory';
import type { OverrideLineageRecord } from './override-store';

/**
 * Where lineage snapshots come from: the scenarios and notebook entries an override may cite.
 * The preview/scenario and notebook engines own the real data; an unknown id is not an error
 * (it gives no snapshot content), but govkit keeps at least the id so provenance stays visible.
 */
export interface OverrideLineageCatalog {
  getScenario(id: string): OverrideScenarioSnapshot | undefined;
  getNotebookEntry(id: string): OverrideNotebookSnapshot | undefined;
}

/** Seed of the in-memory catalog. */
export interface OverrideLineageCatalogSeed {
  scenarios?: OverrideScenarioSnapshot[];
  notebookEntries?: OverrideNotebookSnapshot[];
}

/** An in-memory {@link OverrideLineageCatalog}. */
export function createMemoryOverrideLineageCatalog(
  seed: OverrideLineageCatalogSeed = {},
): OverrideLineageCatalog {
  const scenarios = new Map((seed.scenarios ?? []).map((s) => [s.id, structuredClone(s)]));
  const notebooks = new Map((seed.notebookEntries ?? []).map((n) => [n.id, structuredClone(n)]));
  return {
    getScenario: (id) => (scenarios.has(id) ? structuredClone(scenarios.get(id)) : undefined),
    getNotebookEntry: (id) => (notebooks.has(id) ? structuredClone(notebooks.get(id)) : undefined),
  };
}

// Lineage snapshots carry no null values: a missing field is absent, not null.
function stripOverrideNulls<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined),
  ) as T;
}

/** Inputs of {@link captureOverrideLineage}. */
export interface CaptureOverrideLineageInput {
  catalog: OverrideLineageCatalog;
  rowId: string;
  overrideId: string;
  lineage: OverrideLineageRequest;
  capturedById: string;
  capturedAt: string;
}

/**
 * Freeze an override's provenance: snapshot the cited scenario and/or notebook entry as they are
 * now, with who captured it and when. `notebook_entry_version_id` goes into the row's metadata.
 */
export function captureOverrideLineage(input: CaptureOverrideLineageInput): OverrideLineageRecord {
  const { lineage, catalog } = input;
  const scenarioId = lineage.scenario_id ?? null;
  const notebookId = lineage.notebook_entry_id ?? null;
  const metadata: Record<string, unknown> = { ...lineage.metadata };
  if (lineage.notebook_entry_version_id) {
    metadata.notebook_entry_version_id = lineage.notebook_entry_version_id;
  }
  return {
    id: input.rowId,
    override_id: input.overrideId,
    scenario_id: scenarioId,
    scenario_snapshot: scenarioId
      ? stripOverrideNulls(catalog.getScenario(scenarioId) ?? { id: scenarioId })
      : {},
    notebook_entry_id: notebookId,
    notebook_snapshot: notebookId
      ? stripOverrideNulls(catalog.getNotebookEntry(notebookId) ?? { id: notebookId })
      : {},
    captured_by_id: input.capturedById,
    captured_at: input.capturedAt,
    metadata,
  };
}

function hasId(snapshot: object): snapshot is { id: string } {
  return typeof (snapshot as { id?: unknown }).id === 'string';
}

/**
 * The detail form stored inside an action's detail snapshot:
 * `{captured_at, captured_by_id, metadata, scenario?, notebook_entry?}`, nulls stripped.
 */
export function overrideLineageDetail(row: OverrideLineageRecord): Record<string, unknown> {
  return stripOverrideNulls({
    captured_at: row.captured_at,
    captured_by_id: row.captured_by_id,
    metadata: structuredClone(row.metadata),
    scenario: hasId(row.scenario_snapshot) ? structuredClone(row.scenario_snapshot) : null,
    notebook_entry: hasId(row.notebook_snapshot) ? structuredClone(row.notebook_snapshot) : null,
  });
}

/** The context form of `outcome.lineage` and `timeline_entry.lineage`. */
export function overrideLineageContext(
  row: OverrideLineageRecord,
  directory: GovernanceDirectory,
): OverrideLineageContext {
  const user = row.captured_by_id ? directory.getUser(row.captured_by_id) : undefined;
  return {
    scenario: hasId(row.scenario_snapshot)
      ? (structuredClone(row.scenario_snapshot) as OverrideScenarioSnapshot)
      : null,
    notebook_entry: hasId(row.notebook_snapshot)
      ? (structuredClone(row.notebook_snapshot) as OverrideNotebookSnapshot)
      : null,
    captured_at: row.captured_at,
    captured_by: row.captured_by_id
      ? { id: row.captured_by_id, name: user?.full_name ?? null, email: user?.email ?? null }
      : null,
    metadata: structuredClone(row.metadata),
  };
}
