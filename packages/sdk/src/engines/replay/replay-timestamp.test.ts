import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatReplayTimestamp, parseReplayTimestamp } from './replay-timestamp';

const runs = Number(process.env.GOVKIT_FC_RUNS) || 200;

describe('parseReplayTimestamp', () => {
  it.each([
    ['2024-01-28T10:30:00Z', Date.UTC(2024, 0, 28, 10, 30, 0)],
    ['2024-01-28T10:30:00.123Z', Date.UTC(2024, 0, 28, 10, 30, 0, 123)],
    ['2024-01-28T10:30:00+00:00', Date.UTC(2024, 0, 28, 10, 30, 0)],
    ['2024-01-28T12:30:00+02:00', Date.UTC(2024, 0, 28, 10, 30, 0)],
    ['2024-01-28T05:00:00-0530', Date.UTC(2024, 0, 28, 10, 30, 0)],
    ['2024-01-28T10:30:00', Date.UTC(2024, 0, 28, 10, 30, 0)],
    ['2024-01-28 10:30:00', Date.UTC(2024, 0, 28, 10, 30, 0)],
    ['2024-01-28 10:30', Date.UTC(2024, 0, 28, 10, 30, 0)],
    ['2024-01-28', Date.UTC(2024, 0, 28)],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
    ['2024-01-28T15:30:00+05', Date.UTC(2024, 0, 28, 10, 30, 0)],
    ['2024-01-28T10:30:00,5Z', Date.UTC(2024, 0, 28, 10, 30, 0, 500)],
    ['2024-01-28t10:30:00z', Date.UTC(2024, 0, 28, 10, 30, 0)],
    ['2024-01-28 10:30:00 +00:00', Date.UTC(2024, 0, 28, 10, 30, 0)],
    ['  2024-01-28T10:30:00Z ', Date.UTC(2024, 0, 28, 10, 30, 0)],
  ])('%s', (input, expected) => {
    expect(parseReplayTimestamp(input)).toBe(expected);
  });

  it('keeps microseconds as a fraction of a millisecond', () => {
    const a = parseReplayTimestamp('2024-01-28T10:30:00.123456+00:00');
    const b = parseReplayTimestamp('2024-01-28T10:30:00.123457+00:00');
    expect(a).toBeCloseTo(Date.UTC(2024, 0, 28, 10, 30, 0, 123) + 0.456, 6);
    expect(b).toBeGreaterThan(a);
  });

  it('orders SQLite events and ISO audits of the same day by real time', () => {
    const event = parseReplayTimestamp('2024-01-28 11:00:00');
    const audit = parseReplayTimestamp('2024-01-28T10:30:00.000001+00:00');
    expect(event).toBeGreaterThan(audit);
  });

  it.each([
    '',
    'yesterday',
    '2024-13-01T00:00:00Z',
    '2024-02-31 00:00:00',
    '2023-02-29',
    '2024-01-28T25:00:00Z',
    '2024-01-28T10:60:00Z',
    '2024-01-28T',
    '2024-01-28T10:30:00.',
    '2024-01-28T10:30:00Zjunk',
    '2024-01-28T10:30:00+5',
    '2024/01/28',
    '24-01-28',
  ])('gives NaN for %j', (input) => {
    expect(parseReplayTimestamp(input)).toBeNaN();
  });

  it('agrees with Date for every ISO string Date produces', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
        const iso = new Date(ms).toISOString();
        expect(parseReplayTimestamp(iso)).toBe(ms);
        expect(parseReplayTimestamp(iso.replace('T', ' ').replace('Z', ''))).toBe(ms);
      }),
      { numRuns: runs },
    );
  });
});

describe('formatReplayTimestamp', () => {
  it('turns SQLite timestamps into ISO UTC', () => {
    expect(formatReplayTimestamp('2024-01-28 10:25:00')).toBe('2024-01-28T10:25:00Z');
    expect(formatReplayTimestamp('2024-01-28 10:25:00.5')).toBe('2024-01-28T10:25:00.5Z');
  });

  it('keeps everything else as stored', () => {
    for (const value of ['2024-01-28T10:30:00.123456+00:00', '2024-01-28T10:30:00Z', 'garbage']) {
      expect(formatReplayTimestamp(value)).toBe(value);
    }
  });

  it('formats to a string that parses to the same instant', () => {
    const raw = '2024-01-28 10:25:00';
    expect(parseReplayTimestamp(formatReplayTimestamp(raw))).toBe(parseReplayTimestamp(raw));
  });
});
