import { describe, expect, it } from 'vitest';
import { analyticsEndpoints } from '../analytics/endpoints';
import { coachingEndpoints } from '../coaching/endpoints';
import { overridesEndpoints } from '../overrides/endpoints';
import { timelineEndpoints } from './endpoints';

describe('override, timeline, coaching and analytics endpoints', () => {
  it('documents conflicts on override writes and paginates the timeline on entries', () => {
    for (const endpoint of [overridesEndpoints.accept, overridesEndpoints.reverse]) {
      expect(endpoint.errorStatuses).toEqual([400, 401, 403, 404, 409, 422]);
      expect(endpoint.idempotent).toBe(false);
    }
    expect(timelineEndpoints.list.pagination).toEqual({
      cursorParam: 'cursor',
      itemsKey: 'entries',
      nextCursorKey: 'next_cursor',
    });
    expect(timelineEndpoints.list.idempotent).toBe(true);
  });

  it('parse a real query and body', () => {
    expect(timelineEndpoints.stream.query.safeParse({}).success).toBe(false);
    expect(analyticsEndpoints.retrieve.query.parse({ view: 'reviewer' })).toEqual({
      limit: 50,
      view: 'reviewer',
    });
    expect(coachingEndpoints.flag.body.parse(undefined)).toBeUndefined();
  });
});
