import { describe, expect, it } from 'vitest';
import { type ContractWarning, parseContract, safeParseContract } from '../shared/parse-mode';
import { OverrideActionOutcomeSchema } from './override-action-outcome';
import { overrideRuleKeyOf } from './override-recommendation';

const wireOutcome = {
  id: 'ov-1',
  recommendation_id: 'cadence_overload:u-2',
  actor_id: 'u-1',
  action: 'reassign',
  status: 'reversed',
  execution_id: 'exe-1',
  baseline_id: 'b-1',
  target_reviewer_id: 'u-2',
  reversible: true,
  notes: null,
  meta: { source: 'console' },
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-01T00:05:00Z',
  lineage: {
    scenario: { id: 'sc-1', name: 'Scenario', folder_name: null },
    captured_at: '2025-01-01T00:00:00Z',
    captured_by: { id: 'u-1', name: null, email: 'a@x' },
    meta: { notebook_entry_version_id: 'v1' },
  },
  reversal_event: {
    id: 'rev-1',
    override_id: 'ov-1',
    actor: { id: 'u-1', name: 'Ada', email: 'a@x' },
    created_at: '2025-01-01T00:05:00Z',
    cooldown_expires_at: '2025-01-01T00:35:00Z',
    cooldown_window_minutes: 30,
    diffs: [{ key: 'changed', before: true, after: true }],
    previous_detail: { changed: true },
    current_detail: { changed: true },
    metadata: { cooldown_minutes: 30 },
  },
  cooldown_expires_at: '2025-01-01T00:35:00Z',
  cooldown_window_minutes: 30,
  reversal_lock_token: null,
};

describe('OverrideActionOutcomeSchema', () => {
  it('normalises the real wire key meta to metadata (outcome and lineage)', () => {
    const outcome = parseContract(OverrideActionOutcomeSchema, wireOutcome);
    expect(outcome.metadata).toEqual({ source: 'console' });
    expect(outcome.lineage?.metadata).toEqual({ notebook_entry_version_id: 'v1' });
    expect('meta' in outcome).toBe(false);
    expect(outcome.reversal_event?.cooldown_window_minutes).toBe(30);
  });

  it('parses a strict payload without warnings', () => {
    const result = safeParseContract(OverrideActionOutcomeSchema, wireOutcome, { mode: 'strict' });
    expect(result.success).toBe(true);
  });

  it('keeps an unknown status and reports it', () => {
    const warnings: ContractWarning[] = [];
    const outcome = parseContract(
      OverrideActionOutcomeSchema,
      { ...wireOutcome, status: 'archived', surprise: 1 },
      { onWarning: (w) => warnings.push(w) },
    );
    expect(outcome.status).toBe('archived');
    expect(warnings.map((w) => w.code).sort()).toEqual(['unknown_enum_value', 'unknown_field']);
  });

  it('derives the rule key from a recommendation id', () => {
    expect(overrideRuleKeyOf('cadence_overload:u-2')).toBe('cadence_overload');
    expect(overrideRuleKeyOf('a:b:c')).toBe('a');
    expect(overrideRuleKeyOf('manual')).toBe('manual');
  });
});
