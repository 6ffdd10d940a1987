import { AuthenticationError, type GovkitClient } from '@govkit/sdk';
import {
  analyticsEndpoints,
  coachingEndpoints,
  overridesEndpoints,
  timelineEndpoints,
} from '@govkit/sdk/schemas';
import { describe, expect, it } from 'vitest';
import { findSeededCoachingNote } from '../seed/coaching';
import { findSeededOverride, SEEDED_OVERRIDES } from '../seed/overrides';
import { SEEDED_OVERRIDE_EXECUTIONS as EXEC } from '../seed/overrides-world';
import type { MockStore } from '../store/create-store';
import { HARNESS_TRANSPORTS } from '../testing/mock-api-harness';
import { useMockApiHarness } from '../testing/use-mock-api-harness';

const SEED_000_ENDPOINT_IDS = [
  overridesEndpoints,
  timelineEndpoints,
  coachingEndpoints,
  analyticsEndpoints,
].flatMap((group) => Object.values(group).map((endpoint) => endpoint.id));

const RECOMMENDATION = '/api/governance/recommendations/override/streak_cooldown:user-member';

/** One well-formed call per seed 000 endpoint, keyed by endpoint id, on seeded resources. */
function wellFormedCalls(
  store: MockStore,
): Record<string, (c: GovkitClient) => PromiseLike<unknown>> {
  const action = {
    execution_id: EXEC.review,
    action: 'escalate' as const,
    lineage: { scenario_id: 'scenario-parallel-review' },
  };
  const fixture = SEEDED_OVERRIDES.reversibleReassign;
  const override = findSeededOverride(store, 'reversibleReassign').id;
  const note = findSeededCoachingNote(store, 'reassignRoot').id;
  return {
    'overrides.recommendations.list': (c) => c.overrides.recommendations.list(),
    'overrides.accept': (c) => c.overrides.accept('streak_cooldown:user-member', action),
    'overrides.decline': (c) => c.overrides.decline('streak_cooldown:user-member', action),
    'overrides.execute': (c) => c.overrides.execute('streak_cooldown:user-member', action),
    'overrides.reverse': (c) =>
      c.overrides.reverse(fixture.recommendation_id, { execution_id: fixture.execution_id }),
    'timeline.list': (c) => c.timeline.list({ limit: 1 }),
    // A stream's refusal arrives with its first frame.
    'timeline.stream': (c) =>
      c.timeline.stream({ execution_id: EXEC.review })[Symbol.asyncIterator]().next(),
    'coaching.list': (c) => c.coaching.list(override),
    'coaching.create': (c) => c.coaching.create(override, { body: 'Hello' }),
    'coaching.update': (c) => c.coaching.update(note, { body: 'Edited' }),
    'coaching.flag': (c) => c.coaching.flag(note),
    'coaching.resolve': (c) => c.coaching.resolve(note),
    'coaching.remove': (c) => c.coaching.remove(note),
    'analytics.retrieve': (c) => c.analytics.retrieve(),
  };
}

/** One malformed raw request per seed 000 endpoint that takes a query or a body. */
const MALFORMED: ReadonlyArray<[string, string, string, unknown]> = [
  [
    'overrides.recommendations.list',
    'GET',
    '/api/governance/recommendations/override?limit=201',
    undefined,
  ],
  ['overrides.accept', 'POST', `${RECOMMENDATION}/accept`, { execution_id: EXEC.review }],
  [
    'overrides.decline',
    'POST',
    `${RECOMMENDATION}/decline`,
    { execution_id: EXEC.review, action: 'pause', lineage: { scenario_id: 's' } },
  ],
  [
    'overrides.execute',
    'POST',
    `${RECOMMENDATION}/execute`,
    { execution_id: EXEC.review, action: 'reassign', lineage: { scenario_id: 's' } },
  ],
  [
    'overrides.reverse',
    'POST',
    `${RECOMMENDATION}/reverse`,
    { execution_id: EXEC.review, metadata: { cooldown_minutes: -5 } },
  ],
  ['timeline.list', 'GET', '/api/experiment-console/governance/timeline?limit=abc', undefined],
  ['timeline.stream', 'GET', '/api/experiment-console/governance/timeline/stream', undefined],
  ['coaching.create', 'POST', '/api/governance/overrides/o/coaching-notes', { body: '' }],
  ['coaching.update', 'PATCH', '/api/governance/coaching-notes/n', { pinned: true }],
  ['coaching.flag', 'PATCH', '/api/governance/coaching-notes/n/flag', { reason: 5 }],
  ['coaching.resolve', 'PATCH', '/api/governance/coaching-notes/n/resolve', { state: 'x' }],
  ['coaching.remove', 'PATCH', '/api/governance/coaching-notes/n/remove', { metadata: [] }],
  ['analytics.retrieve', 'GET', '/api/governance/analytics?view=team', undefined],
];

// Request-level contract of every seed 000 endpoint: who is calling (401) and what is sent (422).
describe.each(HARNESS_TRANSPORTS)('seed 000 requests over %s', (transport) => {
  const api = useMockApiHarness(transport);

  it('answers 401 "Could not validate credentials" to an unknown user on every endpoint', async () => {
    const calls = wellFormedCalls(api.store);
    expect(Object.keys(calls).sort()).toEqual([...SEED_000_ENDPOINT_IDS].sort());
    const ghost = api.client.withOptions({ auth: 'user-ghost' });
    for (const [id, call] of Object.entries(calls)) {
      const error = await Promise.resolve(call(ghost)).then(
        () => new Error(`${id} succeeded`),
        (e: unknown) => e,
      );
      expect(error, id).toBeInstanceOf(AuthenticationError);
      expect(error, id).toMatchObject({ status: 401, detail: 'Could not validate credentials' });
    }
    expect(api.store.version).toBe(0);
  });

  it('answers 422 with a FastAPI detail array to malformed queries and bodies', async () => {
    for (const [id, method, path, body] of MALFORMED) {
      const response = await api.fetch(path, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      expect(response.status, id).toBe(422);
      const detail = ((await response.json()) as { detail: unknown }).detail;
      expect(Array.isArray(detail) && detail.length > 0, id).toBe(true);
    }
    expect(api.store.version).toBe(0);
  });
});
