import type { TemplateAssignment, WorkflowTemplate } from '@govkit/sdk';

const stage = (name: string, role: string) => ({
  name,
  required_role: role,
  sla_hours: 24,
  stage_step_indexes: [],
  stage_gate_keys: [],
  metadata: {},
});

const base: WorkflowTemplate = {
  id: 'tpl-qpcr-1',
  template_key: 'qpcr-release',
  name: 'qPCR release',
  description: 'Two-step sign-off for qPCR assay runs.',
  version: 1,
  status: 'published',
  is_latest: false,
  default_stage_sla_hours: 24,
  permitted_roles: ['reviewer', 'lead'],
  stage_blueprint: [stage('Scientific review', 'reviewer'), stage('QA sign-off', 'lead')],
  forked_from_id: null,
  published_snapshot_id: 'snap-qpcr-1',
  created_by_id: 'user-admin',
  created_at: '2026-10-04T09:00:00Z',
  updated_at: '2026-10-04T09:00:00Z',
  published_at: '2026-10-04T09:00:00Z',
};

/**
 * The seeded world's templates as the list returns them (`include_all`): qpcr-release v1
 * (retired), v2 (published, superseded by the fork) and v3 (a draft forked from v1, latest);
 * culture-gmp v1 (published, latest); legacy-signoff v1 (archived).
 */
export const TEMPLATE_VERSIONS: WorkflowTemplate[] = [
  {
    ...base,
    id: 'tpl-culture-1',
    template_key: 'culture-gmp',
    name: 'Cell culture GMP review',
    is_latest: true,
    stage_blueprint: [stage('Bench review', 'reviewer'), stage('GMP release', 'manager')],
    created_at: '2026-10-24T09:00:00Z',
    published_at: '2026-10-24T09:00:00Z',
  },
  {
    ...base,
    id: 'tpl-legacy-1',
    template_key: 'legacy-signoff',
    name: 'Legacy single sign-off',
    status: 'archived',
    is_latest: true,
    stage_blueprint: [stage('Sign-off', 'approver')],
    created_at: '2026-10-06T09:00:00Z',
  },
  {
    ...base,
    id: 'tpl-qpcr-3',
    version: 3,
    name: 'qPCR release (fast track)',
    status: 'draft',
    is_latest: true,
    forked_from_id: 'tpl-qpcr-1',
    published_snapshot_id: null,
    created_at: '2026-11-27T09:00:00Z',
    published_at: null,
  },
  {
    ...base,
    id: 'tpl-qpcr-2',
    version: 2,
    stage_blueprint: [...base.stage_blueprint, stage('Release', 'manager')],
    created_at: '2026-10-19T09:00:00Z',
    published_at: '2026-10-19T09:00:00Z',
  },
  base,
];

/** qpcr-release v2's assignments: a team and a protocol template. */
export const TEMPLATE_ASSIGNMENTS: TemplateAssignment[] = [
  {
    id: 'asg-1',
    template_id: 'tpl-qpcr-2',
    team_id: 'team-governance',
    protocol_template_id: null,
    created_by_id: 'user-admin',
    created_at: '2026-10-19T09:00:00Z',
    metadata: {},
  },
  {
    id: 'asg-2',
    template_id: 'tpl-qpcr-2',
    team_id: null,
    protocol_template_id: 'protocol-qpcr',
    created_by_id: 'user-admin',
    created_at: '2026-10-19T09:05:00Z',
    metadata: {},
  },
];

/**
 * `count` template keys (every third forked), each with `versionsOf(key index)` versions (four
 * by default), for the Large story and the scaling tests.
 */
export function manyTemplateVersions(
  count: number,
  versionsOf: (family: number) => number = () => 4,
): WorkflowTemplate[] {
  const width = Math.max(2, String(count).length);
  return Array.from({ length: count }, (_, family) => {
    const latest = versionsOf(family);
    return Array.from({ length: latest }, (_, index): WorkflowTemplate => {
      const version = latest - index;
      const key = `batch-review-${String(family + 1).padStart(width, '0')}`;
      return {
        ...base,
        id: `${key}-${version}`,
        template_key: key,
        name: `Batch review ${family + 1}`,
        version,
        status:
          version === latest ? 'draft' : version === 1 && family % 2 ? 'archived' : 'published',
        is_latest: version === latest,
        forked_from_id: version === latest - 1 && family % 3 === 0 ? `${key}-1` : null,
        published_at: version === latest ? null : base.published_at,
        published_snapshot_id: version === latest ? null : `snap-${key}-${version}`,
      };
    });
  }).flat();
}
