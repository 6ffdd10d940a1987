import { describe, expect, it } from 'vitest';
import { checkFaultConfig, hasFaults, mergeFaults, parseFaultHeader } from './fault-config';

describe('parseFaultHeader', () => {
  it('reads every key, in any order and separator', () => {
    expect(parseFaultHeader('latency=200;error=503;rate=0.5;retry-after=2;drop')).toEqual({
      ok: true,
      faults: {
        latencyMs: 200,
        errorStatus: 503,
        errorRate: 0.5,
        retryAfterSeconds: 2,
        dropRate: 1,
      },
    });
    expect(parseFaultHeader(' drop=0.25 , latency=0 ')).toEqual({
      ok: true,
      faults: { dropRate: 0.25, latencyMs: 0 },
    });
  });

  it('makes an error without a rate certain', () => {
    expect(parseFaultHeader('error=429')).toEqual({
      ok: true,
      faults: { errorStatus: 429, errorRate: 1 },
    });
  });

  it.each([
    ['latency=-1', /latency/],
    ['error=200', /error must be/],
    ['error=503;rate=2', /rate must be/],
    ['rate=0.5', /rate needs error/],
    ['retry-after=1.5', /retry-after/],
    ['drop=x', /drop must be/],
    ['explode', /unknown key "explode"/],
  ])('refuses %s', (header, message) => {
    const parsed = parseFaultHeader(header);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});

describe('fault configuration helpers', () => {
  it('lets the header override the global values it names', () => {
    expect(
      mergeFaults({ latencyMs: 100, errorRate: 0.1 }, { errorRate: 1, errorStatus: 500 }),
    ).toEqual({ latencyMs: 100, errorRate: 1, errorStatus: 500 });
  });

  it('validates global configurations and knows when there is nothing to do', () => {
    expect(checkFaultConfig({ errorRate: 0.5, errorStatus: 503 })).toBeUndefined();
    expect(checkFaultConfig({ errorStatus: 302 })).toMatch(/400–599/);
    expect(checkFaultConfig({ dropRate: 1.5 })).toMatch(/drop rate/);
    expect(hasFaults({ retryAfterSeconds: 3, errorStatus: 503 })).toBe(false);
    expect(hasFaults({ latencyMs: 1 })).toBe(true);
  });
});
