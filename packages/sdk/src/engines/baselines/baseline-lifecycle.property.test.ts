import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ACTORS, createSeed001World } from '../exports/fixtures/seed-001-world';
import { hasExecutionAccess } from '../governance/directory';
import { EngineError } from '../shared/engine-error';
import { createBaselineEngine } from './baseline-engine';
import type { BaselineRecord } from './baseline-store';

const NUM_RUNS = Number(process.env.GOVKIT_FC_RUNS) || 2_000;
// A small cast keeps interesting sequences likely: an admin, the runner, a team member, a
// reviewer inside and one outside the team, and an outsider.
const ACTOR_IDS = [
  ACTORS.admin,
  ACTORS.runner,
  ACTORS.member,
  ACTORS.reviewer,
  ACTORS.assignee,
  ACTORS.outsider,
];
const REVIEWER_POOL = [ACTORS.reviewer, ACTORS.assignee, ACTORS.runner];
const EXECUTIONS = ['exec-1', 'exec-2', 'exec-solo'];

type Command =
  | { kind: 'submit'; actor: string; execution: string; reviewers: string[] }
  | { kind: 'review'; actor: string; target: number; decision: 'approve' | 'reject' }
  | { kind: 'publish'; actor: string; target: number }
  | { kind: 'rollback'; actor: string; target: number; restore: number | null };

const actor = fc.constantFrom(...ACTOR_IDS);
const target = fc.nat({ max: 7 });
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('submit' as const),
      actor,
      execution: fc.constantFrom(...EXECUTIONS),
      reviewers: fc.subarray(REVIEWER_POOL, { maxLength: 2 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('review' as const),
      actor,
      target,
      decision: fc.constantFrom('approve' as const, 'reject' as const),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('publish' as const), actor, target }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('rollback' as const),
      actor,
      target,
      restore: fc.option(target, { nil: null }),
    }),
    weight: 2,
  },
);

// Every run starts from baselines in each state (submitted, approved, two published on the same
// protocol template), so the deep transitions are reachable in a few random steps.
function prelude(engine: ReturnType<typeof createBaselineEngine>): string[] {
  const body = {
    execution_id: 'exec-1',
    name: 'seed',
    reviewer_ids: [ACTORS.reviewer, ACTORS.assignee],
  };
  const ids = [0, 1, 2, 3].map(() => engine.submit(ACTORS.runner, body).id);
  for (const id of ids.slice(1)) engine.review(ACTORS.admin, id, { decision: 'approve' });
  for (const id of ids.slice(2)) engine.publish(ACTORS.admin, id);
  return ids;
}

// The oracle: seed 001 §3.5 plus govkit's fixes, written independently of the engine.
const LEGAL_FROM = {
  review: ['submitted', 'rejected'],
  publish: ['approved'],
  rollback: ['published'],
} as const;

// Plain checks in the hot loop: matcher bookkeeping would dominate thousands of runs.
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

const scope = (b: BaselineRecord) => b.template_id ?? `execution:${b.execution_id}`;

describe('baseline lifecycle (model-based)', () => {
  it('performs exactly the legal, authorised transitions; refusals change nothing', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 25 }), (commands) => {
        const w = createSeed001World();
        const engine = createBaselineEngine(w);
        const ids = prelude(engine);
        // The memory store already copies on read; a JSON string makes the deep comparison cheap.
        const snapshot = () => JSON.stringify([engine.store.list(), engine.store.listEvents()]);
        for (const cmd of commands) {
          if (cmd.kind !== 'submit' && ids.length === 0) continue;
          const before = snapshot();
          const eventCount = engine.store.listEvents().length;
          const user = w.directory.getUser(cmd.actor);
          const pick = (n: number) => ids[n % ids.length] as string;
          const targetId = cmd.kind === 'submit' ? undefined : pick(cmd.target);
          const restoreId =
            cmd.kind === 'rollback' && cmd.restore !== null ? pick(cmd.restore) : null;
          const prior = targetId ? engine.store.get(targetId) : undefined;
          const restore = restoreId ? engine.store.get(restoreId) : undefined;

          let expected: boolean;
          let touched: string[] = [];
          if (cmd.kind === 'submit') {
            expected = !!user && hasExecutionAccess(w.directory, user, cmd.execution);
          } else if (cmd.kind === 'rollback') {
            const validRestore =
              !restore ||
              (restore.id !== prior?.id &&
                prior !== undefined &&
                scope(restore) === scope(prior) &&
                restore.version_number != null &&
                (restore.status === 'published' || restore.status === 'rolled_back'));
            expected = !!user?.is_admin && prior?.status === 'published' && validRestore;
            touched = restore ? [targetId as string, restore.id] : [targetId as string];
          } else {
            const reviewer = !!user && (user.is_admin || !!prior?.reviewer_ids.includes(user.id));
            expected =
              reviewer && (LEGAL_FROM[cmd.kind] as readonly string[]).includes(prior?.status ?? '');
            touched = [targetId as string];
          }

          let succeeded = false;
          try {
            if (cmd.kind === 'submit') {
              const body = { execution_id: cmd.execution, name: 'n', reviewer_ids: cmd.reviewers };
              ids.push(engine.submit(cmd.actor, body).id);
            } else if (cmd.kind === 'review') {
              engine.review(cmd.actor, targetId as string, { decision: cmd.decision });
            } else if (cmd.kind === 'publish') {
              engine.publish(cmd.actor, targetId as string);
            } else {
              engine.rollback(cmd.actor, targetId as string, {
                reason: 'prop',
                target_version_id: restoreId,
              });
            }
            succeeded = true;
          } catch (error) {
            if (!(error instanceof EngineError)) throw error;
            check(snapshot() === before, 'a refused command changed the store');
          }
          check(succeeded === expected, `${cmd.kind} by ${cmd.actor}: expected ${expected}`);
          if (!succeeded) continue;
          // Exactly one baseline event for each baseline the transition changed.
          const added = engine.store.listEvents().slice(eventCount);
          if (cmd.kind === 'submit') touched = [ids.at(-1) as string];
          const got = added.map((e) => e.baseline_id).sort();
          check(
            JSON.stringify(got) === JSON.stringify([...touched].sort()),
            `${cmd.kind} recorded events for ${got.join(',')} instead of ${touched.join(',')}`,
          );
        }
        // One current baseline per protocol template, only published ones are current, and
        // version numbers never repeat within a template.
        const all = engine.store.list();
        for (const key of new Set(all.map(scope))) {
          const inScope = all.filter((b) => scope(b) === key);
          check(inScope.filter((b) => b.is_current).length <= 1, 'two current baselines');
          const versions = inScope.map((b) => b.version_number).filter((v) => v != null);
          check(new Set(versions).size === versions.length, 'a version number repeats');
        }
        for (const b of all)
          check(!b.is_current || b.status === 'published', 'current not published');
      }),
      { numRuns: NUM_RUNS },
    );
    // Generous bound for raised GOVKIT_FC_RUNS; the default run takes a few seconds.
  }, 120_000);
});
