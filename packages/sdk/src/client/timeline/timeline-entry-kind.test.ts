import { describe, expect, expectTypeOf, it } from 'vitest';
import type {
  OverrideActionTimelineEntry,
  TimelineEntry,
} from '../../schemas/timeline/timeline-entry';
import { timelineTestEntry } from './fixtures/timeline-test-entry';
import {
  isTimelineEntryKind,
  TIMELINE_ENTRY_KINDS,
  timelineEntryKind,
  timelineEntryOverrideId,
} from './timeline-entry-kind';

const override = (fields: Record<string, unknown>, detail: Record<string, unknown> = {}) =>
  timelineTestEntry({
    entry_type: 'override_action',
    ...fields,
    detail: { override_id: 'ovr-1', ...detail },
  });
const baseline = (action: string | null) =>
  timelineTestEntry({ entry_type: 'baseline_event', action, baseline_id: 'bl-1' });

describe('timelineEntryKind', () => {
  it('tells a reversal from another override action by action, status or detail', () => {
    expect(timelineEntryKind(override({ action: 'execute', status: 'executed' }))).toBe(
      'override_action',
    );
    expect(timelineEntryKind(override({ action: 'reverse' }))).toBe('override_reversal');
    expect(timelineEntryKind(override({ action: 'execute', status: 'reversed' }))).toBe(
      'override_reversal',
    );
    expect(timelineEntryKind(override({ action: 'execute' }, { reversal: true }))).toBe(
      'override_reversal',
    );
    expect(
      timelineEntryKind(
        override(
          { action: 'execute' },
          {
            reversal_event: {
              id: 'rev-1',
              override_id: 'ovr-1',
              created_at: '2026-01-15T12:00:00Z',
            },
          },
        ),
      ),
    ).toBe('override_reversal');
  });

  it('tells an approval event (submit, approve, reject) from other baseline events', () => {
    expect(timelineEntryKind(baseline('submitted'))).toBe('approval_event');
    expect(timelineEntryKind(baseline('approved'))).toBe('approval_event');
    expect(timelineEntryKind(baseline('rejected'))).toBe('approval_event');
    expect(timelineEntryKind(baseline('published'))).toBe('baseline_event');
    expect(timelineEntryKind(baseline(null))).toBe('baseline_event');
  });

  it('keeps the other known types and calls a newer server’s type unknown', () => {
    const note = timelineTestEntry({
      entry_type: 'coaching_note',
      detail: { note_id: 'n1', override_id: 'ovr-1', body: 'Hi', moderation_state: 'visible' },
    });
    expect(timelineEntryKind(note)).toBe('coaching_note');
    expect(timelineEntryKind(timelineTestEntry({ entry_type: 'analytics_snapshot' }))).toBe(
      'analytics_snapshot',
    );
    const newer = timelineTestEntry({ entry_type: 'policy_change', detail: { any: 1 } });
    expect(timelineEntryKind(newer)).toBe('unknown');
    expect(timelineEntryOverrideId(newer)).toBeUndefined();
    expect(timelineEntryOverrideId(note)).toBeUndefined();
  });

  it('lists every kind once, each reachable', () => {
    expect(new Set(TIMELINE_ENTRY_KINDS).size).toBe(TIMELINE_ENTRY_KINDS.length);
    expect(TIMELINE_ENTRY_KINDS).toContain('unknown');
  });
});

describe('timelineEntryOverrideId', () => {
  it('reads the override of override actions and reversals', () => {
    expect(timelineEntryOverrideId(override({ action: 'execute' }))).toBe('ovr-1');
    expect(timelineEntryOverrideId(override({ action: 'reverse' }))).toBe('ovr-1');
    expect(timelineEntryOverrideId(baseline('approved'))).toBeUndefined();
  });
});

describe('isTimelineEntryKind', () => {
  it('narrows an entry to its kind’s type', () => {
    const entry: TimelineEntry = override({ action: 'reverse' });
    expect(isTimelineEntryKind(entry, 'override_reversal')).toBe(true);
    expect(isTimelineEntryKind(entry, 'override_action')).toBe(false);
    if (isTimelineEntryKind(entry, 'override_reversal')) {
      expectTypeOf(entry).toEqualTypeOf<OverrideActionTimelineEntry>();
      expect(entry.detail.override_id).toBe('ovr-1');
    }
  });
});
