import { describe, expect, it } from 'vitest';
import { type ContractWarning, safeParseContract } from '../shared/parse-mode';
import { RunLockStateSchema } from './run-lock';
import { RunResultSchema } from './run-result';

const step = (step_name: string, status: string) => ({ step_name, status, fencing_token: 2 });

const RESULT = {
  run_id: 'run-1',
  workspace_id: 'ws-1',
  owner: 'alice',
  status: 'succeeded',
  gated: true,
  confident: false,
  readiness: {
    level: 'partial',
    diagnose_mode: true,
    suppress_inference: true,
    reason:
      'Invoices file uploaded but no invoices recognized. Check date formats and column headers.',
    data_warnings: ['w'],
  },
  data_warnings: ['w'],
  input_fingerprint: '0123456789ab',
  manifest: {
    run_id: 'run-1',
    workspace_id: 'ws-1',
    mode: 'mock',
    lock_id: '3f2a9c1b-0000',
    fencing_token: 2,
    created_at: '2026-02-03T10:00:00.000Z',
    finalized_at: '2026-02-03T10:00:01.000Z',
    steps: [
      step('parse_normalize_pack', 'succeeded'),
      step('build_business_profile', 'succeeded'),
      step('build_snapshot_v2', 'succeeded'),
      step('predictive_context', 'succeeded'),
      step('infer_decision_v2', 'skipped'),
      step('validate_conclusion_v2', 'skipped'),
    ],
  },
  manifest_summary: '4 steps succeeded, 2 skipped, 0 failed (lock: 3f2a9c1b)',
  conclusion: { takeaway: 't', nextAction: 'n', evidence: ['w'] },
  predictive_context: null,
  presented_watch_list: null,
  lock_id: '3f2a9c1b-0000',
  fencing_token: 2,
  created_at: '2026-02-03T10:00:00.000Z',
  finished_at: '2026-02-03T10:00:01.000Z',
  error: null,
};

describe('RunResultSchema', () => {
  it('parses a run result strictly', () => {
    expect(safeParseContract(RunResultSchema, RESULT, { mode: 'strict' }).success).toBe(true);
  });

  it('keeps and reports unknown step names/statuses and extra fields from a newer server', () => {
    const newer = {
      ...RESULT,
      archetypes: [],
      manifest: {
        ...RESULT.manifest,
        steps: [...RESULT.manifest.steps, step('layer_fusion', 'retrying')],
      },
    };
    const warnings: ContractWarning[] = [];
    const parsed = safeParseContract(RunResultSchema, newer, {
      onWarning: (w) => warnings.push(w),
    });
    expect(parsed.success).toBe(true);
    expect(warnings.map((w) => `${w.code}:${w.path.join('.')}`).sort()).toEqual([
      'unknown_enum_value:manifest.steps.6.status',
      'unknown_enum_value:manifest.steps.6.step_name',
      'unknown_field:archetypes',
    ]);
    expect(safeParseContract(RunResultSchema, newer, { mode: 'strict' }).success).toBe(false);
  });
});

describe('RunLockStateSchema', () => {
  it('parses an empty and a held lock', () => {
    const empty = {
      workspace_id: 'ws',
      live: false,
      holder: null,
      lock_id: null,
      acquired_at: null,
      expires_at: null,
      fencing_token: null,
      current_fencing_token: 0,
    };
    expect(RunLockStateSchema.parse(empty)).toEqual(empty);
    expect(RunLockStateSchema.safeParse({ ...empty, fencing_token: -1, live: true }).success).toBe(
      false,
    );
  });
});
