import type { OverrideActionInput, OverrideRecord } from '@govkit/sdk/engines';
import type { MockStore } from '../store/mock-store';
import type { SeededRandom } from '../store/seeded-random';
import {
  SEEDED_OVERRIDE_EXECUTIONS as EXEC,
  SEEDED_OVERRIDE_NOTEBOOKS as NOTEBOOK,
  SEEDED_OVERRIDE_SCENARIOS as SCENARIO,
  seedOverrideWorld,
} from './overrides-world';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** Where a seeded override is found: its execution, recommendation and the operator who wrote it. */
export interface SeededOverrideRef {
  execution_id: string;
  recommendation_id: string;
  actor_id: string;
}

/**
 * The named overrides of every seeded world (scale > 0), one per case a UI or test needs:
 *
 * - `accepted`, `declined`: not executed (accepting an executed one is a 409 transition);
 * - `reversibleReassign`: executed reassign (adds `user-reviewer` to a pending baseline),
 *   reversible, lineage with scenario **and** notebook: reverse it;
 * - `irreversible`: executed escalate without `reversible` (reverse → 400);
 * - `locked`: executed, reversible; `user-manager` holds its reversal lock since one minute
 *   before "now" (reverse → 409 `reversal_locked` until the 300 s lock turns stale);
 * - `coolingDown`: reversed 10 min before "now" with `cooldown_minutes: 120` (reverse → 409
 *   `reversal_cooling_down`; the stream ticks it);
 * - `cooldownExpired`: reversed two days ago with a 30-minute cooldown (window in the detail);
 * - `reversedNoCooldown`: reversed without a cooldown;
 * - `reversibleEscalate`: executed escalate, reversible (reverse it with a cooldown);
 * - `partner`: on the partner execution; only `user-admin` may see or touch it.
 */
export const SEEDED_OVERRIDES = {
  accepted: ref(EXEC.review, 'streak_cooldown:user-manager', 'user-lead'),
  declined: ref(EXEC.review, 'blocker_churn_escalation:user-manager', 'user-reviewer'),
  reversibleReassign: ref(EXEC.review, 'cadence_overload:user-manager', 'user-lead'),
  irreversible: ref(EXEC.review, 'blocker_churn_escalation:user-lead', 'user-manager'),
  locked: ref(EXEC.review, 'streak_cooldown:user-reviewer', 'user-manager'),
  coolingDown: ref(EXEC.cooldown, 'streak_cooldown:user-lead', 'user-reviewer'),
  cooldownExpired: ref(EXEC.cooldown, 'cadence_overload:user-lead', 'user-manager'),
  reversedNoCooldown: ref(EXEC.cooldown, 'blocker_churn_escalation:user-reviewer', 'user-admin'),
  reversibleEscalate: ref(EXEC.cooldown, 'cadence_overload:user-reviewer', 'user-reviewer'),
  partner: ref(EXEC.partner, 'streak_cooldown:user-admin', 'user-admin'),
} as const satisfies Record<string, SeededOverrideRef>;

/** The name of a seeded override. */
export type SeededOverrideName = keyof typeof SEEDED_OVERRIDES;

/** Who holds the seeded reversal lock of `SEEDED_OVERRIDES.locked`. */
export const SEEDED_LOCK_HOLDER = 'user-manager';

function ref(execution_id: string, recommendation_id: string, actor_id: string): SeededOverrideRef {
  return { execution_id, recommendation_id, actor_id };
}

/**
 * The stored record of a seeded override (no RBAC). Throws when the world has none (scale 0).
 *
 * @example
 * const locked = findSeededOverride(store, 'locked');
 * store.overrides.engine.liveState(locked.id)?.lock; // held by user-manager
 */
export function findSeededOverride(store: MockStore, name: SeededOverrideName): OverrideRecord {
  const { execution_id, recommendation_id, actor_id } = SEEDED_OVERRIDES[name];
  const record = store.overrides.engine
    .listRecords({ execution_id, recommendation_id })
    .find((row) => row.actor_id === actor_id);
  if (!record) throw new Error(`No seeded override ${name}`);
  return record;
}

type Body = OverrideActionInput;

/**
 * Seed overrides through the engine, dated over the last days: the world of
 * `seedOverrideWorld`, every fixture of {@link SEEDED_OVERRIDES}, the held reversal lock, and on
 * each of the `round(2 × scale)` batch executions 2–5 overrides in random states (accepted,
 * declined, executed, reversed with or without a cooldown). Finally the recommendations are
 * listed once as the admin, which records them for the timeline.
 */
export function seedOverrides(store: MockStore, rng: SeededRandom, scale: number): void {
  if (scale <= 0) return;
  const now = store.clock.now();
  const world = seedOverrideWorld(store, rng.fork('world'), scale);
  const engine = store.overrides.engine;
  const at = (ms: number) => store.clock.set(now - ms);
  const write = (
    command: 'accept' | 'decline' | 'execute',
    fixture: SeededOverrideRef,
    body: Omit<Body, 'execution_id'>,
  ) =>
    engine[command](fixture.actor_id, fixture.recommendation_id, {
      ...body,
      execution_id: fixture.execution_id,
    });
  const reverse = (fixture: SeededOverrideRef, by: string, cooldown?: number) =>
    engine.reverse(by, fixture.recommendation_id, {
      execution_id: fixture.execution_id,
      notes: 'Load is back under the band; restoring the ladder.',
      metadata: {
        source: 'experiment-console',
        reason: 'operator_request',
        ...(cooldown === undefined ? {} : { cooldown_minutes: cooldown }),
      },
    });
  const F = SEEDED_OVERRIDES;

  at(5 * DAY_MS);
  write('execute', F.reversedNoCooldown, {
    action: 'escalate',
    metadata: { reversible: true, urgency: 'medium' },
    lineage: { scenario_id: SCENARIO.parallel },
  });
  at(5 * DAY_MS - 2 * HOUR_MS);
  reverse(F.reversedNoCooldown, 'user-admin');
  at(3 * DAY_MS);
  write('execute', F.cooldownExpired, {
    action: 'cooldown',
    notes: 'Give the lead a breather after the streak.',
    metadata: { reversible: true, cooldown_minutes: 240 },
    lineage: { scenario_id: SCENARIO.reagent, notebook_entry_id: NOTEBOOK.cooldown },
  });
  at(2 * DAY_MS);
  reverse(F.cooldownExpired, 'user-manager', 30);
  at(2 * DAY_MS);
  write('accept', F.accepted, {
    action: 'cooldown',
    notes: 'Agreed: pause new assignments for a day.',
    metadata: { cooldown_minutes: 1440 },
    lineage: { scenario_id: SCENARIO.signoff },
  });
  at(2 * DAY_MS - HOUR_MS);
  write('decline', F.declined, {
    action: 'escalate',
    notes: 'Blockers are reagent-driven, not reviewer-driven.',
    lineage: { notebook_entry_id: NOTEBOOK.review, notebook_entry_version_id: 'nbv-7' },
  });
  at(DAY_MS);
  write('execute', F.reversibleReassign, {
    action: 'reassign',
    baseline_id: world.reassignBaselineId,
    target_reviewer_id: 'user-reviewer',
    notes: 'Move the backlog candidate to Riley.',
    metadata: { reversible: true },
    lineage: { scenario_id: SCENARIO.signoff, notebook_entry_id: NOTEBOOK.review },
  });
  at(DAY_MS);
  write('execute', F.partner, {
    action: 'cooldown',
    metadata: { reversible: true, cooldown_minutes: 60 },
    lineage: { notebook_entry_id: NOTEBOOK.partner },
  });
  at(20 * HOUR_MS);
  write('execute', F.irreversible, {
    action: 'escalate',
    notes: 'Escalate the blocked QC stage to the lab manager.',
    metadata: { urgency: 'high' },
    lineage: { scenario_id: SCENARIO.reagent },
  });
  at(6 * HOUR_MS);
  write('execute', F.locked, {
    action: 'cooldown',
    metadata: { reversible: true, cooldown_minutes: 45 },
    lineage: { notebook_entry_id: NOTEBOOK.review },
  });
  at(5 * HOUR_MS);
  write('execute', F.reversibleEscalate, {
    action: 'escalate',
    metadata: { reversible: true, urgency: 'low' },
    lineage: { notebook_entry_id: NOTEBOOK.cooldown },
  });
  at(3 * HOUR_MS);
  write('execute', F.coolingDown, {
    action: 'cooldown',
    metadata: { reversible: true, cooldown_minutes: 60 },
    lineage: { scenario_id: SCENARIO.signoff },
  });
  at(10 * MINUTE_MS);
  reverse(F.coolingDown, 'user-reviewer', 120);
  // A reversal begun and never finished: the lock stays live until 300 s after it was taken.
  at(MINUTE_MS);
  engine.beginReversal(SEEDED_LOCK_HOLDER, F.locked.recommendation_id, {
    execution_id: F.locked.execution_id,
    notes: 'Reverting after the team sync.',
    metadata: {},
  });

  seedBatchOverrides(store, rng.fork('batch'), world.executions.slice(3), now);
  store.clock.set(now);
  store.overrides.recommendations.list('user-admin', {});
}

const BATCH_RULES = [
  ['streak_cooldown', 'cooldown'],
  ['blocker_churn_escalation', 'escalate'],
] as const;
const BATCH_REVIEWERS = ['user-lead', 'user-reviewer', 'user-manager', 'user-member'];
const BATCH_SCENARIOS = Object.values(SCENARIO);
type BatchFate = 'accepted' | 'declined' | 'executed' | 'reversible' | 'reversed';
const BATCH_FATES: BatchFate[] = ['accepted', 'declined', 'executed', 'reversible', 'reversed'];

function seedBatchOverrides(
  store: MockStore,
  rng: SeededRandom,
  executions: ReadonlyArray<{ id: string; runner_id: string }>,
  now: number,
): void {
  const engine = store.overrides.engine;
  for (const execution of executions) {
    const combos = BATCH_RULES.flatMap(([rule, action]) =>
      BATCH_REVIEWERS.map((reviewer) => ({ id: `${rule}:${reviewer}`, action })),
    );
    const count = rng.int(2, 5);
    for (let i = 0; i < count; i += 1) {
      const combo = combos.splice(rng.int(0, combos.length - 1), 1)[0];
      if (!combo) break;
      const actor = rng.pick([execution.runner_id, 'user-admin', 'user-lead']);
      const fate = rng.pick(BATCH_FATES);
      const writtenAt = now - rng.int(2, 14 * 24) * HOUR_MS;
      store.clock.set(writtenAt);
      const body = {
        execution_id: execution.id,
        action: combo.action,
        metadata: {
          ...(fate === 'reversible' || fate === 'reversed' ? { reversible: true } : {}),
          ...(combo.action === 'cooldown' ? { cooldown_minutes: rng.pick([30, 60, 240]) } : {}),
        },
        lineage: { scenario_id: rng.pick(BATCH_SCENARIOS) },
      };
      const command = fate === 'accepted' ? 'accept' : fate === 'declined' ? 'decline' : 'execute';
      engine[command](actor, combo.id, body);
      if (fate !== 'reversed') continue;
      store.clock.set(writtenAt + rng.int(1, 90) * MINUTE_MS);
      const cooldown = rng.pick([undefined, 15, 60]);
      engine.reverse('user-admin', combo.id, {
        execution_id: execution.id,
        notes: 'Batch reversal',
        metadata: cooldown === undefined ? {} : { cooldown_minutes: cooldown },
      });
    }
  }
}
