import type { DirectoryExecutionStep } from '@govkit/sdk/engines';
import { EngineError } from '@govkit/sdk/engines';
import type { MockStore } from '../store/mock-store';
import type { SeededRandom } from '../store/seeded-random';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const STEP_COUNT = 6;

/**
 * The executions the override fixtures live on. They have their own protocol templates so that
 * publishing their baselines never touches the lab world's baselines' `is_current` flags.
 */
export const SEEDED_OVERRIDE_EXECUTIONS = {
  /** Runner `user-lead`, team-governance; stages 2 and 3 blocked; a reversal lock is held here. */
  review: 'exec-override-001',
  /** Runner `user-reviewer`, team-governance; reversals in and out of cooldown. */
  cooldown: 'exec-override-002',
  /** Runner `user-admin`, a team nobody else is in: every non-admin gets 403 (read and write). */
  partner: 'exec-override-partner',
} as const;

/** Protocol templates of the override executions (team-governance, and a member-less team). */
export const SEEDED_OVERRIDE_PROTOCOLS = {
  review: 'protocol-override-review',
  partner: 'protocol-partner-assay',
} as const;

/** The member-less team of the partner execution. */
export const SEEDED_PARTNER_TEAM_ID = 'team-partner-lab';

/** Scenarios override lineages cite (`lineage.scenario_id`). */
export const SEEDED_OVERRIDE_SCENARIOS = {
  signoff: 'scenario-faster-signoff',
  reagent: 'scenario-reagent-swap',
  parallel: 'scenario-parallel-review',
} as const;

/** Notebook entries override lineages cite (`lineage.notebook_entry_id`). */
export const SEEDED_OVERRIDE_NOTEBOOKS = {
  review: 'notebook-override-001',
  cooldown: 'notebook-override-002',
  partner: 'notebook-override-003',
} as const;

/** The reviewer whose cadence (8 pending, a 3-publish streak, slow reviews) fires recommendations. */
export const SEEDED_SATURATED_REVIEWER = 'user-manager';

/** Ids of the extra override executions of a world of this scale (`exec-override-batch-001`, …). */
export function seededOverrideBatchExecutionIds(scale: number): string[] {
  return Array.from(
    { length: Math.round(2 * scale) },
    (_, i) => `exec-override-batch-${String(i + 1).padStart(3, '0')}`,
  );
}

/** What {@link seedOverrideWorld} built, for the override and coaching seeders. */
export interface OverrideWorld {
  /** A submitted baseline of the review execution listing the saturated reviewer (reassign). */
  reassignBaselineId: string;
  /** Every override execution (fixed, then batches) with its runner. */
  executions: Array<{ id: string; runner_id: string }>;
}

function steps(createdMs: number, completed: number, blocked: number[]): DirectoryExecutionStep[] {
  return Array.from({ length: STEP_COUNT }, (_, index) => ({
    index,
    completed_at:
      index < completed ? new Date(createdMs + (index + 1) * 5 * HOUR_MS).toISOString() : null,
    blocked_reason: blocked.includes(index) ? 'Reagent QC hold' : null,
  }));
}

/**
 * The ground the override fixtures stand on: protocol templates, executions, lineage scenarios
 * and notebook entries, baselines (a publish streak and a review backlog for
 * {@link SEEDED_SATURATED_REVIEWER}, so recommendations fire) and preview summaries (analytics
 * inputs) on the published `qpcr-release` snapshot when the seeded workflow templates are there.
 */
export function seedOverrideWorld(
  store: MockStore,
  rng: SeededRandom,
  scale: number,
): OverrideWorld {
  const now = store.clock.now();
  const { directory } = store;
  directory.putTeam({ id: SEEDED_PARTNER_TEAM_ID, name: 'Partner lab', members: [] });
  directory.putProtocolTemplate({
    id: SEEDED_OVERRIDE_PROTOCOLS.review,
    name: 'Override review assay',
    team_id: 'team-governance',
  });
  directory.putProtocolTemplate({
    id: SEEDED_OVERRIDE_PROTOCOLS.partner,
    name: 'Partner assay',
    team_id: SEEDED_PARTNER_TEAM_ID,
  });
  const plans = [
    {
      id: SEEDED_OVERRIDE_EXECUTIONS.review,
      runner: 'user-lead',
      age: 10,
      done: 3,
      blocked: [3, 5],
    },
    {
      id: SEEDED_OVERRIDE_EXECUTIONS.cooldown,
      runner: 'user-reviewer',
      age: 8,
      done: 5,
      blocked: [],
    },
    { id: SEEDED_OVERRIDE_EXECUTIONS.partner, runner: 'user-admin', age: 6, done: 2, blocked: [] },
    ...seededOverrideBatchExecutionIds(scale).map((id) => {
      const done = rng.int(1, STEP_COUNT);
      return {
        id,
        runner: rng.pick(['user-lead', 'user-reviewer', 'user-manager']),
        age: rng.int(3, 28),
        done,
        blocked: done < STEP_COUNT && rng.chance(0.4) ? [done] : [],
      };
    }),
  ];
  for (const plan of plans) {
    const createdMs = now - plan.age * DAY_MS;
    directory.putExecution({
      id: plan.id,
      runner_id: plan.runner,
      protocol_template_id:
        plan.id === SEEDED_OVERRIDE_EXECUTIONS.partner
          ? SEEDED_OVERRIDE_PROTOCOLS.partner
          : SEEDED_OVERRIDE_PROTOCOLS.review,
      status: plan.done === STEP_COUNT ? 'completed' : 'in_progress',
      steps: steps(createdMs, plan.done, plan.blocked),
      created_at: new Date(createdMs).toISOString(),
    });
  }

  const { lineageSources: lineage } = store.overrides;
  const { catalog } = store.evidence;
  lineage.putScenario({
    id: SEEDED_OVERRIDE_SCENARIOS.signoff,
    name: 'Faster sign-off',
    folder_id: 'folder-q1',
    folder_name: 'Q1 experiments',
    owner_id: 'user-lead',
  });
  lineage.putScenario({
    id: SEEDED_OVERRIDE_SCENARIOS.reagent,
    name: 'Reagent lot swap',
    folder_id: 'folder-q1',
    folder_name: 'Q1 experiments',
    owner_id: 'user-manager',
  });
  lineage.putScenario({ id: SEEDED_OVERRIDE_SCENARIOS.parallel, name: 'Parallel review' });
  const notebooks: Array<[string, string, string]> = [
    [SEEDED_OVERRIDE_NOTEBOOKS.review, SEEDED_OVERRIDE_EXECUTIONS.review, 'Reviewer load notes'],
    [SEEDED_OVERRIDE_NOTEBOOKS.cooldown, SEEDED_OVERRIDE_EXECUTIONS.cooldown, 'Cooldown log'],
    [SEEDED_OVERRIDE_NOTEBOOKS.partner, SEEDED_OVERRIDE_EXECUTIONS.partner, 'Partner handover'],
  ];
  for (const [id, executionId, title] of notebooks) {
    const at = new Date(now - 7 * DAY_MS).toISOString();
    catalog.putNotebookEntry({
      id,
      title,
      content: `# ${title}\n\nWhy the governance ladder was adjusted for ${executionId}.`,
      execution_id: executionId,
      author_id: 'user-lead',
      created_at: at,
      updated_at: at,
    });
  }

  const reassignBaselineId = seedCadenceBaselines(store, now);
  seedPreviews(store, rng, plans, now);
  return {
    reassignBaselineId,
    executions: plans.map((plan) => ({ id: plan.id, runner_id: plan.runner })),
  };
}

/**
 * Baselines that make {@link SEEDED_SATURATED_REVIEWER} saturated with slow reviews (8 pending,
 * review latencies of 6–28 h) and on a 3-publish streak (24 h apart), so the `cadence_overload`
 * and `streak_cooldown` rules fire. Returns a pending baseline for reassign overrides.
 */
function seedCadenceBaselines(store: MockStore, now: number): string {
  const engine = store.baselines.engine;
  const reviewer = SEEDED_SATURATED_REVIEWER;
  const { review, cooldown } = SEEDED_OVERRIDE_EXECUTIONS;
  const latencies = [6, 10, 28];
  latencies.forEach((hours, i) => {
    const publishAt = now - (6 - i) * DAY_MS;
    store.clock.set(publishAt - HOUR_MS - hours * HOUR_MS);
    const executionId = i % 2 === 0 ? review : cooldown;
    const runner = i % 2 === 0 ? 'user-lead' : 'user-reviewer';
    const baseline = engine.submit(runner, {
      execution_id: executionId,
      name: `Override review baseline v${i + 1}`,
      reviewer_ids: [reviewer],
    });
    store.clock.set(publishAt - HOUR_MS);
    engine.review(reviewer, baseline.id, { decision: 'approve', notes: 'Within tolerance.' });
    store.clock.set(publishAt);
    engine.publish(reviewer, baseline.id, { notes: 'Promoted after override review.' });
  });
  let pendingId = '';
  for (let i = 0; i < 8; i += 1) {
    store.clock.set(now - (5 - i * 0.5) * DAY_MS);
    const baseline = engine.submit(i % 2 === 0 ? 'user-lead' : 'user-reviewer', {
      execution_id: i % 2 === 0 ? review : cooldown,
      name: `Override backlog candidate ${i + 1}`,
      reviewer_ids: i === 0 ? [reviewer, 'user-observer'] : [reviewer],
    });
    if (i === 0) pendingId = baseline.id;
  }
  return pendingId;
}

/** Preview summaries (the only analytics input) from the published qpcr-release snapshot. */
function seedPreviews(
  store: MockStore,
  rng: SeededRandom,
  plans: ReadonlyArray<{ id: string; runner: string; age: number }>,
  now: number,
): void {
  const snapshot = store.templates.engine.store
    .listTemplates()
    .filter((t) => t.template_key === 'qpcr-release' && t.status === 'published')
    .sort((a, b) => b.version - a.version)[0]?.published_snapshot_id;
  if (!snapshot) return;
  for (const plan of plans) {
    const runs = plan.id === SEEDED_OVERRIDE_EXECUTIONS.review ? 2 : 1;
    for (let run = 0; run < runs; run += 1) {
      store.clock.set(now - plan.age * DAY_MS + (run * 5 + rng.int(1, 4)) * HOUR_MS);
      try {
        store.preview.engine.preview(plan.runner, plan.id, {
          workflow_template_snapshot_id: snapshot,
        });
      } catch (error) {
        // A world whose templates refuse this execution simply has no previews for it.
        if (!(error instanceof EngineError)) throw error;
      }
    }
  }
}
