import type { WorkflowTemplate, WorkflowTemplateCreate } from '@govkit/sdk';
import type { MockStore } from '../store/mock-store';
import type { SeededRandom } from '../store/seeded-random';

const DAY_MS = 24 * 3_600_000;
const ADMIN = 'user-admin';

/** The template keys of a seeded world and the lifecycle state each one shows. */
export const SEEDED_TEMPLATE_KEYS = {
  /**
   * `qpcr-release`: v1 published (superseded), v2 published with a 3-stage ladder (stage 1
   * pre-assigned to `user-reviewer`; assigned to team-governance and protocol-qpcr), v3 a draft
   * forked from v1, so the default list shows v3 and `include_all` shows all three.
   */
  qpcr: 'qpcr-release',
  /** `culture-gmp` v1: published, assigned to protocol-culture. */
  culture: 'culture-gmp',
  /** `sequencing-signoff` v1: a draft never published (publish it to export from it). */
  draft: 'sequencing-signoff',
  /** `legacy-signoff` v1: published, then archived (exports from its snapshot answer 409). */
  archived: 'legacy-signoff',
} as const;

const QPCR_V1: WorkflowTemplateCreate = {
  template_key: SEEDED_TEMPLATE_KEYS.qpcr,
  name: 'qPCR release',
  description: 'Two-step sign-off for qPCR assay runs.',
  default_stage_sla_hours: 24,
  permitted_roles: ['reviewer', 'lead'],
  stage_blueprint: [
    { name: 'Scientific review', required_role: 'reviewer', stage_step_indexes: [0, 1, 2] },
    { name: 'QA sign-off', required_role: 'lead', sla_hours: 48, stage_step_indexes: [3, 4, 5] },
  ],
  publish: true,
};

const QPCR_V2: WorkflowTemplateCreate = {
  ...QPCR_V1,
  description: 'Three-step sign-off for qPCR assay runs, with a manager release.',
  permitted_roles: ['reviewer', 'lead', 'manager'],
  stage_blueprint: [
    {
      name: 'Scientific review',
      required_role: 'reviewer',
      sla_hours: 24,
      stage_step_indexes: [0, 1],
      metadata: { assignee_id: 'user-reviewer' },
    },
    { name: 'QA sign-off', required_role: 'lead', sla_hours: 48, stage_step_indexes: [2, 3] },
    { name: 'Release', required_role: 'manager', sla_hours: 24, stage_step_indexes: [4, 5] },
  ],
};

const CULTURE: WorkflowTemplateCreate = {
  template_key: SEEDED_TEMPLATE_KEYS.culture,
  name: 'Cell culture GMP review',
  default_stage_sla_hours: 12,
  permitted_roles: ['reviewer', 'manager'],
  stage_blueprint: [
    { name: 'Bench review', required_role: 'reviewer', stage_gate_keys: ['viability'] },
    { name: 'GMP release', required_role: 'manager', sla_hours: 24 },
  ],
  publish: true,
};

const SEQUENCING_DRAFT: WorkflowTemplateCreate = {
  template_key: SEEDED_TEMPLATE_KEYS.draft,
  name: 'Sequencing sign-off',
  description: 'Draft: not yet published.',
  default_stage_sla_hours: 36,
  permitted_roles: ['lead'],
  stage_blueprint: [{ name: 'Library QC', required_role: 'lead' }],
};

const LEGACY: WorkflowTemplateCreate = {
  template_key: SEEDED_TEMPLATE_KEYS.archived,
  name: 'Legacy single sign-off',
  stage_blueprint: [{ required_role: 'approver' }],
  publish: true,
};

/**
 * Seed workflow templates (admin actions, dated over the last two months): every lifecycle state
 * of {@link SEEDED_TEMPLATE_KEYS}, the assignments, and `round(2 × scale)` extra templates
 * (`batch-review-01`, …, published or draft at random).
 */
export function seedTemplates(store: MockStore, rng: SeededRandom, scale: number): void {
  if (scale <= 0) return;
  const engine = store.templates.engine;
  const now = store.clock.now();
  const at = (daysAgo: number) => store.clock.set(now - daysAgo * DAY_MS);

  at(60);
  const v1 = engine.create(ADMIN, QPCR_V1);
  at(58);
  const legacy = engine.create(ADMIN, LEGACY);
  at(45);
  const v2 = engine.create(ADMIN, QPCR_V2);
  engine.createAssignment(ADMIN, v2.id, { team_id: 'team-governance' });
  engine.createAssignment(ADMIN, v2.id, { protocol_template_id: 'protocol-qpcr' });
  at(40);
  const culture = engine.create(ADMIN, CULTURE);
  engine.createAssignment(ADMIN, culture.id, {
    protocol_template_id: 'protocol-culture',
    metadata: { rollout: 'pilot' },
  });
  at(30);
  engine.archive(ADMIN, legacy.id);
  at(12);
  engine.create(ADMIN, SEQUENCING_DRAFT);
  at(6);
  engine.create(ADMIN, {
    ...QPCR_V1,
    name: 'qPCR release (fast track)',
    description: 'Fork of v1 with a shorter review.',
    default_stage_sla_hours: 8,
    forked_from_id: v1.id,
    publish: false,
  });

  const extra = Math.round(2 * scale);
  for (let i = 1; i <= extra; i += 1) {
    at(rng.int(1, 50));
    const roles = rng.shuffle(['reviewer', 'lead', 'manager']).slice(0, rng.int(1, 3));
    engine.create(ADMIN, {
      template_key: `batch-review-${String(i).padStart(2, '0')}`,
      name: `Batch review ${i}`,
      default_stage_sla_hours: rng.pick([8, 12, 24, 48]),
      permitted_roles: roles,
      stage_blueprint: roles.map((role) => ({ required_role: role })),
      publish: rng.chance(0.6),
    });
  }
}

/**
 * A seeded template by key and version (default: the highest version), read straight from the
 * store (no RBAC). Throws when the world has no such template (scale 0).
 *
 * @example
 * const qpcrV2 = findSeededTemplate(store, SEEDED_TEMPLATE_KEYS.qpcr, 2);
 * qpcrV2.published_snapshot_id; // export or preview from it
 */
export function findSeededTemplate(
  store: MockStore,
  key: string,
  version?: number,
): WorkflowTemplate {
  const versions = store.templates.engine.store
    .listTemplates()
    .filter((t) => t.template_key === key)
    .sort((a, b) => b.version - a.version);
  const found = version === undefined ? versions[0] : versions.find((t) => t.version === version);
  if (!found) throw new Error(`No seeded template ${key} v${version ?? 'latest'}`);
  return found;
}
