import { describe, expect, it } from 'vitest';
import { analyticsMinutesBetween, analyticsPercentile } from './analytics-math';

describe('analyticsPercentile', () => {
  it('interpolates between closest ranks and clamps p to 0..100', () => {
    expect(analyticsPercentile([40, 10, 30, 20], 50)).toBe(25);
    expect(analyticsPercentile([10, 20, 30, 40], 100)).toBe(40);
    expect(analyticsPercentile([10, 20, 30, 40], 250)).toBe(40);
    expect(analyticsPercentile([10, 20, 30, 40], -5)).toBe(10);
    expect(analyticsPercentile([7], 90)).toBe(7);
    expect(analyticsPercentile([], 50)).toBeNull();
  });
});

describe('analyticsMinutesBetween', () => {
  it('is null for a missing or unparseable timestamp', () => {
    expect(analyticsMinutesBetween('2025-01-01T00:00:00Z', '2025-01-01T01:30:00Z')).toBe(90);
    expect(analyticsMinutesBetween(null, '2025-01-01T01:30:00Z')).toBeNull();
    expect(analyticsMinutesBetween('2025-01-01T00:00:00Z', 'not a date')).toBeNull();
    expect(analyticsMinutesBetween('yesterday', '2025-01-01T00:00:00Z')).toBeNull();
  });
});
