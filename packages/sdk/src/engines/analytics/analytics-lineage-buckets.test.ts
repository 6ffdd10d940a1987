import { describe, expect, it } from 'vitest';
import type { AnalyticsOverrideEvent } from './analytics-inputs';
import { computeLineageSummary } from './analytics-lineage-buckets';

let seq = 0;
function event(
  status: AnalyticsOverrideEvent['status'],
  detail: Record<string, unknown>,
): AnalyticsOverrideEvent {
  seq += 1;
  return {
    id: `evt-${seq}`,
    execution_id: 'exe-1',
    status,
    action: 'reassign',
    cooldown_minutes: null,
    reviewer_ids_before: [],
    reviewer_ids_after: [],
    detail,
    created_at: '2025-01-01T00:00:00.000Z',
  };
}

describe('computeLineageSummary', () => {
  it('groups by provenance, nets reversals, and orders by executed count then id or name', () => {
    const summary = computeLineageSummary([
      event('executed', { lineage: { scenario: { id: 'sc-b', name: 'B', folder_name: 'F' } } }),
      event('executed', { lineage: { scenario: { id: 'sc-a', name: 'A', folder_name: 'F' } } }),
      event('executed', { scenario: { id: 'sc-c', name: 'C', folder_name: null } }),
      event('executed', { scenario: { id: 'sc-c', name: 'C', folder_name: null } }),
      event('reversed', { scenario: { id: 'sc-c', name: 'C', folder_name: null } }),
      // A backfilled scenario known only by name (numeric names read as text).
      event('executed', { scenario: { name: 404 } }),
      event('executed', { lineage: { notebook_entry: { id: 'nb-2', title: 'Two' } } }),
      event('executed', {
        notebook_entry: { id: 'nb-1', title: 'One', execution_id: 'exe-1' },
      }),
      event('executed', { notebook_entry: { title: 'Untitled id' } }),
      // Arrays and scalars are not provenance objects.
      event('executed', { lineage: ['sc-x'], scenario: 'sc-y', notebook_entry: null }),
    ]);
    expect(summary.scenarios).toEqual([
      {
        scenario_id: 'sc-c',
        scenario_name: 'C',
        folder_name: null,
        executed_count: 2,
        reversed_count: 1,
        net_count: 1,
      },
      {
        scenario_id: null,
        scenario_name: '404',
        folder_name: null,
        executed_count: 1,
        reversed_count: 0,
        net_count: 1,
      },
      {
        scenario_id: 'sc-a',
        scenario_name: 'A',
        folder_name: 'F',
        executed_count: 1,
        reversed_count: 0,
        net_count: 1,
      },
      {
        scenario_id: 'sc-b',
        scenario_name: 'B',
        folder_name: 'F',
        executed_count: 1,
        reversed_count: 0,
        net_count: 1,
      },
    ]);
    expect(
      summary.notebooks.map((b) => [b.notebook_entry_id, b.notebook_title, b.execution_id]),
    ).toEqual([
      [null, 'Untitled id', null], // keyed by title, which sorts before the ids
      ['nb-1', 'One', 'exe-1'],
      ['nb-2', 'Two', null],
    ]);
  });

  it('sorts buckets that share a key by executed count alone, keeping their order otherwise', () => {
    const summary = computeLineageSummary([
      event('executed', { scenario: { name: 'Same', folder_name: 'one' } }),
      event('executed', { scenario: { name: 'Same', folder_name: 'two' } }),
      event('executed', { notebook_entry: {} }),
    ]);
    expect(summary.scenarios.map((b) => b.folder_name)).toEqual(['one', 'two']);
    expect(summary.notebooks).toEqual([
      {
        notebook_entry_id: null,
        notebook_title: null,
        execution_id: null,
        executed_count: 1,
        reversed_count: 0,
        net_count: 1,
      },
    ]);
  });
});
