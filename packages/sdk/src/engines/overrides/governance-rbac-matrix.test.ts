import { describe, expect, it } from 'vitest';
import { createAnalyticsWorld } from '../analytics/fixtures/analytics-world';
import { createCoachingNoteEngine } from '../coaching/coaching-note-engine';
import { isEngineError } from '../shared/engine-error';
import { createGovernanceTimeline } from '../timeline/governance-timeline';
import {
  overrideRequest,
  WORLD_RECOMMENDATION as REC,
  WORLD_USERS,
} from './fixtures/override-world';

type Role = keyof typeof WORLD_USERS;
type Expected = 'allow' | 400 | 403;

// One world per cell: the override (and a note on it) exist, executed by the override actor.
function cellWorld(action: 'reassign' | 'cooldown' | 'escalate' = 'reassign') {
  const world = createAnalyticsWorld();
  const coaching = createCoachingNoteEngine({
    directory: world.directory,
    events: world.events,
    overrides: world.overrides,
    clock: world.clock,
    ids: world.ids,
  });
  const timeline = createGovernanceTimeline({
    directory: world.directory,
    events: world.events,
    clock: world.clock,
    overrides: world.overrides,
    coachingNotes: coaching.store,
    analytics: world.analytics,
  });
  const override = world.overrides.execute(WORLD_USERS.actor, REC, overrideRequest(action));
  const note = coaching.create(WORLD_USERS.admin, override.id, { body: 'seed', metadata: {} });
  return { world, coaching, timeline, override, note };
}

const reverse = (action: 'reassign' | 'cooldown' | 'escalate') => (user: string) => {
  const { world } = cellWorld(action);
  world.overrides.reverse(user, REC, { execution_id: 'exe-1', metadata: {} });
};

const OPERATIONS: Record<string, (user: string) => unknown> = {
  'overrides.accept': (user) =>
    cellWorld().world.overrides.accept(user, 'other:1', overrideRequest('escalate')),
  'overrides.decline': (user) =>
    cellWorld().world.overrides.decline(user, 'other:1', overrideRequest('escalate')),
  'overrides.execute': (user) =>
    cellWorld().world.overrides.execute(user, 'other:1', overrideRequest('cooldown')),
  'overrides.reverse(reassign)': reverse('reassign'),
  'overrides.reverse(cooldown)': reverse('cooldown'),
  'overrides.reverse(escalate)': reverse('escalate'),
  'coaching.list': (user) => {
    const cell = cellWorld();
    return cell.coaching.list(user, cell.override.id);
  },
  'coaching.create': (user) => {
    const cell = cellWorld();
    return cell.coaching.create(user, cell.override.id, { body: 'hi', metadata: {} });
  },
  'coaching.update': (user) => {
    const cell = cellWorld();
    return cell.coaching.update(user, cell.note.id, { body: 'edited' });
  },
  'coaching.flag': (user) => {
    const cell = cellWorld();
    return cell.coaching.moderate(user, cell.note.id, 'flag', { reason: 'x' });
  },
  'timeline.list(exe-1)': (user) => cellWorld().timeline.list(user, { execution_id: 'exe-1' }),
  'timeline.stream(exe-1)': (user) =>
    cellWorld().timeline.openStream(user, { execution_id: 'exe-1' }),
  'analytics.retrieve(exe-1)': (user) =>
    cellWorld().world.analytics.retrieve(user, { execution_id: 'exe-1' }),
};

// Rows: the contract. Team roles are on the execution's template team; the override actor is a
// plain team member; the target reviewer and the outsider are in no team.
const A = 'allow' as const;
const MATRIX: Record<string, Record<Role, Expected>> = {
  'overrides.accept': {
    admin: A,
    actor: A,
    target: 403,
    runner: A,
    observer: A,
    member: A,
    reviewer: A,
    lead: A,
    manager: A,
    owner: A,
    outsider: 403,
  },
  'overrides.decline': {
    admin: A,
    actor: A,
    target: 403,
    runner: A,
    observer: A,
    member: A,
    reviewer: A,
    lead: A,
    manager: A,
    owner: A,
    outsider: 403,
  },
  'overrides.execute': {
    admin: A,
    actor: A,
    target: 403,
    runner: A,
    observer: A,
    member: A,
    reviewer: A,
    lead: A,
    manager: A,
    owner: A,
    outsider: 403,
  },
  // Tiers: admin 100, actor 80, target 65, runner 55, owner 70, manager 60, lead 50, reviewer 30,
  // member 20, observer 10. Minimum: reassign 30, cooldown 50, escalate 60.
  'overrides.reverse(reassign)': {
    admin: A,
    actor: A,
    target: A,
    runner: A,
    observer: 400,
    member: 400,
    reviewer: A,
    lead: A,
    manager: A,
    owner: A,
    outsider: 403,
  },
  'overrides.reverse(cooldown)': {
    admin: A,
    actor: A,
    target: A,
    runner: A,
    observer: 400,
    member: 400,
    reviewer: 400,
    lead: A,
    manager: A,
    owner: A,
    outsider: 403,
  },
  'overrides.reverse(escalate)': {
    admin: A,
    actor: A,
    target: A,
    runner: 400,
    observer: 400,
    member: 400,
    reviewer: 400,
    lead: 400,
    manager: A,
    owner: A,
    outsider: 403,
  },
  'coaching.list': {
    admin: A,
    actor: A,
    target: A,
    runner: A,
    observer: A,
    member: A,
    reviewer: A,
    lead: A,
    manager: A,
    owner: A,
    outsider: 403,
  },
  'coaching.create': {
    admin: A,
    actor: A,
    target: A,
    runner: A,
    observer: A,
    member: A,
    reviewer: A,
    lead: A,
    manager: A,
    owner: A,
    outsider: 403,
  },
  'coaching.update': {
    admin: A,
    actor: A,
    target: A,
    runner: A,
    observer: A,
    member: A,
    reviewer: A,
    lead: A,
    manager: A,
    owner: A,
    outsider: 403,
  },
  'coaching.flag': {
    admin: A,
    actor: A,
    target: A,
    runner: A,
    observer: A,
    member: A,
    reviewer: A,
    lead: A,
    manager: A,
    owner: A,
    outsider: 403,
  },
  // Read filter (§3.7): admin, runner, or the template team; the target reviewer is neither.
  'timeline.list(exe-1)': {
    admin: A,
    actor: A,
    target: 403,
    runner: A,
    observer: A,
    member: A,
    reviewer: A,
    lead: A,
    manager: A,
    owner: A,
    outsider: 403,
  },
  'timeline.stream(exe-1)': {
    admin: A,
    actor: A,
    target: 403,
    runner: A,
    observer: A,
    member: A,
    reviewer: A,
    lead: A,
    manager: A,
    owner: A,
    outsider: 403,
  },
  'analytics.retrieve(exe-1)': {
    admin: A,
    actor: A,
    target: 403,
    runner: A,
    observer: A,
    member: A,
    reviewer: A,
    lead: A,
    manager: A,
    owner: A,
    outsider: 403,
  },
};

function outcomeOf(operation: (user: string) => unknown, user: string): Expected | string {
  try {
    operation(user);
    return 'allow';
  } catch (error) {
    if (!isEngineError(error)) throw error;
    return error.status === 400 || error.status === 403
      ? error.status
      : `${error.status} ${error.detail}`;
  }
}

describe('RBAC matrix: every role × every operation', () => {
  it('covers every operation and role', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  for (const [name, operation] of Object.entries(OPERATIONS)) {
    it(name, () => {
      const actual = Object.fromEntries(
        (Object.keys(WORLD_USERS) as Role[]).map((role) => [
          role,
          outcomeOf(operation, WORLD_USERS[role]),
        ]),
      );
      expect(actual).toEqual(MATRIX[name]);
    });
  }

  it('uses the contract’s detail strings for tier refusals', () => {
    const { world } = cellWorld('cooldown');
    expect(() =>
      world.overrides.reverse(WORLD_USERS.reviewer, REC, { execution_id: 'exe-1', metadata: {} }),
    ).toThrowError('Override reversal requires lead tier or higher; operator has reviewer tier');
    expect(() =>
      world.overrides.reverse(WORLD_USERS.outsider, REC, { execution_id: 'exe-1', metadata: {} }),
    ).toThrowError('Not authorized for execution workspace');
  });
});
