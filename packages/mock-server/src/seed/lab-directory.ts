import type {
  DirectoryExecution,
  DirectoryExecutionStep,
  DirectoryProtocolTemplate,
} from '@govkit/sdk/engines';
import type { MockStore } from '../store/mock-store';
import type { SeededRandom } from '../store/seeded-random';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const GOVERNANCE_TEAM_ID = 'team-governance';

/**
 * The protocol templates of the lab world. Two belong to `team-governance`; the sequencing one
 * is **teamless**, so only admins and its executions' runners may open those executions.
 */
export const SEEDED_PROTOCOL_TEMPLATES: readonly DirectoryProtocolTemplate[] = [
  { id: 'protocol-qpcr', name: 'qPCR assay', team_id: GOVERNANCE_TEAM_ID },
  { id: 'protocol-culture', name: 'Cell culture expansion', team_id: GOVERNANCE_TEAM_ID },
  { id: 'protocol-sequencing', name: 'Sequencing library prep', team_id: null },
];

/** The fixed executions every world has (tests and stories name them). */
export const SEEDED_EXECUTIONS = {
  /** Runner `user-member`, protocol qPCR; step 4 blocked. Most narrative exports live here. */
  qpcr: 'exec-qpcr-001',
  /** Runner `user-lead`, protocol qPCR; every step done. */
  qpcrRerun: 'exec-qpcr-002',
  /** Runner `user-reviewer`, protocol culture; step 2 blocked. */
  culture: 'exec-culture-001',
  /** Runner `user-manager`, teamless protocol: `user-member` and the others get 403. */
  sequencing: 'exec-sequencing-001',
  /** Runner `user-member`, no protocol template: preview answers 400. */
  unlinked: 'exec-unlinked-001',
} as const;

/** Lab resources a preview's `resource_overrides` may name; anything else becomes a warning. */
export const SEEDED_PREVIEW_RESOURCES = {
  equipment: ['equipment-thermocycler-01', 'equipment-biosafety-cabinet-02'],
  inventory_item: ['inventory-primer-set-a', 'inventory-master-mix-b'],
  booking: ['booking-sequencing-core-0120'],
} as const;

interface ExecutionPlan {
  id: string;
  runner_id: string;
  protocol_template_id: string | null;
  age_days: number;
  /** Steps that are done (from 0), and one optional blocked step. */
  completed: number;
  blocked?: { index: number; reason: string };
}

const FIXED_EXECUTIONS: readonly ExecutionPlan[] = [
  {
    id: SEEDED_EXECUTIONS.qpcr,
    runner_id: 'user-member',
    protocol_template_id: 'protocol-qpcr',
    age_days: 21,
    completed: 4,
    blocked: { index: 4, reason: 'Awaiting reagent lot release' },
  },
  {
    id: SEEDED_EXECUTIONS.qpcrRerun,
    runner_id: 'user-lead',
    protocol_template_id: 'protocol-qpcr',
    age_days: 14,
    completed: 6,
  },
  {
    id: SEEDED_EXECUTIONS.culture,
    runner_id: 'user-reviewer',
    protocol_template_id: 'protocol-culture',
    age_days: 18,
    completed: 2,
    blocked: { index: 2, reason: 'Incubator CO2 alarm unresolved' },
  },
  {
    id: SEEDED_EXECUTIONS.sequencing,
    runner_id: 'user-manager',
    protocol_template_id: 'protocol-sequencing',
    age_days: 9,
    completed: 3,
  },
  {
    id: SEEDED_EXECUTIONS.unlinked,
    runner_id: 'user-member',
    protocol_template_id: null,
    age_days: 5,
    completed: 1,
  },
];

const STEP_COUNT = 6;
const RUNNERS = ['user-member', 'user-lead', 'user-reviewer', 'user-manager'];
const BATCH_PROTOCOLS = ['protocol-qpcr', 'protocol-culture'];

/** Ids of the extra executions a world of this scale has (`exec-batch-001`, …). */
export function seededBatchExecutionIds(scale: number): string[] {
  return Array.from(
    { length: Math.round(3 * scale) },
    (_, i) => `exec-batch-${String(i + 1).padStart(3, '0')}`,
  );
}

function buildSteps(plan: ExecutionPlan, createdMs: number): DirectoryExecutionStep[] {
  return Array.from({ length: STEP_COUNT }, (_, index) => ({
    index,
    completed_at:
      index < plan.completed ? new Date(createdMs + (index + 1) * 6 * HOUR_MS).toISOString() : null,
    blocked_reason: plan.blocked?.index === index ? plan.blocked.reason : null,
  }));
}

/**
 * Seed the lab directory (overrides, exports, templates and the other governance domains share it):
 * the protocol templates, the fixed executions above plus `round(3 × scale)` batch executions
 * (`exec-batch-001`, …, random runner, qPCR or culture protocol, some steps done, a third with a
 * blocked step) and the preview resources. Executions are directory data, so even scale 0 has the
 * fixed ones.
 */
export function seedLabDirectory(store: MockStore, rng: SeededRandom, scale: number): void {
  const now = store.clock.now();
  for (const template of SEEDED_PROTOCOL_TEMPLATES) store.directory.putProtocolTemplate(template);
  const plans: ExecutionPlan[] = [...FIXED_EXECUTIONS];
  for (const id of seededBatchExecutionIds(scale)) {
    const completed = rng.int(1, STEP_COUNT);
    plans.push({
      id,
      runner_id: rng.pick(RUNNERS),
      protocol_template_id: rng.pick(BATCH_PROTOCOLS),
      age_days: rng.int(3, 30),
      completed,
      ...(completed < STEP_COUNT && rng.chance(1 / 3)
        ? { blocked: { index: completed, reason: 'Instrument calibration overdue' } }
        : {}),
    });
  }
  for (const plan of plans) {
    const createdMs = now - plan.age_days * DAY_MS;
    const execution: DirectoryExecution = {
      id: plan.id,
      runner_id: plan.runner_id,
      protocol_template_id: plan.protocol_template_id,
      status: plan.completed === STEP_COUNT ? 'completed' : 'in_progress',
      steps: buildSteps(plan, createdMs),
      created_at: new Date(createdMs).toISOString(),
    };
    store.directory.putExecution(execution);
  }
  for (const [kind, ids] of Object.entries(SEEDED_PREVIEW_RESOURCES)) {
    for (const id of ids)
      store.preview.resources.put(kind as keyof typeof SEEDED_PREVIEW_RESOURCES, id);
  }
}

/** Every lab execution id of a world of this scale (fixed first, then batches). */
export function seededExecutionIds(scale: number): string[] {
  return [...FIXED_EXECUTIONS.map((plan) => plan.id), ...seededBatchExecutionIds(scale)];
}
