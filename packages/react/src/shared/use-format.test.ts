import { describe, expect, it } from 'vitest';
import { createFormat } from './use-format';

describe('createFormat', () => {
  const en = createFormat('en-GB', 'UTC');
  const de = createFormat('de-DE', 'Europe/Berlin');

  it('formats dates in the locale and time zone, invalid input as empty', () => {
    expect(en.dateTime('2026-12-03T13:05:00Z')).toBe('3 Dec 2026, 13:05');
    expect(de.dateTime('2026-12-03T13:05:00Z')).toBe('03.12.2026, 14:05');
    expect(en.dateTime('2026-12-03 13:05:00')).toBe('3 Dec 2026, 13:05');
    expect(en.dateTime('not a date')).toBe('');
  });

  it('formats numbers with the locale grouping', () => {
    expect(en.number(12345)).toBe('12,345');
    expect(de.number(12345)).toBe('12.345');
  });

  it('formats durations as their two largest units', () => {
    expect(en.duration(7500)).toBe('2 hrs 5 mins');
    expect(en.duration(45)).toBe('45 secs');
    expect(en.duration(0.35)).toBe('350 ms');
    expect(en.duration(90061)).toBe('1 day 1 hr');
    expect(de.duration(125)).toBe('2 Min. 5 Sek.');
  });

  it('formats relative time in the best unit', () => {
    const now = Date.parse('2026-12-03T12:00:00Z');
    expect(en.relativeTime('2026-12-03T11:55:00Z', now)).toBe('5 minutes ago');
    expect(de.relativeTime('2026-12-01T12:00:00Z', now)).toBe('vorgestern');
    expect(en.relativeTime('2026-12-03T12:00:00Z', now)).toBe('now');
  });

  it('formats bytes in the best unit', () => {
    expect(en.bytes(512)).toBe('512B');
    expect(en.bytes(1_234_567)).toBe('1.2 MB');
  });
});
