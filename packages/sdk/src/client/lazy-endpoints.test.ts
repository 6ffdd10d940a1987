import { describe, expect, it, vi } from 'vitest';
import { analyticsEndpoints } from '../schemas/analytics/endpoints';
import { endpointIds } from './endpoint-ids';
import { lazyEndpoints } from './lazy-endpoints';

describe('lazyEndpoints', () => {
  it('loads nothing until a call, then the domain once for all of its endpoints', async () => {
    const load = vi.fn(async () => analyticsEndpoints);
    const ep = lazyEndpoints(endpointIds.analytics, load);
    expect(Object.keys(ep)).toEqual(['retrieve']);
    expect(load).not.toHaveBeenCalled();
    const [first, second] = await Promise.all([ep.retrieve(), ep.retrieve()]);
    expect(first).toBe(analyticsEndpoints.retrieve);
    expect(second).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    const load = vi
      .fn<() => Promise<typeof analyticsEndpoints>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(analyticsEndpoints);
    const ep = lazyEndpoints(endpointIds.analytics, load);
    await expect(ep.retrieve()).rejects.toThrow('Failed to fetch');
    await expect(ep.retrieve()).resolves.toBe(analyticsEndpoints.retrieve);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
