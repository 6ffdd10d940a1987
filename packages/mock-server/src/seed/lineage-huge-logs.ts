import type { LineageReportRecord, LineageRow } from '@govkit/sdk';
import {
  createInMemoryLineageStore,
  createLineageEngine,
  createManualClock,
  type LineageStore,
} from '@govkit/sdk/engines';
import { createSeededRandom } from '../store/seeded-random';

/** Report id of the seeded lineage whose log list was too big for 2 MB and got truncated. */
export const HUGE_LOGS_REPORT_ID = 'rpt-huge-logs';
/** Entries of its log list before truncation (the bundle keeps 100 + marker + 100). */
export const HUGE_LOGS_ENTRY_COUNT = 20_000;

const LEAD_ID = 'lead-bulk-import';
const PIPELINE_RUN_ID = 'run-bulk-import';
const TEMPLATE_VERSION_ID = 'v2.0.0';
// Random data per log entry: 136 characters of a 44-letter alphabet (lower-case letters and
// punctuation that JSON does not escape). 20,000 such entries do not compress below about
// 2.3 MB, so the whole bundle cannot be stored and truncation must kick in.
// Why this alphabet: without `:`, `=`, quotes or spaces no random run can look like a
// `key=value` secret, so capture's redaction leaves the digests as they are.
const DIGEST_CHARS = 136;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz!#$%()*/<>?@[^`{|~';
const BASE = ALPHABET.length;
const BASE4 = BASE ** 4;

interface CapturedHugeLogs {
  createdAtMs: number;
  report: LineageReportRecord;
  row: LineageRow;
}

// Why a cache: gzipping the 5 MB bundle before truncation costs a few hundred milliseconds, and
// every default store (one per test) would pay it. The capture is a pure function of its
// creation time, so one real capture per process and time is replayed into each store.
let cached: CapturedHugeLogs | undefined;

/**
 * Put the "huge log list" lineage into a store: a pipeline run that logged
 * {@link HUGE_LOGS_ENTRY_COUNT} entries of incompressible data. It is captured by the real
 * lineage engine (redaction, gzip level 6, truncation to the first 100 entries, the
 * `"... truncated ..."` marker and the last 100), once per process and creation time, and the
 * stored rows are inserted into `store` under a lineage id from `lineageId`.
 */
export function insertHugeLogsLineage(
  store: LineageStore,
  createdAtMs: number,
  lineageId: string,
): void {
  if (cached?.createdAtMs !== createdAtMs) cached = captureHugeLogs(createdAtMs);
  store.insertCapture(structuredClone(cached.report), {
    ...cached.row,
    id: lineageId,
    raw_inputs_compressed: cached.row.raw_inputs_compressed?.slice() ?? null,
  });
}

function captureHugeLogs(createdAtMs: number): CapturedHugeLogs {
  const scratch = createInMemoryLineageStore();
  const engine = createLineageEngine({
    clock: createManualClock(createdAtMs),
    ids: { next: (prefix) => `${prefix ?? 'id'}-huge-logs` },
    store: scratch,
  });
  const start = createdAtMs - 47 * 60_000;
  const { lineage, report } = engine.captureReport({
    report_generation_id: HUGE_LOGS_REPORT_ID,
    lead_id: LEAD_ID,
    pipeline_run_id: PIPELINE_RUN_ID,
    template_version_id: TEMPLATE_VERSION_ID,
    pipeline_start_time: new Date(start).toISOString(),
    pipeline_end_time: new Date(createdAtMs - 1000).toISOString(),
    pipeline_logs: hugeLogList(start),
    raw_inputs: {
      import_file: 'leads-2026-q1.csv',
      rows: HUGE_LOGS_ENTRY_COUNT,
      assessment_data: { source: 'bulk_import', checks: ['schema', 'checksum'] },
    },
    report: {
      status: 'completed',
      pdf_url: `https://reports.example.test/${HUGE_LOGS_REPORT_ID}.pdf`,
    },
  });
  const row = scratch.getLineage(lineage.lineage_id);
  if (!row) throw new Error('The huge-logs capture did not store its lineage');
  return { createdAtMs, report, row };
}

// One log entry per imported chunk, each with a random digest (what makes the list huge).
function hugeLogList(startMs: number): unknown[] {
  const random = createSeededRandom(0x10ce);
  const bytes = new Uint8Array(DIGEST_CHARS);
  const ascii = new TextDecoder('ascii');
  const entries: unknown[] = [];
  for (let i = 0; i < HUGE_LOGS_ENTRY_COUNT; i++) {
    // One draw gives four characters (44^4 < 2^32).
    for (let at = 0; at < DIGEST_CHARS; at += 4) {
      let draw = Math.floor(random.next() * BASE4);
      for (let c = 0; c < 4; c++) {
        bytes[at + c] = ALPHABET.charCodeAt(draw % BASE);
        draw = Math.floor(draw / BASE);
      }
    }
    entries.push({
      timestamp: new Date(startMs + i * 140).toISOString(),
      type: 'debug',
      message: `chunk ${i + 1} imported`,
      data: { chunk: i + 1, digest: ascii.decode(bytes) },
    });
  }
  return entries;
}
