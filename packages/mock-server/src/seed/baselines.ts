import type { Baseline } from '@govkit/sdk';
import type { MockStore } from '../store/mock-store';
import type { SeededRandom } from '../store/seeded-random';
import { SEEDED_EXECUTIONS, seededBatchExecutionIds } from './lab-directory';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The label key that names a seeded baseline's scenario (`labels: [{key, value}]`). */
export const BASELINE_SCENARIO_LABEL = 'seed_scenario';

/**
 * The baseline scenarios of a seeded world, one per lifecycle state:
 *
 * - protocol qPCR: `published_v1` (published, not current), `restored_current` (v2: published,
 *   rolled over by v3, then restored as current), `rolled_back` (v3: rolled back by `user-admin`
 *   to v2), `submitted` (awaiting review by `user-reviewer`);
 * - protocol culture: `culture_current` (published v1, current), `rejected`, `approved` (awaiting
 *   publication; reviewer `user-lead`);
 * - teamless sequencing: `teamless_submitted` (invisible to `user-member`).
 */
export const SEEDED_BASELINE_SCENARIOS = [
  'published_v1',
  'restored_current',
  'rolled_back',
  'submitted',
  'culture_current',
  'rejected',
  'approved',
  'teamless_submitted',
] as const;
export type SeededBaselineScenario = (typeof SEEDED_BASELINE_SCENARIOS)[number];

/**
 * Seed baselines through the engine (submit → review → publish → rollback, by the people the RBAC
 * rules allow), dated over the last seven weeks, plus `round(3 × scale)` submitted baselines on the
 * batch executions.
 */
export function seedBaselines(store: MockStore, rng: SeededRandom, scale: number): void {
  if (scale <= 0) return;
  const engine = store.baselines.engine;
  const now = store.clock.now();
  const at = (daysAgo: number, hours = 0) =>
    store.clock.set(now - daysAgo * DAY_MS + hours * HOUR_MS);
  const submit = (
    actor: string,
    scenario: SeededBaselineScenario | 'batch',
    executionId: string,
    name: string,
    reviewerIds: string[],
  ) =>
    engine.submit(actor, {
      execution_id: executionId,
      name,
      description: `${name} (seeded)`,
      reviewer_ids: reviewerIds,
      labels: [
        { key: BASELINE_SCENARIO_LABEL, value: scenario },
        { key: 'assay', value: name.split(' ')[0]?.toLowerCase() ?? 'assay' },
      ],
    });
  const approveAndPublish = (id: string, reviewer: string, hoursLater: number) => {
    store.clock.advance(hoursLater * HOUR_MS);
    engine.review(reviewer, id, { decision: 'approve', notes: 'Matches the reference run.' });
    store.clock.advance(hoursLater * HOUR_MS);
    return engine.publish(reviewer, id, { notes: 'Promoted to the active standard.' });
  };

  const { qpcr, qpcrRerun, culture, sequencing } = SEEDED_EXECUTIONS;
  at(48);
  const v1 = submit('user-member', 'published_v1', qpcr, 'qPCR baseline v1', ['user-reviewer']);
  approveAndPublish(v1.id, 'user-reviewer', 5);
  at(35);
  const v2 = submit('user-lead', 'restored_current', qpcrRerun, 'qPCR baseline v2', [
    'user-reviewer',
    'user-manager',
  ]);
  approveAndPublish(v2.id, 'user-manager', 9);
  at(21);
  const v3 = submit('user-member', 'rolled_back', qpcr, 'qPCR baseline v3', ['user-reviewer']);
  approveAndPublish(v3.id, 'user-reviewer', 3);
  at(10);
  engine.rollback('user-admin', v3.id, {
    reason: 'Ct drift after the primer lot change',
    target_version_id: v2.id,
  });
  at(2);
  submit('user-lead', 'submitted', qpcrRerun, 'qPCR baseline candidate', ['user-reviewer']);

  at(30);
  const current = submit('user-reviewer', 'culture_current', culture, 'Culture baseline v1', [
    'user-lead',
  ]);
  approveAndPublish(current.id, 'user-lead', 20);
  at(8);
  const rejected = submit('user-reviewer', 'rejected', culture, 'Culture density tweak', [
    'user-lead',
  ]);
  store.clock.advance(30 * HOUR_MS);
  engine.review('user-lead', rejected.id, {
    decision: 'reject',
    notes: 'Viability below the acceptance band.',
  });
  at(4);
  const approved = submit('user-reviewer', 'approved', culture, 'Culture feed schedule', [
    'user-lead',
  ]);
  store.clock.advance(2 * HOUR_MS);
  engine.review('user-lead', approved.id, { decision: 'approve' });
  at(3);
  submit('user-manager', 'teamless_submitted', sequencing, 'Sequencing baseline', ['user-lead']);

  for (const executionId of seededBatchExecutionIds(scale)) {
    const runner = store.directory.getExecution(executionId)?.runner_id ?? 'user-admin';
    at(rng.int(1, 20), rng.int(0, 23));
    submit(runner, 'batch', executionId, `Batch baseline ${executionId.slice(-3)}`, [
      rng.pick(['user-reviewer', 'user-lead', 'user-manager']),
    ]);
  }
}

/**
 * The seeded baseline of a scenario (read from the store, with its events; no RBAC). Throws when
 * the world has none (scale 0).
 *
 * @example
 * const submitted = findSeededBaseline(store, 'submitted');
 * await client.baselines.review(submitted.id, { decision: 'approve' }); // as user-reviewer
 */
export function findSeededBaseline(store: MockStore, scenario: SeededBaselineScenario): Baseline {
  const record = store.baselines.engine.store
    .list()
    .find((b) => b.labels.some((l) => l.key === BASELINE_SCENARIO_LABEL && l.value === scenario));
  const baseline = record ? store.baselines.engine.get(record.id) : undefined;
  if (!baseline) throw new Error(`No seeded baseline for scenario ${scenario}`);
  return baseline;
}
