import { describe, expect, it } from 'vitest';
import { refusal } from '../shared/fixtures/refusal';
import { createExportWorld } from './fixtures/export-world';
import { ACTORS } from './fixtures/seed-001-world';

type Role = keyof typeof ACTORS;

const TEAM: Role[] = ['observer', 'member', 'reviewer', 'lead', 'manager', 'owner', 'approver'];
const REVIEWER_AND_UP: Role[] = ['reviewer', 'lead', 'manager', 'owner'];
const LEAD_AND_UP: Role[] = ['lead', 'manager', 'owner'];
const approve = { status: 'approved' as const, signature: 'matrix' };

// Export A: one unassigned `reviewer` stage. Export B: one `lead` stage assigned to `assignee`
// and delegated to `delegate` (both outside the execution's team). Export C: packaged.
function world() {
  const w = createExportWorld();
  const a = w.exports.create(ACTORS.runner, 'exec-1', {
    approval_stages: [{ required_role: 'reviewer' }],
  });
  const b = w.exports.create(ACTORS.runner, 'exec-1', {
    approval_stages: [
      { required_role: 'lead', assignee_id: ACTORS.assignee, delegate_id: ACTORS.delegate },
    ],
  });
  const c = w.exports.create(ACTORS.runner, 'exec-1');
  w.exports.approve(ACTORS.admin, 'exec-1', c.id, approve);
  w.exports.runPackagingJobs();
  const stageA = a.approval_stages[0]?.id as string;
  const stageB = b.approval_stages[0]?.id as string;
  const run: Record<string, (actor: string) => unknown> = {
    create: (actor) => w.exports.create(actor, 'exec-1'),
    list: (actor) => w.exports.list(actor, 'exec-1'),
    'approve unassigned stage': (actor) => w.exports.approve(actor, 'exec-1', a.id, approve),
    'approve assigned stage': (actor) => w.exports.approve(actor, 'exec-1', b.id, approve),
    'delegate unassigned stage': (actor) =>
      w.exports.delegate(actor, 'exec-1', a.id, stageA, { delegate_id: ACTORS.member }),
    'delegate assigned stage': (actor) =>
      w.exports.delegate(actor, 'exec-1', b.id, stageB, { delegate_id: ACTORS.member }),
    'reset unassigned stage': (actor) => w.exports.reset(actor, 'exec-1', a.id, stageA),
    'reset assigned stage': (actor) => w.exports.reset(actor, 'exec-1', b.id, stageB),
    artifact: (actor) => w.exports.artifact(actor, 'exec-1', c.id),
    jobs: (actor) => w.exports.jobs(actor),
  };
  return { w, run };
}

const ALLOWED: Record<string, Role[]> = {
  create: ['admin', 'runner', ...TEAM],
  // Assignee and delegate are named on export B, so they may list (and see only B).
  list: ['admin', 'runner', ...TEAM, 'assignee', 'delegate'],
  'approve unassigned stage': ['admin', ...REVIEWER_AND_UP],
  'approve assigned stage': ['admin', 'assignee', 'delegate'],
  'delegate unassigned stage': ['admin', ...REVIEWER_AND_UP],
  'delegate assigned stage': ['admin', 'assignee', 'delegate', ...LEAD_AND_UP],
  'reset unassigned stage': ['admin', ...REVIEWER_AND_UP],
  'reset assigned stage': ['admin', 'assignee', 'delegate', ...LEAD_AND_UP],
  artifact: ['admin', 'runner', ...TEAM],
  jobs: Object.keys(ACTORS) as Role[],
};

describe('narrative export RBAC matrix', () => {
  for (const [operation, allowed] of Object.entries(ALLOWED)) {
    for (const role of Object.keys(ACTORS) as Role[]) {
      const allow = allowed.includes(role);
      it(`${operation} by ${role}: ${allow ? 'allow' : 'deny'}`, () => {
        const { w, run } = world();
        const op = run[operation] as (actor: string) => unknown;
        const before = JSON.stringify([
          w.exports.deps.store.list(),
          w.exports.deps.store.listJobs(),
          w.events.list(),
        ]);
        if (allow) {
          expect(() => op(ACTORS[role])).not.toThrow();
        } else {
          expect(refusal(() => op(ACTORS[role])).status).toBe(403);
          expect(
            JSON.stringify([
              w.exports.deps.store.list(),
              w.exports.deps.store.listJobs(),
              w.events.list(),
            ]),
          ).toBe(before);
        }
      });
    }
  }

  it('shows a named outsider only the exports they are named on', () => {
    const { w } = world();
    expect(w.exports.list(ACTORS.delegate, 'exec-1').exports).toHaveLength(1);
    expect(w.exports.list(ACTORS.runner, 'exec-1').exports).toHaveLength(3);
  });

  it('answers 401 to unknown users', () => {
    const { run } = world();
    for (const op of Object.values(run)) expect(refusal(() => op('u-ghost')).status).toBe(401);
  });
});
