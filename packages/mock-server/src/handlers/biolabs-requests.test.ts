import type { GovkitClient } from '@govkit/sdk';
import {
  baselinesEndpoints,
  evidenceEndpoints,
  exportsEndpoints,
  previewEndpoints,
  templatesEndpoints,
} from '@govkit/sdk/schemas';
import { findSeededBaseline } from '../seed/baselines';
import { findSeededExport } from '../seed/exports';
import { SEEDED_EXECUTIONS } from '../seed/lab-directory';
import { findSeededTemplate, SEEDED_TEMPLATE_KEYS } from '../seed/templates';
import type { MockStore } from '../store/mock-store';
import {
  describeRequestContract,
  type MalformedRequest,
} from '../testing/describe-request-contract';

const { qpcr } = SEEDED_EXECUTIONS;
const SEED_001_ENDPOINT_IDS = [
  exportsEndpoints,
  evidenceEndpoints,
  previewEndpoints,
  templatesEndpoints,
  baselinesEndpoints,
].flatMap((group) => Object.values(group).map((endpoint) => endpoint.id));

/** One well-formed call per seed 001 endpoint, keyed by endpoint id, on seeded resources. */
function wellFormedCalls(
  store: MockStore,
): Record<string, (c: GovkitClient) => PromiseLike<unknown>> {
  const x = findSeededExport(store, 'pending_first_stage');
  const stage = x.approval_stages[0]?.id ?? '';
  const template = findSeededTemplate(store, SEEDED_TEMPLATE_KEYS.qpcr, 2);
  const assignment = store.templates.engine.store.listAssignments()[0]?.id ?? '';
  const baseline = findSeededBaseline(store, 'submitted').id;
  return {
    'exports.create': (c) => c.exports.create(qpcr),
    'exports.list': (c) => c.exports.list(qpcr),
    'exports.approve': (c) => c.exports.approve(qpcr, x.id, { status: 'approved', signature: 'S' }),
    'exports.stages.delegate': (c) =>
      c.exports.stages.delegate(qpcr, x.id, stage, { delegate_id: 'user-lead' }),
    'exports.stages.reset': (c) => c.exports.stages.reset(qpcr, x.id, stage),
    'exports.artifact': (c) => c.exports.artifact(qpcr, findSeededExport(store, 'ready').id),
    'exports.jobs': (c) => c.exports.jobs(),
    'evidence.notebook': (c) => c.evidence.notebook({ limit: 1 }),
    'evidence.data': (c) => c.evidence.data({ limit: 1 }),
    'preview.create': (c) =>
      c.preview.create(qpcr, {
        workflow_template_snapshot_id: template.published_snapshot_id ?? '',
      }),
    'templates.list': (c) => c.templates.list(),
    'templates.retrieve': (c) => c.templates.retrieve(template.id),
    'templates.create': (c) => c.templates.create({ template_key: 'k', name: 'N' }),
    'templates.publish': (c) => c.templates.publish(template.id),
    'templates.archive': (c) => c.templates.archive(template.id),
    'templates.assignments.list': (c) => c.templates.assignments.list(template.id),
    'templates.assignments.create': (c) =>
      c.templates.assignments.create(template.id, { protocol_template_id: 'protocol-culture' }),
    'templates.assignments.delete': (c) => c.templates.assignments.delete(assignment),
    'baselines.submit': (c) => c.baselines.submit({ execution_id: qpcr, name: 'B' }),
    'baselines.list': (c) => c.baselines.list(),
    'baselines.retrieve': (c) => c.baselines.retrieve(baseline),
    'baselines.review': (c) => c.baselines.review(baseline, { decision: 'approve' }),
    'baselines.publish': (c) => c.baselines.publish(baseline),
    'baselines.rollback': (c) => c.baselines.rollback(baseline, { reason: 'r' }),
  };
}

/** One malformed raw request per seed 001 endpoint that takes a query or a body. */
const MALFORMED: readonly MalformedRequest[] = [
  [
    'exports.create',
    'POST',
    `/api/experiment-console/sessions/${qpcr}/exports/narrative?dry_run=maybe`,
    {},
  ],
  [
    'exports.approve',
    'POST',
    `/api/experiment-console/sessions/${qpcr}/exports/narrative/x/approve`,
    { status: 'approved' },
  ],
  [
    'exports.stages.delegate',
    'POST',
    `/api/experiment-console/sessions/${qpcr}/exports/narrative/x/stages/s/delegate`,
    {},
  ],
  [
    'exports.stages.reset',
    'POST',
    `/api/experiment-console/sessions/${qpcr}/exports/narrative/x/stages/s/reset`,
    { reason: 'extra' },
  ],
  ['evidence.notebook', 'GET', '/api/notebook/entries/evidence?limit=101', undefined],
  ['evidence.data', 'GET', '/api/data/evidence?limit=abc', undefined],
  [
    'preview.create',
    'POST',
    `/api/experiments/${qpcr}/preview`,
    { stage_overrides: [{ index: -1 }] },
  ],
  ['templates.list', 'GET', '/api/governance/templates?include_all=maybe', undefined],
  ['templates.create', 'POST', '/api/governance/templates', { name: 'no key' }],
  [
    'templates.assignments.create',
    'POST',
    '/api/governance/templates/t/assignments',
    { team_id: 7 },
  ],
  [
    'baselines.submit',
    'POST',
    '/api/governance/baselines/submissions',
    { execution_id: qpcr, name: '' },
  ],
  ['baselines.list', 'GET', '/api/governance/baselines?execution_id=', undefined],
  ['baselines.review', 'POST', '/api/governance/baselines/b/review', { decision: 'maybe' }],
  ['baselines.publish', 'POST', '/api/governance/baselines/b/publish', { notes: 5 }],
  ['baselines.rollback', 'POST', '/api/governance/baselines/b/rollback', {}],
];

// Request-level contract of every seed 001 endpoint: who is calling (401) and what is sent (422).
describeRequestContract('seed 001', {
  endpointIds: SEED_001_ENDPOINT_IDS,
  wellFormedCalls,
  malformed: MALFORMED,
});
