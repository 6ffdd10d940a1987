import fc from 'fast-check';
import { describe, it } from 'vitest';
import { EngineError } from '../shared/engine-error';
import {
  CAST,
  canManage,
  canSign,
  hasAccess,
  type Model,
  type ModelStage,
  named,
} from './fixtures/approval-ladder-oracle';
import { createExportWorld } from './fixtures/export-world';
import { ACTORS } from './fixtures/seed-001-world';

const NUM_RUNS = Number(process.env.GOVKIT_FC_RUNS) || 1_000;
const HOUR = 3_600_000;

// ---- Commands ----

type Command =
  | { kind: 'approve'; actor: string; decision: 'approved' | 'rejected'; stage: number | null }
  | { kind: 'delegate'; actor: string; stage: number; target: string }
  | { kind: 'reset'; actor: string; stage: number }
  | { kind: 'tick'; hours: number }
  | { kind: 'package' };

const actor = fc.constantFrom(...CAST);
const stageIndex = fc.nat({ max: 2 });
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('approve' as const),
      actor,
      decision: fc.constantFrom('approved' as const, 'approved' as const, 'rejected' as const),
      stage: fc.option(stageIndex, { nil: null }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('delegate' as const),
      actor,
      stage: stageIndex,
      target: actor,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('reset' as const), actor, stage: stageIndex }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('tick' as const),
      hours: fc.integer({ min: 0, max: 5 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'package' as const }) },
);

const stageSpec = fc.record({
  role: fc.constantFrom('reviewer', 'lead', 'approver', 'manager'),
  sla: fc.constantFrom(null, 1, 4),
  assignee: fc.constantFrom(null, null, ACTORS.assignee),
  delegate: fc.constantFrom(null, null, ACTORS.delegate),
});

const E = 'narrative_export.approval.';
const P = 'narrative_export.packaging.';

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

describe('approval ladder (model-based)', () => {
  it('accepts exactly the legal, authorised commands with one event per transition; refusals change nothing', () => {
    fc.assert(
      fc.property(
        fc.array(stageSpec, { minLength: 1, maxLength: 3 }),
        fc.array(command, { minLength: 1, maxLength: 30 }),
        (specs, commands) => {
          const w = createExportWorld();
          const x = w.exports.create(ACTORS.runner, 'exec-1', {
            approval_stages: specs.map((s) => ({
              required_role: s.role,
              sla_hours: s.sla,
              assignee_id: s.assignee,
              delegate_id: s.delegate,
            })),
          });
          const start = w.clock.now();
          const model: Model = {
            approval: 'pending',
            packaged: false,
            stages: x.approval_stages.map((s, i) => ({
              id: s.id,
              role: specs[i]?.role as string,
              sla: specs[i]?.sla ?? null,
              assignee: specs[i]?.assignee ?? null,
              delegate: specs[i]?.delegate ?? null,
              status: i === 0 ? 'in_progress' : 'pending',
              dueMs: i === 0 && specs[0]?.sla != null ? start + specs[0].sla * HOUR : null,
              notified: false,
            })),
          };
          const startApprovalStage = (s: ModelStage) => {
            s.status = 'in_progress';
            s.dueMs = s.sla == null ? null : w.clock.now() + s.sla * HOUR;
            s.notified = false;
          };
          const state = () =>
            JSON.stringify([
              w.exports.deps.store.list(),
              w.exports.deps.store.listJobs(),
              w.events.list(),
              w.artifacts.keys(),
            ]);

          for (const cmd of commands) {
            const before = state();
            const eventCount = w.events.list().length;
            const visible = (user: string) =>
              hasAccess(user) || model.stages.some((s) => named(s, user));
            let legal = true;
            let expectedEvents: string[] = [];
            let apply: () => void = () => {};
            let run: () => unknown;

            if (cmd.kind === 'approve') {
              const active = model.stages.find((s) => s.status === 'in_progress');
              const chosen = cmd.stage === null ? active : model.stages[cmd.stage];
              legal =
                visible(cmd.actor) &&
                !!active &&
                !!chosen &&
                chosen.status === 'in_progress' &&
                canSign(cmd.actor, chosen);
              const stageId =
                cmd.stage === null ? null : (model.stages[cmd.stage]?.id ?? 'missing-stage');
              run = () =>
                w.exports.approve(cmd.actor, 'exec-1', x.id, {
                  status: cmd.decision,
                  signature: `sig-${cmd.actor}`,
                  stage_id: stageId,
                });
              if (legal && chosen) {
                const index = model.stages.indexOf(chosen);
                const next = model.stages[index + 1];
                if (cmd.decision === 'rejected') {
                  expectedEvents = [`${E}stage_completed`, `${E}rejected`];
                  apply = () => {
                    chosen.status = 'rejected';
                    for (const later of model.stages.slice(index + 1)) {
                      later.status = 'reset';
                      later.dueMs = null;
                    }
                    model.approval = 'rejected';
                  };
                } else if (next) {
                  expectedEvents = [`${E}stage_completed`, `${E}stage_started`];
                  apply = () => {
                    chosen.status = 'approved';
                    startApprovalStage(next);
                  };
                } else {
                  expectedEvents = [`${E}stage_completed`, `${E}finalized`, `${P}queued`];
                  apply = () => {
                    chosen.status = 'approved';
                    model.approval = 'approved';
                  };
                }
              }
            } else if (cmd.kind === 'delegate') {
              const s = model.stages[cmd.stage];
              legal =
                visible(cmd.actor) &&
                !!s &&
                ['pending', 'in_progress', 'delegated'].includes(s.status) &&
                canManage(cmd.actor, s);
              run = () =>
                w.exports.delegate(cmd.actor, 'exec-1', x.id, s?.id ?? 'missing-stage', {
                  delegate_id: cmd.target,
                });
              expectedEvents = [`${E}stage_delegated`];
              apply = () => {
                if (!s) return;
                s.delegate = cmd.target;
                if (s.status === 'pending') s.status = 'delegated';
              };
            } else if (cmd.kind === 'reset') {
              const s = model.stages[cmd.stage];
              legal =
                visible(cmd.actor) &&
                !!s &&
                model.approval !== 'approved' &&
                model.stages.slice(0, cmd.stage).every((e) => e.status === 'approved') &&
                canManage(cmd.actor, s);
              run = () => w.exports.reset(cmd.actor, 'exec-1', x.id, s?.id ?? 'missing-stage');
              expectedEvents = [`${E}stage_reset`];
              apply = () => {
                if (!s) return;
                for (const later of model.stages.slice(cmd.stage + 1)) {
                  later.status = 'pending';
                  later.dueMs = null;
                  later.notified = false;
                }
                startApprovalStage(s);
                model.approval = 'pending';
              };
            } else if (cmd.kind === 'tick') {
              w.clock.advance(cmd.hours * HOUR);
              const due = model.stages.filter(
                (s) =>
                  s.status === 'in_progress' &&
                  s.dueMs !== null &&
                  s.dueMs <= w.clock.now() &&
                  !s.notified,
              );
              expectedEvents = due.flatMap(() => [`${E}stage_overdue`, `${E}stage_escalated`]);
              run = () => w.exports.checkOverdueStages();
              apply = () => {
                for (const s of due) s.notified = true;
              };
            } else {
              const packs = model.approval === 'approved' && !model.packaged;
              expectedEvents = packs ? [`${P}started`, `${P}ready`] : [];
              run = () => w.exports.runPackagingJobs();
              apply = () => {
                if (packs) model.packaged = true;
              };
            }

            let ok = false;
            try {
              run();
              ok = true;
            } catch (error) {
              if (!(error instanceof EngineError)) throw error;
              check(state() === before, `refused ${cmd.kind} changed state`);
            }
            check(
              ok === legal,
              `${JSON.stringify(cmd)}: expected ${legal ? 'success' : 'refusal'}`,
            );
            if (!ok) continue;
            apply();
            const added = w.events
              .list()
              .slice(eventCount)
              .map((e) => e.event_type);
            check(
              JSON.stringify(added) === JSON.stringify(expectedEvents),
              `${cmd.kind}: events ${added.join(',')} != ${expectedEvents.join(',')}`,
            );
            const stored = w.exports.deps.store.get(x.id);
            if (!stored) throw new Error('export vanished');
            const statuses = stored.approval_stages.map((s) => s.status);
            check(
              JSON.stringify(statuses) === JSON.stringify(model.stages.map((s) => s.status)),
              `statuses ${statuses.join(',')} != model ${model.stages.map((s) => s.status).join(',')}`,
            );
            check(
              stored.approval_status === model.approval,
              `approval ${stored.approval_status} != ${model.approval}`,
            );
            const active = stored.approval_stages.filter((s) => s.status === 'in_progress');
            check(active.length <= 1, 'two stages in progress');
            check(
              (stored.current_stage?.id ?? null) === (active[0]?.id ?? null),
              'current_stage disagrees with ladder',
            );
            check(
              model.approval !== 'approved' || active.length === 0,
              'approved export with an active stage',
            );
          }
        },
      ),
      { numRuns: NUM_RUNS },
    );
    // Generous bound for raised GOVKIT_FC_RUNS; the default run takes a few seconds.
  }, 120_000);
});
