import { describe, expect, it } from 'vitest';
import { timestampMs } from '../../schemas/shared/timestamp-ms';
import { timelineTestEntry } from './fixtures/timeline-test-entry';
import { timelineFilterPredicate, timelineFiltersActive } from './timeline-entry-filter';

// Local calendar days, as a date input gives them.
const day = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const HOUR = 3_600_000;
const START = new Date(2026, 0, 10, 0, 30).getTime(); // 00:30 local, 10 Jan 2026

// Three local days of entries, one per hour, alternating actors and kinds.
const entries = Array.from({ length: 72 }, (_, index) =>
  timelineTestEntry({
    entry_id: `evt-${index}`,
    entry_type: index % 2 ? 'baseline_event' : 'override_action',
    action: index % 2 ? 'approved' : 'execute',
    occurred_at: new Date(START + index * HOUR).toISOString(),
    actor: index % 3 ? { id: 'user-lead', name: 'Lee Lead' } : { id: 'u-2', email: 'Mo@Gov.test' },
    detail: index % 2 ? {} : { override_id: `ovr-${index}` },
  }),
);

describe('timelineFilterPredicate', () => {
  it('keeps one local day, both ends inclusive', () => {
    const target = day(START + 30 * HOUR);
    const kept = entries.filter(timelineFilterPredicate({ from: target, to: target }));
    expect(kept).toHaveLength(24);
    expect(kept.every((entry) => day(timestampMs(entry.occurred_at)) === target)).toBe(true);
    expect(entries.filter(timelineFilterPredicate({ from: target }))).toHaveLength(48);
    expect(entries.filter(timelineFilterPredicate({ to: day(START) }))).toHaveLength(24);
  });

  it('matches part of the actor’s name, email or id, case-insensitive and trimmed', () => {
    expect(entries.filter(timelineFilterPredicate({ actor: ' LEE ' }))).toHaveLength(48);
    expect(entries.filter(timelineFilterPredicate({ actor: 'mo@gov' }))).toHaveLength(24);
    expect(entries.filter(timelineFilterPredicate({ actor: 'u-2' }))).toHaveLength(24);
    expect(entries.filter(timelineFilterPredicate({ actor: 'nobody' }))).toHaveLength(0);
  });

  it('filters by kind (not only entry type) and combines filters', () => {
    expect(entries.filter(timelineFilterPredicate({ kind: 'approval_event' }))).toHaveLength(36);
    expect(entries.filter(timelineFilterPredicate({ kind: 'baseline_event' }))).toHaveLength(0);
    expect(
      entries.filter(timelineFilterPredicate({ kind: 'override_action', actor: 'lee' })),
    ).toHaveLength(24);
  });

  it('reads SQLite timestamps as UTC and drops unreadable times under a day filter', () => {
    const sqlite = timelineTestEntry({ occurred_at: '2026-01-11 12:00:00', entry_type: 'x' });
    const iso = timelineTestEntry({ occurred_at: '2026-01-11T12:00:00Z', entry_type: 'x' });
    const broken = timelineTestEntry({ occurred_at: 'yesterday', entry_type: 'x' });
    const target = day(Date.UTC(2026, 0, 11, 12));
    const predicate = timelineFilterPredicate({ from: target, to: target });
    expect([sqlite, iso, broken].map(predicate)).toEqual([true, true, false]);
    // Without a day filter nothing reads the time.
    expect(timelineFilterPredicate({})(broken)).toBe(true);
    // A day that is not `YYYY-MM-DD` is no bound.
    expect(timelineFilterPredicate({ from: 'soon' })(broken)).toBe(true);
  });
});

describe('timelineFiltersActive', () => {
  it('is false for no filter and a blank actor, true for any set filter', () => {
    expect(timelineFiltersActive({})).toBe(false);
    expect(timelineFiltersActive({ actor: '   ' })).toBe(false);
    expect(timelineFiltersActive({ kind: 'unknown' })).toBe(true);
    expect(timelineFiltersActive({ actor: 'lee' })).toBe(true);
    expect(timelineFiltersActive({ from: '2026-01-01' })).toBe(true);
    expect(timelineFiltersActive({ to: '2026-01-01' })).toBe(true);
  });
});

describe('timestampMs', () => {
  it('reads ISO and SQLite (UTC) timestamps, NaN for anything else', () => {
    expect(timestampMs('2026-01-11T12:00:00Z')).toBe(Date.UTC(2026, 0, 11, 12));
    expect(timestampMs('2026-01-11 12:00:00.250')).toBe(Date.UTC(2026, 0, 11, 12, 0, 0, 250));
    expect(timestampMs('2026-01-11T13:00:00+01:00')).toBe(Date.UTC(2026, 0, 11, 12));
    expect(timestampMs('not a time')).toBeNaN();
  });
});
