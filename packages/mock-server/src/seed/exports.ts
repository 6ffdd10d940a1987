import type { ExportRequest, NarrativeExport } from '@govkit/sdk';
import { EngineError } from '@govkit/sdk/engines';
import type { MockStore } from '../store/mock-store';
import type { SeededRandom } from '../store/seeded-random';
import { seededEvidenceIds } from './evidence';
import { SEEDED_EXECUTIONS, seededBatchExecutionIds } from './lab-directory';
import { findSeededTemplate, SEEDED_TEMPLATE_KEYS } from './templates';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** The metadata key that names a seeded export's scenario. */
export const EXPORT_SCENARIO_KEY = 'seed_scenario';

/**
 * The narrative export scenarios of a seeded world, one per approval stage and artifact state:
 *
 * - on `exec-qpcr-001` (runner `user-member`): `expired_artifact` (packaged 400 days ago, retired
 *   on download: 410), `packaging_failed` (5 failed attempts), `ready` (every evidence type
 *   attached, approved by `user-reviewer`, artifact downloadable), `rejected` (by `user-lead`),
 *   `mid_ladder` (from `qpcr-release` v2's snapshot, stage 1 approved, stage 2 `lead` active),
 *   `delegated` (stage 1 delegated to `user-lead`, pending stage 2 delegated to `user-manager`),
 *   `pending_first_stage` (stage 1 assigned to `user-reviewer`, in progress);
 * - on `exec-qpcr-002` (runner `user-lead`): `remediation_reset` (stage 2 rejected, then reset:
 *   pending again), `packaging_retrying` (first attempt failed, retry scheduled; packaging keeps
 *   failing for it);
 * - on `exec-culture-001`: `overdue_escalated` (stage past its 4 h SLA, escalated by the SLA
 *   monitor).
 */
export const SEEDED_EXPORT_SCENARIOS = [
  'expired_artifact',
  'packaging_failed',
  'ready',
  'rejected',
  'mid_ladder',
  'delegated',
  'pending_first_stage',
  'remediation_reset',
  'packaging_retrying',
  'overdue_escalated',
] as const;
export type SeededExportScenario = (typeof SEEDED_EXPORT_SCENARIOS)[number];

/**
 * Seed narrative exports through the engine (the runner requests, the stage holders sign), dated
 * by moving the clock, then run the SLA monitor once at "now". Batch executions get
 * `round(4 × scale)` more exports (pending, approved and packaged, or rejected).
 */
export function seedExports(store: MockStore, rng: SeededRandom, scale: number): void {
  if (scale <= 0) return;
  const exports = store.exports.engine;
  const now = store.clock.now();
  const at = (ms: number) => store.clock.set(now - ms);
  const create = (
    actor: string,
    executionId: string,
    scenario: SeededExportScenario | 'batch',
    body: ExportRequest = {},
  ) =>
    exports.create(actor, executionId, {
      ...body,
      notes: body.notes ?? `Seeded export: ${scenario.replace(/_/g, ' ')}`,
      metadata: { ...body.metadata, [EXPORT_SCENARIO_KEY]: scenario },
    });
  const sign = (actor: string, x: NarrativeExport, status: 'approved' | 'rejected' = 'approved') =>
    exports.approve(actor, x.execution_id, x.id, {
      status,
      signature: store.directory.getUser(actor)?.full_name ?? actor,
      notes: status === 'approved' ? 'Looks complete.' : 'Missing the deviation rationale.',
    });
  const reviewerStage = { name: 'Peer review', required_role: 'reviewer', sla_hours: 48 };
  const { qpcr, qpcrRerun, culture } = SEEDED_EXECUTIONS;

  at(400 * DAY_MS);
  const expired = sign('user-admin', create('user-member', qpcr, 'expired_artifact'));

  at(10 * DAY_MS);
  const failing = create('user-member', qpcr, 'packaging_failed', {
    approval_stages: [{ required_role: 'lead', assignee_id: 'user-lead' }],
  });
  store.exports.failPackaging(failing.id);
  sign('user-lead', failing);
  for (let attempt = 1; attempt < 5; attempt += 1) {
    store.clock.advance(attempt * 60_000);
    exports.runPackagingJobs();
  }
  store.exports.clearPackagingFailure(failing.id);

  at(3 * DAY_MS);
  const evidence = seededEvidenceIds(qpcr);
  const dataEvent = (prefix: string) =>
    store.events.list({ execution_id: qpcr, type_prefix: prefix })[0]?.id;
  const ready = create('user-member', qpcr, 'ready', {
    approval_stages: [{ ...reviewerStage, assignee_id: 'user-reviewer' }],
    attachments: [
      { type: 'notebook_entry', reference_id: evidence.notebookEntry },
      { file_id: evidence.file, label: 'Plate layout' },
      { analytics_event_id: dataEvent('analytics.snapshot') },
      { qc_event_id: dataEvent('qc.metric') },
      { remediation_event_id: dataEvent('remediation.report') },
      { event_id: dataEvent('execution.step.completed'), label: 'First step' },
    ],
  });
  store.clock.advance(5 * HOUR_MS);
  sign('user-reviewer', ready);

  at(2 * DAY_MS + 6 * HOUR_MS);
  const rejected = create('user-member', qpcr, 'rejected', {
    approval_stages: [{ name: 'Lead sign-off', required_role: 'lead' }],
  });
  store.clock.advance(3 * HOUR_MS);
  sign('user-lead', rejected, 'rejected');

  at(2 * DAY_MS);
  const snapshotId = findSeededTemplate(store, SEEDED_TEMPLATE_KEYS.qpcr, 2).published_snapshot_id;
  const mid = create('user-member', qpcr, 'mid_ladder', {
    workflow_template_snapshot_id: snapshotId,
  });
  store.clock.advance(20 * HOUR_MS);
  sign('user-reviewer', mid);

  at(DAY_MS);
  const delegated = create('user-member', qpcr, 'delegated', {
    approval_stages: [
      { ...reviewerStage, assignee_id: 'user-reviewer' },
      { name: 'Release', required_role: 'manager', sla_hours: 24 },
    ],
  });
  const [first, second] = delegated.approval_stages;
  store.clock.advance(2 * HOUR_MS);
  if (first && second) {
    exports.delegate('user-reviewer', qpcr, delegated.id, first.id, {
      delegate_id: 'user-lead',
      notes: 'Out of office until Monday.',
    });
    exports.delegate('user-admin', qpcr, delegated.id, second.id, { delegate_id: 'user-manager' });
  }

  at(HOUR_MS);
  create('user-member', qpcr, 'pending_first_stage', {
    approval_stages: [
      { ...reviewerStage, assignee_id: 'user-reviewer' },
      { name: 'Lead sign-off', required_role: 'lead', sla_hours: 24 },
    ],
  });

  at(5 * DAY_MS);
  const remediation = create('user-lead', qpcrRerun, 'remediation_reset', {
    approval_stages: [reviewerStage, { name: 'Release', required_role: 'manager' }],
  });
  store.clock.advance(4 * HOUR_MS);
  sign('user-reviewer', remediation);
  store.clock.advance(4 * HOUR_MS);
  const rejectedAtRelease = sign('user-manager', remediation, 'rejected');
  store.clock.advance(DAY_MS);
  const releaseStage = rejectedAtRelease.approval_stages[1];
  if (releaseStage) {
    exports.reset('user-manager', qpcrRerun, remediation.id, releaseStage.id, {
      notes: 'Deviation rationale added; please re-review.',
    });
  }

  at(MINUTE_MS / 2);
  const retrying = create('user-lead', qpcrRerun, 'packaging_retrying', {
    approval_stages: [{ required_role: 'manager', assignee_id: 'user-manager' }],
  });
  store.exports.failPackaging(retrying.id);
  sign('user-manager', retrying);

  at(DAY_MS);
  create('user-reviewer', culture, 'overdue_escalated', {
    approval_stages: [
      { name: 'Bench review', required_role: 'lead', assignee_id: 'user-lead', sla_hours: 4 },
    ],
  });

  seedBatchExports(store, rng, scale);
  at(0);
  // Expiry is lazy (checked on download): retire the old artifact now, so that downloading it is
  // a plain 410 that writes nothing (a rejected request must never change the world).
  try {
    exports.artifact('user-admin', qpcr, expired.id);
  } catch (error) {
    if (!isArtifactExpired(error)) throw error;
  }
  exports.checkOverdueStages();
}

function seedBatchExports(store: MockStore, rng: SeededRandom, scale: number): void {
  const executions = seededBatchExecutionIds(scale);
  const count = Math.round(4 * scale);
  const now = store.clock.now();
  for (let i = 0; i < count && executions.length > 0; i += 1) {
    const executionId = executions[i % executions.length] as string;
    const runner = store.directory.getExecution(executionId)?.runner_id ?? 'user-admin';
    store.clock.set(now - rng.int(1, 25) * DAY_MS - rng.int(0, 23) * HOUR_MS);
    const x = store.exports.engine.create(runner, executionId, {
      notes: `Batch export ${i + 1}`,
      metadata: { [EXPORT_SCENARIO_KEY]: 'batch' },
      approval_stages: [{ name: 'Review', required_role: 'reviewer', sla_hours: 72 }],
    });
    const outcome = rng.pick(['pending', 'approved', 'rejected'] as const);
    if (outcome === 'pending') continue;
    store.clock.advance(rng.int(1, 30) * HOUR_MS);
    store.exports.engine.approve('user-reviewer', executionId, x.id, {
      status: outcome,
      signature: 'Riley Reviewer',
    });
  }
}

/**
 * The seeded export of a scenario, read from the store (no RBAC). Throws when the world has none
 * (scale 0).
 *
 * @example
 * const ready = findSeededExport(store, 'ready');
 * const zip = await client.exports.artifact(ready.execution_id, ready.id);
 */
export function findSeededExport(
  store: MockStore,
  scenario: SeededExportScenario,
): NarrativeExport {
  const found = store.exports.engine.deps.store
    .list()
    .find((x) => x.metadata[EXPORT_SCENARIO_KEY] === scenario);
  if (!found) throw new Error(`No seeded export for scenario ${scenario}`);
  return found;
}

/** True when `error` is the contractual 410 of an expired artifact (what seeding expects). */
export function isArtifactExpired(error: unknown): boolean {
  return error instanceof EngineError && error.status === 410;
}
