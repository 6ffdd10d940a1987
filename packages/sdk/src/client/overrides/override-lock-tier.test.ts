import { describe, expect, it } from 'vitest';
import { OVERRIDE_LOCK_TIERS, overrideLockTier } from './override-lock-tier';

describe('overrideLockTier', () => {
  it('reads every fixed tier of the contract by its key', () => {
    for (const tier of OVERRIDE_LOCK_TIERS) {
      expect(overrideLockTier({ tier_key: tier })).toEqual({ kind: 'fixed', tier });
    }
    expect(overrideLockTier({ tier_key: 'platform_admin', tier: 'admin' })).toEqual({
      kind: 'fixed',
      tier: 'platform_admin',
    });
  });

  it('falls back to the server label, in any case and spacing, and its admin alias', () => {
    expect(overrideLockTier({ tier: 'Override actor' })).toEqual({
      kind: 'fixed',
      tier: 'override_actor',
    });
    expect(overrideLockTier({ tier: ' target-reviewer ' })).toEqual({
      kind: 'fixed',
      tier: 'target_reviewer',
    });
    expect(overrideLockTier({ tier: 'admin' })).toEqual({ kind: 'fixed', tier: 'platform_admin' });
    // A blank key is skipped for the label.
    expect(overrideLockTier({ tier_key: ' ', tier: 'override_actor' })).toEqual({
      kind: 'fixed',
      tier: 'override_actor',
    });
  });

  it('reads team tiers with their role, known or not', () => {
    expect(overrideLockTier({ tier_key: 'team:owner' })).toEqual({
      kind: 'team',
      role: 'owner',
      known: true,
    });
    expect(overrideLockTier({ tier_key: 'Team:QA Lead' })).toEqual({
      kind: 'team',
      role: 'qa_lead',
      known: false,
    });
    // Object.prototype members are not roles or aliases.
    expect(overrideLockTier({ tier_key: 'team:constructor' })).toMatchObject({ known: false });
    expect(overrideLockTier({ tier_key: 'constructor' })).toEqual({
      kind: 'other',
      label: 'constructor',
    });
  });

  it('keeps a tier it does not know as the server sent it, and says when there is none', () => {
    expect(overrideLockTier({ tier_key: 'regional_steward' })).toEqual({
      kind: 'other',
      label: 'regional_steward',
    });
    expect(overrideLockTier({ tier: 'Regional steward', tier_key: 'regional_steward' })).toEqual({
      kind: 'other',
      label: 'Regional steward',
    });
    expect(overrideLockTier({})).toEqual({ kind: 'other', label: undefined });
    expect(overrideLockTier({ tier: null, tier_key: null })).toEqual({
      kind: 'other',
      label: undefined,
    });
  });
});
