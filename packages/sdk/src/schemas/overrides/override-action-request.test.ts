import { describe, expect, it } from 'vitest';
import { DOMAIN_ERROR_DETAILS } from '../shared/domain-error-contract';
import {
  OVERRIDE_REASSIGN_CONTEXT_DETAIL,
  OverrideActionRequestSchema,
  OverrideRecommendationsParamsSchema,
  OverrideReverseRequestSchema,
} from './override-action-request';

const base = { execution_id: 'exe-1', action: 'escalate' as const };

describe('OverrideActionRequestSchema', () => {
  it('requires a lineage with the contract message', () => {
    const result = OverrideActionRequestSchema.safeParse(base);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['lineage', DOMAIN_ERROR_DETAILS.lineageRequired],
    ]);
    const nullLineage = OverrideActionRequestSchema.safeParse({ ...base, lineage: null });
    expect(nullLineage.error?.issues[0]?.message).toBe(DOMAIN_ERROR_DETAILS.lineageRequired);
  });

  it('requires scenario or notebook provenance', () => {
    const result = OverrideActionRequestSchema.safeParse({ ...base, lineage: { metadata: {} } });
    expect(result.error?.issues[0]?.message).toBe(DOMAIN_ERROR_DETAILS.lineageProvenance);
    expect(result.error?.issues[0]?.path).toEqual(['lineage']);
  });

  it('accepts a notebook-only lineage and drops null metadata values', () => {
    const parsed = OverrideActionRequestSchema.parse({
      ...base,
      metadata: { urgency: 'high', dropped: null },
      lineage: { notebook_entry_id: 'nb-1', notebook_entry_version_id: 'v2' },
    });
    expect(parsed.metadata).toEqual({ urgency: 'high' });
    expect(parsed.lineage).toEqual({
      notebook_entry_id: 'nb-1',
      notebook_entry_version_id: 'v2',
      metadata: {},
    });
  });

  it('requires baseline and target reviewer for a reassign', () => {
    const lineage = { scenario_id: 'sc-1' };
    const missing = OverrideActionRequestSchema.safeParse({ ...base, action: 'reassign', lineage });
    expect(missing.error?.issues[0]?.message).toBe(OVERRIDE_REASSIGN_CONTEXT_DETAIL);
    const ok = OverrideActionRequestSchema.safeParse({
      ...base,
      action: 'reassign',
      baseline_id: 'b-1',
      target_reviewer_id: 'u-2',
      lineage,
    });
    expect(ok.success).toBe(true);
  });

  it('rejects unknown keys and unknown actions (requests are closed)', () => {
    const lineage = { scenario_id: 'sc-1' };
    expect(OverrideActionRequestSchema.safeParse({ ...base, lineage, extra: 1 }).success).toBe(
      false,
    );
    expect(
      OverrideActionRequestSchema.safeParse({ ...base, action: 'pause', lineage }).success,
    ).toBe(false);
  });
});

describe('OverrideReverseRequestSchema', () => {
  it('coerces cooldown_minutes and keeps other metadata', () => {
    const parsed = OverrideReverseRequestSchema.parse({
      execution_id: 'exe-1',
      metadata: { cooldown_minutes: '30', source: 'experiment-console', gone: null },
    });
    expect(parsed.metadata).toEqual({ cooldown_minutes: 30, source: 'experiment-console' });
  });
  it('rejects negative or fractional cooldowns and any lineage', () => {
    const bad = (metadata: unknown) =>
      OverrideReverseRequestSchema.safeParse({ execution_id: 'e', metadata }).success;
    expect(bad({ cooldown_minutes: -1 })).toBe(false);
    expect(bad({ cooldown_minutes: 1.5 })).toBe(false);
    expect(bad({ cooldown_minutes: 'soon' })).toBe(false);
    expect(
      OverrideReverseRequestSchema.safeParse({ execution_id: 'e', lineage: { scenario_id: 's' } })
        .success,
    ).toBe(false);
  });
  it('defaults metadata to an empty object', () => {
    expect(OverrideReverseRequestSchema.parse({ execution_id: 'e' }).metadata).toEqual({});
  });
});

describe('OverrideRecommendationsParamsSchema', () => {
  it('coerces and bounds limit 1..200 with default 50', () => {
    expect(OverrideRecommendationsParamsSchema.parse({}).limit).toBe(50);
    expect(OverrideRecommendationsParamsSchema.parse({ limit: '200' }).limit).toBe(200);
    expect(OverrideRecommendationsParamsSchema.safeParse({ limit: '0' }).success).toBe(false);
    expect(OverrideRecommendationsParamsSchema.safeParse({ limit: '201' }).success).toBe(false);
  });
});
