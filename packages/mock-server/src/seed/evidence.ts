import type { MockStore } from '../store/mock-store';
import type { SeededRandom } from '../store/seeded-random';
import { seededExecutionIds } from './lab-directory';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** Per execution and unit of scale: notebook entries, analytics snapshots, QC metrics, reports. */
export const EVIDENCE_PER_EXECUTION = {
  notebookEntries: 3,
  files: 1,
  analyticsSnapshots: 3,
  qcMetrics: 2,
  remediationReports: 1,
} as const;

/** Ids of the evidence of an execution that tests and stories attach (`<kind>-<execution id>-1`). */
export function seededEvidenceIds(executionId: string) {
  return {
    notebookEntry: `notebook-${executionId}-1`,
    file: `file-${executionId}-1`,
  };
}

const NOTEBOOK_TOPICS = [
  'Plate layout and controls',
  'Reagent lot reconciliation',
  'Deviation log',
  'Instrument run notes',
  'Results interpretation',
];
const FILE_KINDS = [
  { name: 'plate-layout.csv', type: 'text/csv' },
  { name: 'amplification-curves.json', type: 'application/json' },
  { name: 'run-summary.txt', type: 'text/plain' },
];
const REMEDIATION_ACTIONS = ['Recalibrate pipettes', 'Re-run controls', 'Quarantine reagent lot'];

/**
 * Seed the evidence the attachment pickers discover and exports attach, for every seeded
 * execution: notebook entries (`notebook-<execution>-<n>`, some sharing a timestamp so cursors
 * must break ties), files with bytes (`file-<execution>-<n>`), a timeline event per completed step
 * (`execution.step.completed`), and the data evidence events `analytics.snapshot.captured`,
 * `qc.metric.recorded` and `remediation.report.filed`. Counts are {@link EVIDENCE_PER_EXECUTION}
 * × scale, plus a few notebook entries tied to no execution (visible to their authors only).
 */
export function seedEvidence(store: MockStore, rng: SeededRandom, scale: number): void {
  if (scale <= 0) return;
  const { catalog } = store.evidence;
  const now = store.clock.now();
  const count = (n: number) => Math.max(1, Math.round(n * scale));
  const iso = (ms: number) => new Date(ms).toISOString();

  for (const executionId of seededExecutionIds(scale)) {
    const execution = store.directory.getExecution(executionId);
    if (!execution) continue;
    const started = Date.parse(execution.created_at);
    const span = Math.max(now - started, DAY_MS);
    const when = () => started + rng.int(1, Math.floor(span / MINUTE_MS) - 1) * MINUTE_MS;

    let previous = 0;
    for (let n = 1; n <= count(EVIDENCE_PER_EXECUTION.notebookEntries); n += 1) {
      // Every third entry shares the previous one's timestamp: a bare-timestamp cursor would skip it.
      const created = n % 3 === 0 && previous ? previous : when();
      previous = created;
      const topic = rng.pick(NOTEBOOK_TOPICS);
      catalog.putNotebookEntry({
        id: `notebook-${executionId}-${n}`,
        title: `${topic} (${executionId})`,
        content: `## ${topic}\n\nRecorded during ${executionId}. Observation ${n}: ${rng.pick([
          'controls within range',
          'one replicate discarded',
          'no deviations',
        ])}.`,
        execution_id: executionId,
        project_id: `project-${execution.protocol_template_id ?? 'unlinked'}`,
        author_id: execution.runner_id,
        created_at: iso(created),
        updated_at: iso(created + rng.int(0, 120) * MINUTE_MS),
      });
    }
    for (let n = 1; n <= count(EVIDENCE_PER_EXECUTION.files); n += 1) {
      const kind = rng.pick(FILE_KINDS);
      const content = `${kind.name} for ${executionId}\nwell,ct\nA1,${rng.int(180, 320) / 10}\n`;
      catalog.putFile({
        id: `file-${executionId}-${n}`,
        filename: kind.name,
        file_type: kind.type,
        file_size: new TextEncoder().encode(content).length,
        item_id: null,
        meta: { execution_id: executionId },
        storage_path: `executions/${executionId}/${kind.name}`,
        uploaded_by: execution.runner_id,
        created_at: iso(when()),
        content,
      });
    }
    for (const step of execution.steps) {
      if (!step.completed_at) continue;
      store.events.append({
        execution_id: executionId,
        event_type: 'execution.step.completed',
        payload: { step_index: step.index, label: `Step ${step.index + 1} completed` },
        actor_id: execution.runner_id,
        created_at: step.completed_at,
      });
    }
    appendDataEvidence(store, rng, executionId, execution.runner_id, when, count);
  }

  for (let n = 1; n <= count(4); n += 1) {
    const created = now - rng.int(1, 40) * DAY_MS;
    catalog.putNotebookEntry({
      id: `notebook-scratch-${n}`,
      title: `Scratch notes ${n}`,
      content: 'Ideas not tied to an execution yet.',
      execution_id: null,
      project_id: null,
      author_id: rng.pick(['user-member', 'user-lead', 'user-reviewer']),
      created_at: iso(created),
      updated_at: iso(created),
    });
  }
}

function appendDataEvidence(
  store: MockStore,
  rng: SeededRandom,
  executionId: string,
  actorId: string,
  when: () => number,
  count: (n: number) => number,
): void {
  const append = (event_type: string, payload: Record<string, unknown>) =>
    store.events.append({
      execution_id: executionId,
      event_type,
      payload,
      actor_id: actorId,
      created_at: new Date(when()).toISOString(),
    });
  for (let n = 1; n <= count(EVIDENCE_PER_EXECUTION.analyticsSnapshots); n += 1) {
    append('analytics.snapshot.captured', {
      label: `Throughput snapshot ${n}`,
      metrics: {
        samples_processed: rng.int(24, 384),
        yield_pct: rng.int(700, 990) / 10,
        ct_mean: rng.int(180, 320) / 10,
      },
    });
  }
  for (let n = 1; n <= count(EVIDENCE_PER_EXECUTION.qcMetrics); n += 1) {
    // Every other metric has no label: discovery falls back to "Qc Metric @ <time>".
    append('qc.metric.recorded', {
      ...(n % 2 === 1 ? { title: `QC check ${n}` } : {}),
      readings: Array.from({ length: 4 }, () => rng.int(900, 1100) / 10),
      attempt: n,
    });
  }
  for (let n = 1; n <= count(EVIDENCE_PER_EXECUTION.remediationReports); n += 1) {
    append('remediation.report.filed', {
      title: `Remediation report ${n}`,
      actions: rng.shuffle(REMEDIATION_ACTIONS).slice(0, rng.int(1, 3)),
    });
  }
}
