import type {
  GovernanceLineageSummary,
  OverrideActionTimelineEntry,
  OverrideLineageContext,
  OverrideReversalEvent,
} from '@govkit/sdk';

// Seed 000 as the mock server serves it (exec-override-002, clock at 2026-01-15T11:50Z), trimmed
// to what the override widgets read. For tests and stories.

/** The seeded mock clock: "now" in every fixture below. */
export const FIXTURE_NOW = '2026-01-15T11:50:00.000Z';

const RILEY = { id: 'user-reviewer', name: 'Riley Reviewer', email: 'riley.reviewer@govkit.test' };

/** An override lineage naming a scenario and a notebook entry, captured by Riley. */
export const SCENARIO_AND_NOTEBOOK_LINEAGE: OverrideLineageContext = {
  scenario: {
    id: 'scenario-faster-signoff',
    name: 'Faster sign-off',
    folder_id: 'folder-q1',
    folder_name: 'Q1 experiments',
    owner_id: 'user-lead',
  },
  notebook_entry: {
    id: 'notebook-override-001',
    title: 'Reviewer load notes',
    execution_id: 'exec-override-001',
  },
  captured_at: '2026-01-14T11:50:00.000Z',
  captured_by: RILEY,
  metadata: { notebook_entry_version_id: 'nbv-7', source: 'experiment-console' },
};

/**
 * A backfilled lineage exactly as BioLabs puts it on the wire: metadata under `meta`, a notebook
 * without a title and a capturer known only by id.
 */
export const BACKFILLED_WIRE_LINEAGE = {
  scenario: null,
  notebook_entry: { id: 'notebook-legacy-17', title: null, execution_id: null },
  captured_at: '2025-11-02T08:00:00Z',
  captured_by: { id: 'user-legacy', name: null, email: null },
  meta: { backfilled: true, source: 'detail_snapshot' },
} as unknown as OverrideLineageContext;

/** The reversal of `streak_cooldown:user-lead`: a 120-minute cooldown that ends at 13:50. */
export const COOLDOWN_REVERSAL: OverrideReversalEvent = {
  id: 'orv-b5131cba',
  override_id: 'ovr-05b20ad7',
  baseline_id: null,
  actor: RILEY,
  created_at: '2026-01-15T11:50:00.000Z',
  cooldown_expires_at: '2026-01-15T13:50:00.000Z',
  cooldown_window_minutes: 120,
  diffs: [
    { key: 'cooldown_expires_at', before: null, after: '2026-01-15T13:50:00.000Z' },
    { key: 'cooldown_window_minutes', before: null, after: 120 },
    { key: 'notes', before: null, after: 'Load is back under the band; restoring the ladder.' },
    { key: 'reversal', before: null, after: true },
    {
      key: 'reversal_metadata',
      before: null,
      after: { source: 'experiment-console', reason: 'operator_request', cooldown_minutes: 120 },
    },
    { key: 'reversible', before: true, after: null },
  ],
  previous_detail: { cooldown_minutes: 60, reversible: true },
  current_detail: { cooldown_minutes: 60, reversal: true },
  metadata: { source: 'experiment-console', reason: 'operator_request', cooldown_minutes: 120 },
};

/** The timeline entry of that reversal (`override_action`, status `reversed`). */
export const REVERSED_OVERRIDE_ENTRY: OverrideActionTimelineEntry = {
  entry_id: 'evt-3f2d6c08',
  entry_type: 'override_action',
  occurred_at: '2026-01-15T11:50:00.000Z',
  execution_id: 'exec-override-002',
  baseline_id: null,
  rule_key: 'streak_cooldown',
  action: 'cooldown',
  status: 'reversed',
  summary: null,
  actor: RILEY,
  lineage: {
    scenario: SCENARIO_AND_NOTEBOOK_LINEAGE.scenario,
    notebook_entry: null,
    captured_at: '2026-01-15T09:00:00.000Z',
    captured_by: RILEY,
    metadata: {},
  },
  detail: {
    override_id: 'ovr-05b20ad7',
    recommendation_id: 'streak_cooldown:user-lead',
    rule_key: 'streak_cooldown',
    action: 'cooldown',
    status: 'reversed',
    actor_id: 'user-reviewer',
    reversal: true,
    reversal_notes: 'Load is back under the band; restoring the ladder.',
    reversal_event: COOLDOWN_REVERSAL,
    cooldown_expires_at: '2026-01-15T13:50:00.000Z',
    cooldown_window_minutes: 120,
  },
};

/** Lineage activity over three scenarios and two notebook entries. */
export const LINEAGE_SUMMARY: GovernanceLineageSummary = {
  scenarios: [
    {
      scenario_id: 'scenario-reagent-swap',
      scenario_name: 'Reagent lot swap',
      folder_name: 'Q1 experiments',
      executed_count: 4,
      reversed_count: 1,
      net_count: 3,
    },
    {
      scenario_id: 'scenario-faster-signoff',
      scenario_name: 'Faster sign-off',
      folder_name: 'Q1 experiments',
      executed_count: 9,
      reversed_count: 2,
      net_count: 7,
    },
    {
      scenario_id: 'scenario-parallel-review',
      scenario_name: 'Parallel review',
      folder_name: null,
      executed_count: 1,
      reversed_count: 1,
      net_count: 0,
    },
  ],
  notebooks: [
    {
      notebook_entry_id: 'notebook-override-002',
      notebook_title: 'Cooldown log',
      execution_id: 'exec-override-002',
      executed_count: 2,
      reversed_count: 1,
      net_count: 1,
    },
    {
      notebook_entry_id: 'notebook-override-001',
      notebook_title: null,
      execution_id: 'exec-override-001',
      executed_count: 5,
      reversed_count: 0,
      net_count: 5,
    },
  ],
};

/**
 * Timeline entries of the seeded mock world (deterministic ids), for connected stories: the
 * reversal with a 120-minute cooldown on exec-override-002, and the executed reassign on
 * exec-override-001 whose lineage names a scenario and a notebook entry.
 */
export const SEEDED_OVERRIDE_ENTRIES = {
  cooldownReversal: {
    executionId: 'exec-override-002',
    entryId: 'evt-3f2d6c08-4dc6-4ec6-9fca-7f326d6c8cae',
  },
  reassignWithNotebook: {
    executionId: 'exec-override-001',
    entryId: 'evt-827eee66-db8a-4b7a-b009-b766a4c8bf11',
  },
} as const;
