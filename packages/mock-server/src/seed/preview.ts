import type { ExperimentPreviewRequest } from '@govkit/sdk';
import type { MockStore } from '../store/mock-store';
import type { SeededRandom } from '../store/seeded-random';
import {
  SEEDED_EXECUTIONS,
  SEEDED_PREVIEW_RESOURCES,
  seededBatchExecutionIds,
} from './lab-directory';
import { findSeededTemplate, SEEDED_TEMPLATE_KEYS } from './templates';

const HOUR_MS = 3_600_000;

/**
 * Seed governance previews (each one emits the `governance.preview.summary` event analytics reads):
 *
 * - `exec-qpcr-001` against `qpcr-release` v2 (stage 3 blocked by the blocked step 4), twice;
 * - `exec-qpcr-002` against v1 with a stage SLA override and an out-of-range override (a warning);
 * - `exec-culture-001` against `culture-gmp` with one known and one unknown piece of equipment
 *   (a resource warning);
 * - every batch execution against its protocol's published template.
 *
 * Runs are spread over the last five days and made by each execution's runner.
 */
export function seedPreviews(store: MockStore, rng: SeededRandom, scale: number): void {
  if (scale <= 0) return;
  const now = store.clock.now();
  const qpcrV1 = findSeededTemplate(store, SEEDED_TEMPLATE_KEYS.qpcr, 1);
  const qpcrV2 = findSeededTemplate(store, SEEDED_TEMPLATE_KEYS.qpcr, 2);
  const culture = findSeededTemplate(store, SEEDED_TEMPLATE_KEYS.culture, 1);
  const snapshotOf = (protocolId: string | null | undefined) =>
    (protocolId === 'protocol-culture' ? culture : qpcrV2).published_snapshot_id as string;

  const runs: Array<{ executionId: string; hoursAgo: number; body: ExperimentPreviewRequest }> = [
    {
      executionId: SEEDED_EXECUTIONS.qpcr,
      hoursAgo: 110,
      body: { workflow_template_snapshot_id: snapshotOf('protocol-qpcr') },
    },
    {
      executionId: SEEDED_EXECUTIONS.qpcrRerun,
      hoursAgo: 72,
      body: {
        workflow_template_snapshot_id: qpcrV1.published_snapshot_id as string,
        stage_overrides: [
          { index: 1, sla_hours: 12, assignee_id: 'user-manager' },
          { index: 5, sla_hours: 1 },
        ],
      },
    },
    {
      executionId: SEEDED_EXECUTIONS.culture,
      hoursAgo: 30,
      body: {
        workflow_template_snapshot_id: snapshotOf('protocol-culture'),
        resource_overrides: {
          equipment_ids: [SEEDED_PREVIEW_RESOURCES.equipment[0], 'equipment-incubator-99'],
        },
      },
    },
    {
      executionId: SEEDED_EXECUTIONS.qpcr,
      hoursAgo: 6,
      body: {
        workflow_template_snapshot_id: snapshotOf('protocol-qpcr'),
        stage_overrides: [{ index: 0, delegate_id: 'user-lead' }],
      },
    },
  ];
  for (const executionId of seededBatchExecutionIds(scale)) {
    const protocolId = store.directory.getExecution(executionId)?.protocol_template_id;
    runs.push({
      executionId,
      hoursAgo: rng.int(1, 120),
      body: { workflow_template_snapshot_id: snapshotOf(protocolId) },
    });
  }
  for (const run of runs.sort((a, b) => b.hoursAgo - a.hoursAgo)) {
    const runner = store.directory.getExecution(run.executionId)?.runner_id ?? 'user-admin';
    store.clock.set(now - run.hoursAgo * HOUR_MS);
    store.preview.engine.preview(runner, run.executionId, run.body);
  }
}
