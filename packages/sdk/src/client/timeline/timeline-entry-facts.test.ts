import { describe, expect, it } from 'vitest';
import { timelineTestEntry } from './fixtures/timeline-test-entry';
import { governanceActorName, timelineEntryFacts } from './timeline-entry-facts';

const lineage = {
  scenario: { id: 'scn-1', name: 'Q3 surge' },
  notebook_entry: { id: 'nb-7' },
};

describe('timelineEntryFacts', () => {
  it('reads an override action from the entry first, then its detail', () => {
    const onEntry = timelineTestEntry({
      entry_type: 'override_action',
      action: 'execute',
      status: 'executed',
      rule_key: 'sla.breach',
      summary: 'Executed by the lead',
      lineage,
      detail: {
        override_id: 'ovr-1',
        action: 'accept',
        status: 'accepted',
        notes: 'Backlog cleared',
        cooldown_expires_at: '2026-01-15T12:30:00Z',
      },
    });
    expect(timelineEntryFacts(onEntry)).toEqual({
      action: 'execute',
      status: 'executed',
      reason: 'Backlog cleared',
      rule: 'sla.breach',
      scenario: 'Q3 surge',
      notebook: 'nb-7',
      cooldownExpiresAt: '2026-01-15T12:30:00Z',
    });
    const inDetail = timelineTestEntry({
      entry_type: 'override_action',
      summary: 'Accepted',
      detail: { override_id: 'ovr-1', action: 'accept', status: 'accepted', rule_key: 'r.2' },
    });
    expect(timelineEntryFacts(inDetail)).toMatchObject({
      action: 'accept',
      status: 'accepted',
      reason: 'Accepted',
      rule: 'r.2',
      scenario: undefined,
      cooldownExpiresAt: undefined,
    });
  });

  it('reads a reversal from its detail first, with the reversal event’s cooldown', () => {
    const reversal = timelineTestEntry({
      entry_type: 'override_action',
      action: 'reverse',
      summary: 'Reversed',
      detail: {
        override_id: 'ovr-1',
        action: 'reassign',
        notes: 'Original notes',
        reversal_notes: 'Wrong reviewer',
        reversal_event: {
          id: 'rev-1',
          override_id: 'ovr-1',
          created_at: '2026-01-15T12:00:00Z',
          cooldown_expires_at: '2026-01-15T12:30:00Z',
        },
      },
    });
    expect(timelineEntryFacts(reversal)).toMatchObject({
      action: 'reassign',
      status: 'reversed',
      reason: 'Wrong reviewer',
      cooldownExpiresAt: '2026-01-15T12:30:00Z',
    });
    const bare = timelineTestEntry({
      entry_type: 'override_action',
      action: 'reverse',
      summary: 'Reversed',
      detail: { override_id: 'ovr-1' },
    });
    expect(timelineEntryFacts(bare)).toMatchObject({
      action: 'reverse',
      reason: 'Reversed',
      cooldownExpiresAt: undefined,
    });
  });

  it('reads a recommendation’s action, priority, summary and rule from its recommendation', () => {
    const recommendation = timelineTestEntry({
      entry_type: 'override_recommendation',
      summary: 'Generated',
      detail: {
        rule_key: 'lag.p95',
        recommendation: { action: 'reassign', priority: 'high', summary: 'Reviewer overloaded' },
      },
    });
    expect(timelineEntryFacts(recommendation)).toMatchObject({
      action: 'reassign',
      status: 'high',
      reason: 'Reviewer overloaded',
      rule: 'lag.p95',
    });
    const without = timelineTestEntry({ entry_type: 'override_recommendation', summary: 'S' });
    expect(timelineEntryFacts(without)).toMatchObject({
      action: undefined,
      status: undefined,
      reason: 'S',
    });
  });

  it('names a baseline event by its action, else its status; other kinds by their fields', () => {
    const published = timelineTestEntry({ entry_type: 'baseline_event', status: 'published' });
    expect(timelineEntryFacts(published).action).toBe('published');
    const approved = timelineTestEntry({
      entry_type: 'baseline_event',
      action: 'approved',
      status: 'approved',
      summary: 'Looks right',
    });
    expect(timelineEntryFacts(approved)).toMatchObject({
      action: 'approved',
      reason: 'Looks right',
    });
    const newer = timelineTestEntry({ entry_type: 'policy_change', status: 'applied' });
    expect(timelineEntryFacts(newer)).toMatchObject({ action: undefined, status: 'applied' });
  });
});

describe('governanceActorName', () => {
  it('names an actor by name, else email, else id, skipping empty strings', () => {
    expect(governanceActorName({ id: 'u1', name: 'Lee', email: 'lee@x.test' })).toBe('Lee');
    expect(governanceActorName({ id: 'u1', name: '', email: 'lee@x.test' })).toBe('lee@x.test');
    expect(governanceActorName({ id: 'u1', name: null })).toBe('u1');
    expect(governanceActorName({})).toBeUndefined();
    expect(governanceActorName(null)).toBeUndefined();
  });
});
