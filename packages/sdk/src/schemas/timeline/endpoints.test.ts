import { describe, expect, it } from 'vitest';
import { analyticsEndpoints } from '../analytics/endpoints';
import { coachingEndpoints } from '../coaching/endpoints';
import { overridesEndpoints } from '../overrides/endpoints';
import { timelineEndpoints } from './endpoints';

// The seed 000 surface, written out from the BioLabs contract (reference §1.1–1.4).
const EXPECTED = [
  [
    'overrides.recommendations.list',
    'GET',
    '/api/governance/recommendations/override',
    200,
    'json',
  ],
  [
    'overrides.accept',
    'POST',
    '/api/governance/recommendations/override/{recommendation_id}/accept',
    200,
    'json',
  ],
  [
    'overrides.decline',
    'POST',
    '/api/governance/recommendations/override/{recommendation_id}/decline',
    200,
    'json',
  ],
  [
    'overrides.execute',
    'POST',
    '/api/governance/recommendations/override/{recommendation_id}/execute',
    200,
    'json',
  ],
  [
    'overrides.reverse',
    'POST',
    '/api/governance/recommendations/override/{recommendation_id}/reverse',
    200,
    'json',
  ],
  ['timeline.list', 'GET', '/api/experiment-console/governance/timeline', 200, 'json'],
  ['timeline.stream', 'GET', '/api/experiment-console/governance/timeline/stream', 200, 'sse'],
  ['coaching.list', 'GET', '/api/governance/overrides/{override_id}/coaching-notes', 200, 'json'],
  [
    'coaching.create',
    'POST',
    '/api/governance/overrides/{override_id}/coaching-notes',
    201,
    'json',
  ],
  ['coaching.update', 'PATCH', '/api/governance/coaching-notes/{note_id}', 200, 'json'],
  ['coaching.flag', 'PATCH', '/api/governance/coaching-notes/{note_id}/flag', 200, 'json'],
  ['coaching.resolve', 'PATCH', '/api/governance/coaching-notes/{note_id}/resolve', 200, 'json'],
  ['coaching.remove', 'PATCH', '/api/governance/coaching-notes/{note_id}/remove', 200, 'json'],
  ['analytics.retrieve', 'GET', '/api/governance/analytics', 200, 'json'],
] as const;

const all = [
  ...Object.values(overridesEndpoints),
  ...Object.values(timelineEndpoints),
  ...Object.values(coachingEndpoints),
  ...Object.values(analyticsEndpoints),
];

describe('seed 000 endpoint definitions', () => {
  it('match the contract’s ids, methods, paths, statuses and response kinds', () => {
    expect(all.map((e) => [e.id, e.method, e.path, e.successStatus, e.responseKind])).toEqual(
      EXPECTED,
    );
  });

  it('declare path params for every path template variable', () => {
    for (const endpoint of all) {
      const names = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const shape =
        (endpoint.pathParams as { shape?: Record<string, unknown> } | undefined)?.shape ?? {};
      expect(Object.keys(shape).sort(), endpoint.id).toEqual(names.sort());
    }
  });

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
