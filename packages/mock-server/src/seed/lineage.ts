import type { LineageAccessContext } from '@govkit/sdk';
import { lineageAuditEntry } from '@govkit/sdk/engines';
import type { MockStore } from '../store/mock-store';
import type { SeededRandom } from '../store/seeded-random';
import { SEEDED_USERS } from './directory';
import { HUGE_LOGS_REPORT_ID, insertHugeLogsLineage } from './lineage-huge-logs';
import {
  captureInput,
  SEEDED_TEMPLATE_VERSIONS,
  type SeededLead,
  type SeededPipeline,
  seededLeads,
} from './lineage-records';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Lineage records per unit of scale (scale 1: 40 reports over 60 days). */
export const LINEAGE_RECORDS_PER_SCALE = 40;

/** Report ids every seeded lineage world has (`GET /api/lineage/{report_id}`). */
export const SEEDED_LINEAGE = {
  /** Dict-shaped logs (`{events, summary}`), captured within the last 24 hours. */
  dictLogsReportId: 'rpt-dict-logs',
  /** List-shaped logs (a bare event list). */
  listLogsReportId: 'rpt-list-logs',
  /** A pipeline that failed: its summary says `success: false`, its last event is an error. */
  failedReportId: 'rpt-failed',
  /** 20,000 log entries of incompressible data, truncated to fit 2 MB. */
  hugeLogsReportId: HUGE_LOGS_REPORT_ID,
  templateVersions: SEEDED_TEMPLATE_VERSIONS,
} as const;

/** Where seeded accesses come from (ip, user agent). */
const CLIENTS: ReadonlyArray<[string, string]> = [
  [
    '10.0.4.17',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15',
  ],
  ['192.168.1.23', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0 Safari/537.36'],
  ['203.0.113.9', 'govkit-cli/0.3.1 node/20.20.0'],
];

/**
 * Seed report lineage: `round(40 × scale)` reports captured through the lineage
 * engine (so redaction, gzip and truncation are real), from pipeline runs of 1–3 reports each,
 * over the last 60 days (about 15 % in the last 24 hours), with four template versions and
 * `round(8 × scale)` leads. Named records ({@link SEEDED_LINEAGE}): dict-shaped logs, list-shaped
 * logs, a failed pipeline, and a huge log list that had to be truncated. About half the records
 * were already viewed, read or downloaded (1–4 audited accesses by seeded users, with ip and user
 * agent). Every seeded record has raw inputs, so a download never answers 404 in a fresh world.
 */
export function seedLineage(store: MockStore, rng: SeededRandom, scale: number): void {
  const count = Math.round(LINEAGE_RECORDS_PER_SCALE * scale);
  if (count === 0) return;
  const now = store.clock.now();
  const { engine } = store.lineage;
  const leads = seededLeads(Math.max(3, Math.round(8 * scale)), () => store.ids.next('lead'));
  const pipelines = planPipelines(store, rng, now, leads, count - 1);

  // Named records first in the plan, then captured in time order (ids and times rise together).
  const named = [
    SEEDED_LINEAGE.dictLogsReportId,
    SEEDED_LINEAGE.listLogsReportId,
    SEEDED_LINEAGE.failedReportId,
  ];
  const planned = pipelines.map((pipeline, i) => ({ pipeline, reportId: named[i] }));
  planned.sort((a, b) => a.pipeline.endMs - b.pipeline.endMs);
  const captured: Array<{ reportId: string; lineageId: string; createdMs: number }> = [];
  for (const { pipeline, reportId } of planned) {
    const createdMs = pipeline.endMs + 2000;
    store.clock.set(createdMs);
    const { lineage, report } = engine.captureReport(captureInput(pipeline, rng, reportId));
    captured.push({ reportId: report.id, lineageId: lineage.lineage_id, createdMs });
  }
  const hugeCreatedMs = now - 3 * DAY_MS;
  const hugeLineageId = store.ids.next('lineage');
  insertHugeLogsLineage(store.lineage.store, hugeCreatedMs, hugeLineageId);
  captured.push({
    reportId: HUGE_LOGS_REPORT_ID,
    lineageId: hugeLineageId,
    createdMs: hugeCreatedMs,
  });

  for (const record of captured) {
    if (!rng.chance(0.5)) continue;
    const times = Array.from({ length: rng.int(1, 4) }, () =>
      rng.int(record.createdMs + 60_000, Math.max(record.createdMs + 60_000, now - 60_000)),
    ).sort((a, b) => a - b);
    for (const at of times) {
      store.clock.set(at);
      const [ip, agent] = rng.pick(CLIENTS);
      const context: LineageAccessContext = {
        user_id: rng.pick(SEEDED_USERS).id,
        ip_address: ip,
        user_agent: agent,
      };
      const action = rng.int(0, 2);
      if (action === 0) engine.getByReportId(record.reportId, context);
      else if (action === 1) recordLogsView(store, record.lineageId, context);
      else engine.download(record.lineageId, context);
    }
  }
  store.clock.set(now);
}

// A past visit to the logs viewer leaves what `engine.getLogs` leaves: one `view_logs` audit row
// (same id and time source), and the row's access count and time. The seeder records it directly
// because the response is not needed, and building it gunzips the whole bundle (tens of ms for
// the huge-logs record, in every store).
function recordLogsView(store: MockStore, lineageId: string, context: LineageAccessContext): void {
  const deps = { clock: store.clock, ids: store.ids };
  store.lineage.store.recordAccess(lineageAuditEntry(lineageId, 'view_logs', context, deps));
}

// Pipeline runs of 1–3 reports (distinct leads, one template) until `count` reports exist; the
// first three are forced to the named shapes (dict, list, failed) and to recent times.
function planPipelines(
  store: MockStore,
  rng: SeededRandom,
  now: number,
  leads: readonly SeededLead[],
  count: number,
): SeededPipeline[] {
  const pipelines: SeededPipeline[] = [];
  while (pipelines.length < count) {
    const runId = store.ids.next('run');
    const templateVersionId = rng.pick([...SEEDED_TEMPLATE_VERSIONS, SEEDED_TEMPLATE_VERSIONS[0]]);
    const ageMs = rng.chance(0.15)
      ? rng.int(2, 23 * 60) * 60_000
      : rng.int(1, 59) * DAY_MS + rng.int(0, 23) * HOUR_MS;
    const size = Math.min(rng.int(1, 3), count - pipelines.length);
    const members = rng.shuffle(leads).slice(0, size);
    members.forEach((lead, i) => {
      const startMs = now - ageMs + i * 5 * 60_000;
      const n = pipelines.length;
      pipelines.push({
        lead,
        pipelineRunId: runId,
        templateVersionId,
        startMs,
        endMs: startMs + rng.int(30, 300) * 1000,
        logShape:
          n === 1 ? 'list' : n === 0 || n === 2 ? 'dict' : rng.chance(0.3) ? 'list' : 'dict',
        failed: n === 2 || (n > 2 && rng.chance(0.08)),
      });
    });
  }
  // The dict-logs record is the newest: captured within the last 24 hours, whatever the draws.
  const first = pipelines[0];
  if (first) {
    first.startMs = now - 2 * HOUR_MS;
    first.endMs = first.startMs + 95_000;
  }
  return pipelines;
}
