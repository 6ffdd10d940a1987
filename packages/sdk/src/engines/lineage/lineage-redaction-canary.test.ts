import { gunzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { LineageCaptureInputRaw } from '../../schemas/lineage/lineage-capture';
import { createManualClock } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import { createSequentialIdGenerator } from '../shared/id-generator';
import { createLineageEngine } from './lineage-engine';

// Canary secrets planted in every place a pipeline could leak them. None may survive anywhere the
// engine writes or answers.
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjYW5hcnktand0LXN1YmplY3QifQ.c2lnbmF0dXJlLWNhbmFyeQ';
const CANARIES = [
  'canary-pw-123',
  JWT,
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
  'canary-api-key-456',
  'canary-cookie-789',
  'canary-secret-000',
  'canary-url-pass',
  'canary-bearer-token-abc',
];

function input(over: Partial<LineageCaptureInputRaw> = {}): LineageCaptureInputRaw {
  return {
    report_generation_id: 'rep-canary',
    lead_id: 'lead-1',
    pipeline_run_id: 'run-1',
    template_version_id: 'v1',
    pipeline_start_time: '2026-02-03T10:00:00.000Z',
    pipeline_end_time: '2026-02-03T10:01:00.000Z',
    pipeline_logs: {
      events: [
        { timestamp: 't1', type: 'info', message: `Fetched profile with token ${JWT}` },
        {
          timestamp: 't2',
          type: 'info',
          message: 'Calling enrichment',
          data: {
            headers: { Authorization: `Bearer ${JWT}`, Cookie: 'session=canary-cookie-789' },
          },
        },
        {
          timestamp: 't3',
          type: 'warning',
          message: 'retry with Authorization: Bearer canary-bearer-token-abc',
        },
        {
          timestamp: 't4',
          type: 'debug',
          message: 'db url postgres://app:canary-url-pass@db/leads',
        },
        { timestamp: 't5', type: 'debug', message: '{"password": "canary-pw-123"}' },
      ],
      summary: { total_events: 5, error_count: 0, warning_count: 1, success: true },
    },
    raw_inputs: {
      password: 'canary-pw-123',
      assessment_data: { score: 87, vendor: { credentials: { api_key: 'canary-api-key-456' } } },
      enrichment_data: {
        request: { 'x-api-key': 'canary-api-key-456', client_secret: 'canary-secret-000' },
      },
      notes: ['ok', `jwt=${JWT}`],
    },
    report: { status: 'completed', apiKey: 'canary-api-key-456' },
    ...over,
  };
}

function assertNoCanary(label: string, text: string): void {
  for (const canary of CANARIES) {
    if (text.includes(canary)) throw new Error(`canary ${canary} leaked into ${label}`);
  }
}

describe('secret redaction (canaries)', () => {
  it('keeps canaries out of the bundle, download, logs, search, audit and stored rows', () => {
    const engine = createLineageEngine({
      clock: createManualClock('2026-02-03T11:00:00.000Z'),
      ids: createSequentialIdGenerator(),
    });
    const captured = engine.captureReport(input());
    const id = captured.lineage.lineage_id;
    const context = { user_id: 'u', ip_address: '1.2.3.4', user_agent: `curl Bearer ${JWT}` };

    const row = engine.store.getLineage(id);
    const stored = strFromU8(gunzipSync(row?.raw_inputs_compressed ?? new Uint8Array()));
    expect(stored).toContain('[REDACTED]');
    assertNoCanary('stored bundle', stored);
    assertNoCanary('stored row', JSON.stringify({ ...row, raw_inputs_compressed: null }));
    assertNoCanary('report', JSON.stringify(engine.getReport('rep-canary')));
    assertNoCanary('capture result', JSON.stringify(captured));

    const download = engine.download(id, context);
    assertNoCanary('download', strFromU8(gunzipSync(download.bytes)));
    assertNoCanary('logs response', JSON.stringify(engine.getLogs(id, {}, context)));
    assertNoCanary('view', JSON.stringify(engine.getByReportId('rep-canary', context)));
    assertNoCanary('search', JSON.stringify(engine.search({}, context)));
    const trail = engine.listAudit(id);
    expect(trail.items).toHaveLength(4);
    assertNoCanary('audit rows', JSON.stringify(trail));

    // The redaction keeps the shape: the reader still sees where a secret was.
    const logs = engine.getLogs(id);
    expect(JSON.stringify(logs.events)).toContain('Authorization');
    expect(logs.raw_inputs).toMatchObject({
      password: '[REDACTED]',
      assessment_data: { score: 87, vendor: { credentials: { api_key: '[REDACTED]' } } },
    });
  });

  it('keeps canaries out of error messages and error data', () => {
    const engine = createLineageEngine({
      clock: createManualClock(0),
      ids: createSequentialIdGenerator(),
    });
    const failures: unknown[] = [];
    const attempts: Array<() => unknown> = [
      // Invalid input that carries secrets.
      () =>
        engine.captureReport({
          ...input(),
          lead_id: '',
          extra_secret: 'canary-secret-000',
        } as never),
      () => engine.captureReport({ ...input(), pipeline_end_time: `later ${JWT}` }),
      // Too large to store, with secrets inside.
      () =>
        engine.captureReport(
          input({ lead_id: `canary-pw-123 ${'x'.repeat(10)}${noise(3_000_000)}` }),
        ),
      // Bad query values that echo secrets.
      () => engine.search({ start_date: `canary-pw-123` }),
      () => engine.search({ cursor: JWT }),
    ];
    for (const attempt of attempts) {
      try {
        attempt();
      } catch (error) {
        failures.push(error);
      }
    }
    expect(failures).toHaveLength(attempts.length);
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(EngineError);
      const error = failure as EngineError;
      assertNoCanary(
        'error',
        `${error.message} ${error.detail} ${JSON.stringify(error.data ?? {})}`,
      );
    }
    expect(engine.store.listLineages()).toEqual([]);
  });
});

function noise(length: number): string {
  let state = 11;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    bytes[i] = 33 + ((state >>> 24) % 90);
  }
  return new TextDecoder().decode(bytes);
}
