import { describe, expect, it } from 'vitest';
import { ACTORS, createSeed001World } from '../exports/fixtures/seed-001-world';
import { EngineError } from '../shared/engine-error';
import { refusal } from '../shared/fixtures/refusal';
import { createBaselineEngine } from './baseline-engine';

type Role = keyof typeof ACTORS;
type Operation = 'submit' | 'list' | 'retrieve' | 'review' | 'publish' | 'rollback';

// The baseline is submitted by the runner on exec-1 (team-lab) and lists `assignee` (no execution
// access) as its only reviewer; `delegate` stands for any other user outside the team.
const TEAM: Role[] = ['observer', 'member', 'reviewer', 'lead', 'manager', 'owner', 'approver'];
const ALLOWED: Record<Operation, Role[]> = {
  submit: ['admin', 'runner', ...TEAM],
  list: ['admin', 'runner', ...TEAM],
  retrieve: ['admin', 'runner', 'assignee', ...TEAM],
  review: ['admin', 'assignee'],
  publish: ['admin', 'assignee'],
  rollback: ['admin'],
};

function world() {
  const w = createSeed001World();
  const baselines = createBaselineEngine(w);
  const base = { execution_id: 'exec-1', name: 'b', reviewer_ids: [ACTORS.assignee] };
  const submitted = baselines.submit(ACTORS.runner, base);
  const approved = baselines.submit(ACTORS.runner, base);
  baselines.review(ACTORS.admin, approved.id, { decision: 'approve' });
  const live = baselines.submit(ACTORS.runner, base);
  baselines.review(ACTORS.admin, live.id, { decision: 'approve' });
  baselines.publish(ACTORS.admin, live.id);
  const run: Record<Operation, (actor: string) => unknown> = {
    submit: (actor) => baselines.submit(actor, base),
    // Listing with an execution filter is the gated form; the unfiltered list just filters.
    list: (actor) => baselines.list(actor, { execution_id: 'exec-1' }),
    retrieve: (actor) => baselines.retrieve(actor, submitted.id),
    review: (actor) => baselines.review(actor, submitted.id, { decision: 'approve' }),
    publish: (actor) => baselines.publish(actor, approved.id),
    rollback: (actor) => baselines.rollback(actor, live.id, { reason: 'matrix' }),
  };
  return { baselines, run };
}

describe('baseline RBAC matrix', () => {
  const roles = Object.keys(ACTORS) as Role[];
  for (const operation of Object.keys(ALLOWED) as Operation[]) {
    for (const role of roles) {
      const allowed = ALLOWED[operation].includes(role);
      it(`${operation} by ${role}: ${allowed ? 'allow' : 'deny'}`, () => {
        const { baselines, run } = world();
        const before = [baselines.store.list(), baselines.store.listEvents()];
        if (allowed) {
          expect(() => run[operation](ACTORS[role])).not.toThrow();
        } else {
          const error = refusal(() => run[operation](ACTORS[role]));
          expect(error).toBeInstanceOf(EngineError);
          expect(error.status).toBe(403);
          expect([baselines.store.list(), baselines.store.listEvents()]).toEqual(before);
        }
      });
    }
  }

  it('hides invisible baselines from the unfiltered list instead of refusing', () => {
    const { baselines } = world();
    expect(baselines.list(ACTORS.delegate).items).toEqual([]);
    expect(baselines.list(ACTORS.assignee).items).toHaveLength(3);
  });
});
