import type { ManifestStep, RunLockState, RunManifest, RunResult } from '@govkit/sdk';
import {
  DOCTRINE_SAFE_CONCLUSION_TEXT,
  INVOICES_NOT_RECOGNIZED_WARNING,
  MANIFEST_STEP_NAMES,
  WATCH_LIST_DISCLAIMER,
  WATCH_LIST_TITLE,
} from '@govkit/sdk/schemas';

// Seed 003's examples as the run endpoints answer them, for tests and stories (not shipped).

const START = Date.parse('2026-12-03T09:15:00Z');
const at = (seconds: number) => new Date(START + seconds * 1000).toISOString();

const NOTES: Partial<Record<string, string>> = {
  parse_normalize_pack: 'fingerprint: 3f2a9c1b7d4e',
  build_business_profile: 'found_contact: true',
  validate_conclusion_v2: 'ok: true',
};

function step(index: number, status: ManifestStep['status'], notes?: string): ManifestStep {
  const name = MANIFEST_STEP_NAMES[index] as string;
  return {
    step_name: name,
    status,
    ...(status === 'skipped' ? {} : { started_at: at(index * 2) }),
    finished_at: at(index * 2 + 1),
    input_fingerprint: index === 0 ? '3f2a9c1b7d4e' : undefined,
    notes: notes ?? NOTES[name],
    fencing_token: 42,
  };
}

/** A run whose six steps all succeeded under lock `abc123` (the seed's summary example). */
export const SUCCEEDED_MANIFEST: RunManifest = {
  run_id: 'run-0001',
  workspace_id: 'ws-northwind-hvac',
  mode: 'mock',
  lock_id: 'abc123',
  fencing_token: 42,
  created_at: at(0),
  finalized_at: at(12),
  steps: MANIFEST_STEP_NAMES.map((_, i) => step(i, 'succeeded')),
};

/** A gated run: inference and validation skipped, the business profile step failed. */
export const GATED_MANIFEST: RunManifest = {
  ...SUCCEEDED_MANIFEST,
  run_id: 'run-0002',
  lock_id: '9b1e77d0-5c3a-4d7e-9d8f-0a1b2c3d4e5f',
  steps: [
    step(0, 'succeeded'),
    {
      ...step(1, 'failed'),
      notes: undefined,
      error_message: 'Website lookup timed out after 10 s',
    },
    step(2, 'succeeded', 'warnings: 1'),
    step(3, 'succeeded'),
    step(4, 'skipped', 'Incomplete inputs - inference skipped'),
    step(5, 'skipped', 'Inference was skipped'),
  ],
};

const HVAC_WATCH_ITEMS = [
  {
    topic: 'Refrigerant regulations',
    why_it_matters: 'EPA phase-downs affect equipment costs and job pricing',
    what_to_watch: 'New equipment orders, refrigerant inventory costs',
    time_horizon: '30-90 days',
  },
  {
    topic: 'Seasonal demand shift',
    why_it_matters: 'Cooling season ending can shift cash flow patterns',
    what_to_watch: 'Quote conversion rates, maintenance contract renewals',
    time_horizon: '30-60 days',
  },
  {
    topic: 'Energy efficiency rebates',
    why_it_matters: 'Local utility programs change customer willingness to upgrade',
    what_to_watch: 'Quote sizes for replacement jobs, customer objections',
    time_horizon: '60-90 days',
  },
];

/** A normal run's full result. */
export const SUCCEEDED_RUN: RunResult = {
  run_id: 'run-0001',
  workspace_id: 'ws-northwind-hvac',
  owner: 'user-lead',
  status: 'succeeded',
  gated: false,
  confident: true,
  readiness: {
    level: 'ready',
    diagnose_mode: false,
    suppress_inference: false,
    reason: null,
    data_warnings: [],
  },
  data_warnings: [],
  input_fingerprint: '3f2a9c1b7d4e',
  manifest: SUCCEEDED_MANIFEST,
  manifest_summary: '6 steps succeeded, 0 skipped, 0 failed (lock: abc123)',
  conclusion: {
    takeaway: 'Cash is tied up in quotes that stall after the first visit.',
    nextAction: 'Call back the five largest open quotes from October within 7 days.',
    evidence: ['38% of quotes older than 21 days', 'Median approval lag 12 days'],
  },
  predictive_context: {
    industry_tag: 'hvac',
    watch_list: HVAC_WATCH_ITEMS,
    disclaimer: WATCH_LIST_DISCLAIMER,
  },
  presented_watch_list: {
    title: WATCH_LIST_TITLE,
    industry_tag: 'hvac',
    items: HVAC_WATCH_ITEMS,
    collapsed: true,
    disclaimer: WATCH_LIST_DISCLAIMER,
  },
  lock_id: 'abc123',
  fencing_token: 42,
  created_at: at(0),
  finished_at: at(12),
  error: null,
};

/** A gated run: the doctrine-safe conclusion, its evidence the data warnings. */
export const GATED_RUN: RunResult = {
  ...SUCCEEDED_RUN,
  run_id: 'run-0002',
  gated: true,
  confident: false,
  readiness: {
    level: 'partial',
    diagnose_mode: true,
    suppress_inference: true,
    reason:
      'Invoices file uploaded but no invoices recognized. Check date formats and column headers.',
    data_warnings: [INVOICES_NOT_RECOGNIZED_WARNING],
  },
  data_warnings: [INVOICES_NOT_RECOGNIZED_WARNING, '3 rows dropped: missing Total'],
  manifest: GATED_MANIFEST,
  manifest_summary: '3 steps succeeded, 2 skipped, 1 failed (lock: 9b1e77d0)',
  conclusion: {
    takeaway: DOCTRINE_SAFE_CONCLUSION_TEXT.takeaway,
    nextAction: DOCTRINE_SAFE_CONCLUSION_TEXT.nextAction,
    evidence: [INVOICES_NOT_RECOGNIZED_WARNING, '3 rows dropped: missing Total'],
  },
  presented_watch_list: null,
  lock_id: GATED_MANIFEST.lock_id as string,
};

/** The workspace lock held by `user-reviewer` for an hour, as the holder (or an admin) sees it. */
export const LIVE_LOCK: RunLockState = {
  workspace_id: 'ws-northwind-hvac',
  live: true,
  holder: 'user-reviewer',
  lock_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  acquired_at: '2026-12-03T09:15:00Z',
  expires_at: '2026-12-03T10:15:00Z',
  fencing_token: 7,
  current_fencing_token: 7,
};

/** "Now" for {@link LIVE_LOCK}: 4 min 30 s before it expires. */
export const LIVE_LOCK_NOW = Date.parse('2026-12-03T10:10:30Z');

/** A workspace nobody holds. */
export const FREE_LOCK: RunLockState = {
  workspace_id: 'ws-northwind-hvac',
  live: false,
  holder: null,
  lock_id: null,
  acquired_at: null,
  expires_at: null,
  fencing_token: null,
  current_fencing_token: 7,
};
