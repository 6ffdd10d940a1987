import { describe, expect, it } from 'vitest';
import { OverrideActionOutcomeSchema } from '../../schemas/overrides/override-action-outcome';
import { OVERRIDE_ACTION_EVENT_TYPE } from '../governance/event-types';
import { refusalSummary } from '../shared/fixtures/refusal';
import {
  createOverrideWorld,
  overrideRequest,
  WORLD_RECOMMENDATION as REC,
  WORLD_USERS as U,
} from './fixtures/override-world';

const detailOf = (event: { payload: Record<string, unknown> } | undefined) =>
  (event?.payload.detail ?? {}) as Record<string, unknown>;

const actionEvents = (world: ReturnType<typeof createOverrideWorld>) =>
  world.events.list({ type_prefix: OVERRIDE_ACTION_EVENT_TYPE });

describe('override writes: lineage', () => {
  it('refuses a write without lineage with 422 lineage_required and changes nothing', () => {
    const world = createOverrideWorld();
    const before = world.store.dump();
    const missing = refusalSummary(() =>
      world.overrides.accept(U.actor, REC, { ...overrideRequest('escalate'), lineage: undefined }),
    );
    expect(missing).toEqual({
      status: 422,
      detail: 'Override actions require a lineage payload',
      code: 'lineage_required',
    });
    const empty = refusalSummary(() =>
      world.overrides.execute(U.actor, REC, {
        ...overrideRequest('escalate'),
        lineage: { metadata: {} },
      }),
    );
    expect(empty.status).toBe(422);
    expect(empty.code).toBe('lineage_required');
    expect(world.store.dump()).toEqual(before);
    expect(actionEvents(world)).toHaveLength(0);
  });

  it('stores a lineage snapshot with capture metadata and exposes it in context and detail forms', () => {
    const world = createOverrideWorld();
    const outcome = world.overrides.accept(
      U.actor,
      REC,
      overrideRequest('escalate', {
        lineage: {
          scenario_id: 'sc-1',
          notebook_entry_id: 'nb-1',
          notebook_entry_version_id: 'v-3',
          metadata: { source: 'console' },
        },
      }),
    );
    expect(outcome.lineage).toEqual({
      scenario: {
        id: 'sc-1',
        name: 'Scenario One',
        folder_id: 'fold-1',
        folder_name: 'Stress tests',
      },
      notebook_entry: { id: 'nb-1', title: 'Bench notes', execution_id: 'exe-1' },
      captured_at: '2025-01-01T00:00:00.000Z',
      captured_by: { id: U.actor, name: 'Actor', email: 'actor@biolabs.test' },
      metadata: { source: 'console', notebook_entry_version_id: 'v-3' },
    });
    const record = world.overrides.getRecord(outcome.id);
    expect(record?.detail_snapshot.lineage).toMatchObject({
      captured_by_id: U.actor,
      scenario: { id: 'sc-1' },
      notebook_entry: { id: 'nb-1' },
    });
    expect(OverrideActionOutcomeSchema.safeParse(outcome).success).toBe(true);
  });

  it('keeps at least the id of an unknown scenario', () => {
    const world = createOverrideWorld();
    const outcome = world.overrides.accept(
      U.actor,
      REC,
      overrideRequest('escalate', { lineage: { scenario_id: 'sc-missing', metadata: {} } }),
    );
    expect(outcome.lineage?.scenario).toEqual({ id: 'sc-missing' });
    expect(outcome.lineage?.notebook_entry).toBeNull();
  });
});

describe('override writes: validation and access', () => {
  it.each([
    ['unknown execution', { execution_id: 'exe-x' }, 404, 'Execution not found'],
    ['unknown baseline', { baseline_id: 'bl-x' }, 404, 'Baseline not found'],
    [
      'baseline of another execution',
      { baseline_id: 'bl-open' },
      400,
      'Baseline does not belong to execution',
    ],
    [
      'unknown target reviewer',
      { target_reviewer_id: 'u-ghost' },
      404,
      'Target reviewer not found',
    ],
    [
      'reassign without baseline',
      { baseline_id: null },
      422,
      'Reassign overrides require baseline_id and target_reviewer_id',
    ],
  ])('refuses %s', (_name, extra, status, detail) => {
    const world = createOverrideWorld();
    const before = world.store.dump();
    const result = refusalSummary(() =>
      world.overrides.execute(U.actor, REC, overrideRequest('reassign', extra)),
    );
    expect([result.status, result.detail]).toEqual([status, detail]);
    expect(world.store.dump()).toEqual(before);
    expect(world.baselines.getBaseline('bl-1')?.reviewer_ids).toEqual([U.reviewer]);
  });

  it('refuses outsiders with 403 and unknown users with 401', () => {
    const world = createOverrideWorld();
    expect(
      refusalSummary(() => world.overrides.accept(U.outsider, REC, overrideRequest('escalate'))),
    ).toMatchObject({
      status: 403,
      detail: 'Not authorized for execution workspace',
    });
    expect(
      refusalSummary(() => world.overrides.accept('u-nobody', REC, overrideRequest('escalate')))
        .status,
    ).toBe(401);
  });
});

describe('override writes: execution effects and events', () => {
  it('executes a reassign: adds the reviewer, records the baseline event and one action event', () => {
    const world = createOverrideWorld();
    const outcome = world.overrides.execute(U.actor, REC, overrideRequest('reassign'));
    expect(outcome).toMatchObject({ status: 'executed', action: 'reassign', reversible: true });
    expect(world.baselines.getBaseline('bl-1')?.reviewer_ids).toEqual([U.reviewer, U.target]);
    expect(world.baselines.listEffects('bl-1').map((e) => e.action)).toEqual(['override_reassign']);
    const [event] = actionEvents(world);
    expect(event?.execution_id).toBe('exe-1');
    expect(event?.payload).toMatchObject({
      override_id: outcome.id,
      recommendation_id: REC,
      rule_key: 'cadence_overload',
      action: 'reassign',
      status: 'executed',
      actor_id: U.actor,
      changed: true,
      reviewer_ids_before: [U.reviewer],
      reviewer_ids_after: [U.reviewer, U.target],
    });
    expect(detailOf(event).reversible).toBe(true);
    expect(typeof detailOf(event).execution_hash).toBe('string');
  });

  it('records cooldown minutes and escalation urgency in the detail', () => {
    const world = createOverrideWorld();
    world.overrides.execute(U.actor, 'streak_cooldown:u-1', overrideRequest('cooldown'));
    world.overrides.execute(
      U.actor,
      'blocker_churn_escalation:u-1',
      overrideRequest('escalate', { metadata: { urgency: 'high' } }),
    );
    const [cooldown, escalate] = actionEvents(world);
    expect(cooldown?.payload.cooldown_minutes).toBe(45);
    expect(escalate?.payload.urgency).toBe('high');
    expect(detailOf(escalate).reversible).toBe(false);
  });

  it('treats an identical repeat as idempotent: same outcome, no new event', () => {
    const world = createOverrideWorld();
    const first = world.overrides.execute(U.actor, REC, overrideRequest('reassign'));
    world.clock.advance(60_000);
    const again = world.overrides.execute(U.actor, REC, overrideRequest('reassign'));
    expect(again).toEqual(first);
    expect(actionEvents(world)).toHaveLength(1);
    expect(world.baselines.listEffects()).toHaveLength(1);
  });

  it('reuses the actor’s row: accept then execute updates one override', () => {
    const world = createOverrideWorld();
    const accepted = world.overrides.accept(U.actor, REC, overrideRequest('escalate'));
    world.clock.advance(1000);
    const executed = world.overrides.execute(U.actor, REC, overrideRequest('escalate'));
    expect(executed.id).toBe(accepted.id);
    expect(executed.created_at).toBe(accepted.created_at);
    expect(executed.updated_at).not.toBe(accepted.updated_at);
    expect(world.overrides.listRecords()).toHaveLength(1);
  });
});

describe('override writes: recommendation ids', () => {
  // Seed contract: `recommendation_id` is free text, never checked against generated
  // recommendations (the OpenAPI document says so beside the writes' 404).
  it('accepts, declines and executes a recommendation the server never generated', () => {
    const world = createOverrideWorld();
    const accepted = world.overrides.accept(U.actor, 'no-such-rule', overrideRequest('escalate'));
    expect(accepted).toMatchObject({ recommendation_id: 'no-such-rule', status: 'accepted' });
    const declined = world.overrides.decline(U.member, 'unlisted:u-1', overrideRequest('escalate'));
    expect(declined).toMatchObject({ recommendation_id: 'unlisted:u-1', status: 'declined' });
    const executed = world.overrides.execute(U.actor, 'no-such-rule', overrideRequest('escalate'));
    expect(executed).toMatchObject({ id: accepted.id, status: 'executed' });
    expect(actionEvents(world).map((e) => e.payload.recommendation_id)).toEqual([
      'no-such-rule',
      'unlisted:u-1',
      'no-such-rule',
    ]);
  });

  it('answers a reversal of a recommendation with no override on the execution with 400', () => {
    const world = createOverrideWorld();
    expect(
      refusalSummary(() =>
        world.overrides.reverse(U.admin, 'never-acted-on', { execution_id: 'exe-1', metadata: {} }),
      ),
    ).toEqual({
      status: 400,
      detail: 'No override execution found to reverse',
      code: 'bad_request',
    });
  });
});

describe('guarded status machine', () => {
  it('refuses executed → declined with 409 illegal_transition and changes nothing', () => {
    const world = createOverrideWorld();
    world.overrides.execute(U.actor, REC, overrideRequest('escalate'));
    const before = world.store.dump();
    const events = actionEvents(world).length;
    expect(
      refusalSummary(() => world.overrides.decline(U.actor, REC, overrideRequest('escalate'))),
    ).toEqual({
      status: 409,
      detail: 'Override cannot move from executed to declined',
      code: 'illegal_transition',
    });
    expect(world.store.dump()).toEqual(before);
    expect(actionEvents(world)).toHaveLength(events);
  });

  it('refuses declined → executed and anything after reversed', () => {
    const world = createOverrideWorld();
    world.overrides.decline(U.actor, REC, overrideRequest('escalate'));
    expect(
      refusalSummary(() => world.overrides.execute(U.actor, REC, overrideRequest('escalate'))).code,
    ).toBe('illegal_transition');
    world.overrides.accept(U.actor, REC, overrideRequest('escalate'));
    world.overrides.execute(U.actor, REC, overrideRequest('escalate'));
    world.overrides.reverse(U.actor, REC, { execution_id: 'exe-1', metadata: {} });
    for (const command of ['accept', 'decline', 'execute'] as const) {
      const result = refusalSummary(() =>
        world.overrides[command](U.actor, REC, overrideRequest('escalate', { notes: command })),
      );
      expect(result).toMatchObject({ status: 409, code: 'illegal_transition' });
    }
  });
});
