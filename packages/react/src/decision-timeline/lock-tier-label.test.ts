import { describe, expect, it } from 'vitest';
import { decisionTimelineMessages as en } from './decision-timeline-messages';
import { decisionTimelineMessagesDe as de } from './decision-timeline-messages-de';
import { lockTierLabel } from './lock-tier-label';

describe('lockTierLabel', () => {
  it('names every tier of the contract by its key, in the messages language', () => {
    expect(lockTierLabel({ tier_key: 'override_actor' }, en)).toBe('Override actor');
    expect(lockTierLabel({ tier_key: 'override_actor' }, de)).toBe('Override-Auslöser');
    expect(lockTierLabel({ tier_key: 'platform_admin', tier: 'admin' }, en)).toBe('Platform admin');
    expect(lockTierLabel({ tier_key: 'target_reviewer' }, en)).toBe('Target reviewer');
    expect(lockTierLabel({ tier_key: 'execution_runner' }, de)).toBe('Ausführender');
  });

  it('names team tiers by role, and an unknown role by its key', () => {
    expect(lockTierLabel({ tier_key: 'team:owner' }, en)).toBe('Team owner');
    expect(lockTierLabel({ tier_key: 'team:lead' }, de)).toBe('Team: Leitung');
    expect(lockTierLabel({ tier_key: 'team:qa_lead' }, en)).toBe('Team qa lead');
  });

  it('falls back to the server label, humanised, and never to nothing', () => {
    expect(lockTierLabel({ tier: 'Override actor' }, de)).toBe('Override-Auslöser');
    expect(lockTierLabel({ tier: 'admin' }, en)).toBe('Platform admin');
    expect(lockTierLabel({ tier_key: 'regional_steward' }, en)).toBe('regional steward');
    expect(lockTierLabel({}, en)).toBe('—');
    // A key that is an Object.prototype member is still just an unknown tier.
    expect(lockTierLabel({ tier_key: 'constructor' }, en)).toBe('constructor');
  });
});
