import type { GovkitClient } from '@govkit/sdk';
import {
  analyticsEndpoints,
  coachingEndpoints,
  overridesEndpoints,
  timelineEndpoints,
} from '@govkit/sdk/schemas';
import { findSeededCoachingNote } from '../seed/coaching';
import { findSeededOverride, SEEDED_OVERRIDES } from '../seed/overrides';
import { SEEDED_OVERRIDE_EXECUTIONS as EXEC } from '../seed/overrides-world';
import type { MockStore } from '../store/mock-store';
import {
  describeRequestContract,
  type MalformedRequest,
} from '../testing/describe-request-contract';

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
const MALFORMED: readonly MalformedRequest[] = [
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
describeRequestContract('seed 000', {
  endpointIds: SEED_000_ENDPOINT_IDS,
  wellFormedCalls,
  malformed: MALFORMED,
});
