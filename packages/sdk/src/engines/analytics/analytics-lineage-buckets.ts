import type {
  AnalyticsNotebookLineageBucket,
  AnalyticsScenarioLineageBucket,
  GovernanceLineageSummary,
} from '../../schemas/analytics/analytics-lineage-summary';
import type { AnalyticsOverrideEvent } from './analytics-inputs';

function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : null;

function byActivity<T extends { executed_count: number; net_count: number }>(
  key: (item: T) => string,
): (a: T, b: T) => number {
  return (a, b) =>
    b.executed_count - a.executed_count || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

/**
 * Override activity by provenance (`lineage_summary`): scenarios grouped by (id, name, folder),
 * notebooks by (id, title), each with executed, reversed and net counts. Read from the event
 * detail's `lineage.scenario` / `lineage.notebook_entry`, or top-level `scenario` /
 * `notebook_entry` (backfilled shapes). Each override event counts once, however many previews
 * the execution has.
 */
export function computeLineageSummary(
  events: readonly AnalyticsOverrideEvent[],
): GovernanceLineageSummary {
  const scenarios = new Map<string, AnalyticsScenarioLineageBucket>();
  const notebooks = new Map<string, AnalyticsNotebookLineageBucket>();
  for (const event of events) {
    const lineage = asObject(event.detail.lineage);
    const scenario = asObject(lineage?.scenario) ?? asObject(event.detail.scenario);
    const notebook = asObject(lineage?.notebook_entry) ?? asObject(event.detail.notebook_entry);
    const executed = event.status === 'executed' ? 1 : 0;
    const reversed = event.status === 'reversed' ? 1 : 0;
    if (scenario) {
      const bucket = {
        scenario_id: text(scenario.id),
        scenario_name: text(scenario.name),
        folder_name: text(scenario.folder_name),
      };
      const key = JSON.stringify(bucket);
      const current = scenarios.get(key) ?? {
        ...bucket,
        executed_count: 0,
        reversed_count: 0,
        net_count: 0,
      };
      current.executed_count += executed;
      current.reversed_count += reversed;
      current.net_count = current.executed_count - current.reversed_count;
      scenarios.set(key, current);
    }
    if (notebook) {
      const bucket = { notebook_entry_id: text(notebook.id), notebook_title: text(notebook.title) };
      const key = JSON.stringify(bucket);
      const current = notebooks.get(key) ?? {
        ...bucket,
        execution_id: text(notebook.execution_id),
        executed_count: 0,
        reversed_count: 0,
        net_count: 0,
      };
      current.executed_count += executed;
      current.reversed_count += reversed;
      current.net_count = current.executed_count - current.reversed_count;
      notebooks.set(key, current);
    }
  }
  return {
    scenarios: [...scenarios.values()].sort(
      byActivity((b) => b.scenario_id ?? b.scenario_name ?? ''),
    ),
    notebooks: [...notebooks.values()].sort(
      byActivity((b) => b.notebook_entry_id ?? b.notebook_title ?? ''),
    ),
  };
}
