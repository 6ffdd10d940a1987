import { describe, expect, it } from 'vitest';
import { createFaultInjector, type FaultSleep } from './fault-injector';

const request = (fault?: string) =>
  new Request('http://mock.test/api/x', fault ? { headers: { 'x-govkit-fault': fault } } : {});

async function outcomes(seed: number, count: number) {
  const injector = createFaultInjector({ faults: { errorRate: 0.5, dropRate: 0.2 }, seed });
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const response = await injector.apply(request());
    out.push(response ? (response.type === 'error' ? 'drop' : String(response.status)) : 'ok');
  }
  return out;
}

describe('createFaultInjector', () => {
  it('does nothing without faults', async () => {
    await expect(createFaultInjector().apply(request())).resolves.toBeUndefined();
  });

  it('is deterministic for a seed and mixes outcomes by rate', async () => {
    const a = await outcomes(11, 200);
    expect(await outcomes(11, 200)).toEqual(a);
    expect(await outcomes(12, 200)).not.toEqual(a);
    expect(new Set(a)).toEqual(new Set(['ok', '503', 'drop']));
  });

  it('adds Retry-After to 429/503 only, default 1 s', async () => {
    const injector = createFaultInjector({ faults: { retryAfterSeconds: 4 } });
    const limited = await injector.apply(request('error=429'));
    expect(limited?.headers.get('retry-after')).toBe('4');
    const unavailable = await createFaultInjector().apply(request('error=503'));
    expect(unavailable?.headers.get('retry-after')).toBe('1');
    const failed = await injector.apply(request('error=500'));
    expect(failed?.status).toBe(500);
    expect(failed?.headers.get('retry-after')).toBeNull();
    expect(await failed?.json()).toEqual({
      detail: 'Injected fault: HTTP 500',
      code: 'injected_fault',
    });
  });

  it('waits the latency through the injected sleep, then lets the route run', async () => {
    const waits: number[] = [];
    const sleep: FaultSleep = async (ms) => {
      waits.push(ms);
    };
    const injector = createFaultInjector({ faults: { latencyMs: 50 }, sleep });
    await expect(injector.apply(request())).resolves.toBeUndefined();
    await expect(injector.apply(request('latency=200'))).resolves.toBeUndefined();
    expect(waits).toEqual([50, 200]);
  });

  it('lets a header switch a global fault off, and answers 400 for a bad header', async () => {
    const injector = createFaultInjector({ faults: { errorRate: 1, errorStatus: 503 } });
    await expect(injector.apply(request('error=503;rate=0'))).resolves.toBeUndefined();
    const bad = await injector.apply(request('latency=fast'));
    expect(bad?.status).toBe(400);
    expect(await bad?.json()).toMatchObject({ code: 'invalid_fault_header' });
  });
});
