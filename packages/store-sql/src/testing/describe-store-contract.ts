import {
  createLineageEngine,
  createManifest,
  createSequentialIdGenerator,
  decompressLineageBundle,
  EngineError,
  type RunPipelineHooks,
} from '@govkit/sdk/engines';
import {
  DOMAIN_ERROR_DETAILS,
  type LineageCaptureInputRaw,
  LineageRecordSchema,
  type RunStartRequestInput,
} from '@govkit/sdk/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoreHarness, StoreUnderTest } from './store-harness';

const EVENTS = Array.from({ length: 7 }, (_, i) => ({
  timestamp: `2026-02-03T10:00:0${i}.000Z`,
  type: 'info',
  message: `step ${i}`,
}));

/** A capture input; `overrides` change fields (e.g. another report id or lead). */
export function captureInput(
  overrides: Partial<LineageCaptureInputRaw> = {},
): LineageCaptureInputRaw {
  return {
    report_generation_id: 'rep-1',
    lead_id: 'lead-1',
    pipeline_run_id: 'run-1',
    template_version_id: 'v1.0.0',
    pipeline_start_time: '2026-02-03T10:00:00.000Z',
    pipeline_end_time: '2026-02-03T10:00:45.200Z',
    pipeline_logs: { events: EVENTS, summary: { total_events: 7, error_count: 0, success: true } },
    raw_inputs: { assessment_data: { score: 87 }, api_key: 'sk-live-abcdefghijklmnop' },
    report: { status: 'completed' },
    ...overrides,
  };
}

const RUN_REQUEST: RunStartRequestInput = {
  owner: 'alice',
  files: [
    { name: 'invoices.csv', category: 'invoices', row_count: 40 },
    { name: 'quotes.csv', category: 'quotes', row_count: 12 },
  ],
  invoices_detected_count: 38,
  quotes_detected_count: 12,
};

const CTX = { user_id: 'u-1', ip_address: '10.0.0.1', user_agent: 'vitest' };

async function rejection(promise: Promise<unknown>): Promise<EngineError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error('expected an EngineError');
}

/**
 * The engine contract every store must keep, run against memory, PGlite and PostgreSQL alike so
 * the three cannot drift: same results, same errors, same side effects (or none on refusal).
 */
export function describeStoreContract(harness: StoreHarness): void {
  describe(`store contract: ${harness.name}`, () => {
    beforeAll(() => harness.setup());
    afterAll(() => harness.teardown());
    const fresh = (hooks?: RunPipelineHooks): Promise<StoreUnderTest> => harness.fresh(hooks);

    describe('run locks', () => {
      it('grants with id, fencing token 1 and a 300 s default expiry', async () => {
        const { store } = await fresh();
        const grant = await store.locks.acquireRunLock('ws-1', 'alice');
        expect(grant).toMatchObject({
          acquired: true,
          workspace_id: 'ws-1',
          owner: 'alice',
          fencing_token: 1,
          acquired_at: '2026-02-03T10:00:00.000Z',
          expires_at: '2026-02-03T10:05:00.000Z',
        });
        expect(grant.lock_id).toBeTruthy();
      });

      it('refuses a second acquirer (and the same owner) with the calm message', async () => {
        const { store } = await fresh();
        await store.locks.acquireRunLock('ws-1', 'alice');
        expect(await store.locks.acquireRunLock('ws-1', 'bob')).toEqual({
          acquired: false,
          message: DOMAIN_ERROR_DETAILS.runLockHeld,
        });
        expect((await store.locks.acquireRunLock('ws-1', 'alice')).acquired).toBe(false);
        expect(await store.locks.currentFencingToken('ws-1')).toBe(1);
      });

      it('keeps workspaces independent', async () => {
        const { store } = await fresh();
        await store.locks.acquireRunLock('ws-1', 'alice');
        expect(await store.locks.acquireRunLock('ws-2', 'alice')).toMatchObject({
          acquired: true,
          fencing_token: 1,
        });
      });

      it('is live until expires_at and reclaimable exactly at expires_at, with a larger token', async () => {
        const { store, advance } = await fresh();
        const first = await store.locks.acquireRunLock('ws-1', 'alice', 10);
        await advance(9_999);
        expect((await store.locks.acquireRunLock('ws-1', 'bob')).acquired).toBe(false);
        expect((await store.locks.getLockState('ws-1')).live).toBe(true);
        await advance(1);
        expect((await store.locks.getLockState('ws-1')).live).toBe(false);
        const second = await store.locks.acquireRunLock('ws-1', 'bob');
        expect(second).toMatchObject({ acquired: true, fencing_token: 2 });
        expect(second.lock_id).not.toBe(first.lock_id);
      });

      it('never reuses a fencing token, even after a release', async () => {
        const { store } = await fresh();
        const tokens: number[] = [];
        for (let i = 0; i < 5; i += 1) {
          const grant = await store.locks.acquireRunLock('ws-1', `owner-${i}`);
          tokens.push(grant.fencing_token ?? -1);
          expect(await store.locks.releaseRunLock(grant.lock_id ?? '')).toBe(true);
        }
        expect(tokens).toEqual([1, 2, 3, 4, 5]);
        expect(await store.locks.currentFencingToken('ws-1')).toBe(5);
      });

      it.each([
        ['', 'alice', 300],
        ['ws-1', ' ', 300],
        ['ws-1', 'alice', 0],
        ['ws-1', 'alice', 1.5],
        ['ws-1', 'alice', 86_401],
      ])('rejects bad input (%j, %j, %j) with 400 and changes nothing', async (ws, owner, ttl) => {
        const { store } = await fresh();
        expect((await rejection(store.locks.acquireRunLock(ws, owner, ttl))).status).toBe(400);
        expect(await store.locks.currentFencingToken(ws)).toBe(0);
        expect((await store.locks.getLockState(ws)).lock_id).toBeNull();
      });

      it('releases only the current lock id: unknown and stale ids change nothing', async () => {
        const { store, advance } = await fresh();
        const stale = await store.locks.acquireRunLock('ws-1', 'alice', 1);
        expect(await store.locks.releaseRunLock('nope')).toBe(false);
        await advance(1_000);
        const fresh2 = await store.locks.acquireRunLock('ws-1', 'bob');
        expect(await store.locks.releaseRunLock(stale.lock_id ?? '')).toBe(false);
        expect(await store.locks.getLockState('ws-1')).toMatchObject({
          live: true,
          lock_id: fresh2.lock_id,
        });
        expect(await store.locks.isLive(fresh2.lock_id ?? '')).toBe(true);
        expect(await store.locks.isLive(stale.lock_id ?? '')).toBe(false);
        expect(await store.locks.releaseRunLock(fresh2.lock_id ?? '')).toBe(true);
        expect(await store.locks.getLockState('ws-1')).toMatchObject({
          live: false,
          lock_id: null,
          holder: null,
          current_fencing_token: 2,
        });
      });

      it('releases for the holder or an admin only, and shows the lock id only to them', async () => {
        const { store } = await fresh();
        const grant = await store.locks.acquireRunLock('ws-1', 'alice');
        const lockId = grant.lock_id ?? '';
        const bob = { id: 'bob', is_admin: false };
        expect((await store.locks.getLockState('ws-1', bob)).lock_id).toBeNull();
        expect((await store.locks.getLockState('ws-1', bob)).holder).toBe('alice');
        expect(
          (await store.locks.getLockState('ws-1', { id: 'alice', is_admin: false })).lock_id,
        ).toBe(lockId);
        expect(
          (await store.locks.getLockState('ws-1', { id: 'root', is_admin: true })).lock_id,
        ).toBe(lockId);
        expect((await rejection(store.locks.releaseHeldLock(lockId, bob))).status).toBe(403);
        expect((await store.locks.getLockState('ws-1')).live).toBe(true);
        expect((await rejection(store.locks.releaseHeldLock('no-such-lock', bob))).status).toBe(
          404,
        );
        await store.locks.releaseHeldLock(lockId, { id: 'alice', is_admin: false });
        expect((await store.locks.getLockState('ws-1')).live).toBe(false);
        // A released id is unknown now: 404, not a silent no-op.
        expect((await rejection(store.locks.releaseHeldLock(lockId, bob))).status).toBe(404);
        const next = await store.locks.acquireRunLock('ws-1', 'carol');
        await store.locks.releaseHeldLock(next.lock_id ?? '', { id: 'root', is_admin: true });
        expect((await store.locks.getLockState('ws-1')).live).toBe(false);
      });

      it('shows an empty workspace, a live lock and an expired one', async () => {
        const { store, advance } = await fresh();
        expect(await store.locks.getLockState('ws-9')).toEqual({
          workspace_id: 'ws-9',
          live: false,
          holder: null,
          lock_id: null,
          acquired_at: null,
          expires_at: null,
          fencing_token: null,
          current_fencing_token: 0,
        });
        const grant = await store.locks.acquireRunLock('ws-1', 'alice', 60);
        expect(await store.locks.getLockState('ws-1')).toMatchObject({
          live: true,
          holder: 'alice',
          lock_id: grant.lock_id,
          expires_at: '2026-02-03T10:01:00.000Z',
          fencing_token: 1,
          current_fencing_token: 1,
        });
        await advance(60_000);
        expect(await store.locks.getLockState('ws-1')).toMatchObject({
          live: false,
          holder: 'alice',
        });
      });
    });

    describe('run manifests', () => {
      it('stores a manifest under the current token and refuses a stale one, writing nothing', async () => {
        const { store, advance } = await fresh();
        const first = await store.locks.acquireRunLock('ws-1', 'alice', 1);
        const manifest = createManifest('run-a', 'ws-1', 'decision_v2', first.lock_id, {
          clock: { now: () => 0 },
          fencing_token: first.fencing_token,
        });
        await store.manifests.write(manifest);
        expect(await store.manifests.get('run-a')).toEqual(manifest);
        await advance(1_000);
        await store.locks.acquireRunLock('ws-1', 'bob');
        const error = await rejection(
          store.manifests.write({ ...manifest, mode: 'changed' }, first.fencing_token),
        );
        expect(error).toMatchObject({
          status: 409,
          code: 'stale_fencing_token',
          data: { fencing_token: 1, current_fencing_token: 2 },
        });
        expect(await store.manifests.get('run-a')).toEqual(manifest);
      });
    });

    describe('run pipeline', () => {
      it('runs the six steps under the lock, stores the run and releases the lock', async () => {
        const { store } = await fresh();
        const run = await store.pipeline.runPipeline('ws-1', RUN_REQUEST);
        expect(run).toMatchObject({ status: 'succeeded', fencing_token: 1, workspace_id: 'ws-1' });
        expect(run.manifest.steps.every((step) => step.status === 'succeeded')).toBe(true);
        expect(run.manifest.finalized_at).toBeTruthy();
        expect(await store.pipeline.getRun(run.run_id)).toEqual(run);
        expect(await store.manifests.get(run.run_id)).toEqual(run.manifest);
        expect(await store.locks.getLockState('ws-1')).toMatchObject({
          live: false,
          current_fencing_token: 1,
        });
        expect((await store.pipeline.listRuns()).map((r) => r.run_id)).toEqual([run.run_id]);
      });

      it('refuses a run while the lock is held (409 run_lock_held) and stores nothing', async () => {
        const { store } = await fresh();
        await store.locks.acquireRunLock('ws-1', 'bob');
        const error = await rejection(store.pipeline.runPipeline('ws-1', RUN_REQUEST));
        expect(error).toMatchObject({
          status: 409,
          code: 'run_lock_held',
          message: DOMAIN_ERROR_DETAILS.runLockHeld,
        });
        expect(await store.pipeline.listRuns()).toEqual([]);
      });

      it('rejects an invalid request (422) before taking the lock', async () => {
        const { store } = await fresh();
        const error = await rejection(
          store.pipeline.runPipeline('ws-1', { ...RUN_REQUEST, owner: '' } as RunStartRequestInput),
        );
        expect(error.status).toBe(422);
        expect(await store.locks.currentFencingToken('ws-1')).toBe(0);
      });

      it('stores a failed run and releases the lock when a step throws', async () => {
        const { store } = await fresh({
          beforeStep: (step) => {
            if (step === 'build_snapshot_v2') throw new Error('snapshot exploded');
          },
        });
        const run = await store.pipeline.runPipeline('ws-1', RUN_REQUEST);
        expect(run.status).toBe('failed');
        expect(run.error).toBe('Step build_snapshot_v2 failed: snapshot exploded');
        expect(await store.pipeline.getRun(run.run_id)).toEqual(run);
        expect((await store.locks.getLockState('ws-1')).live).toBe(false);
      });

      it('imports a finished run once (idempotent) and never re-issues its token', async () => {
        const source = await fresh();
        const run = await source.store.pipeline.runPipeline('ws-imp', RUN_REQUEST);
        const { store } = await fresh();
        expect(await store.pipeline.importRun(run)).toBe(true);
        expect(await store.pipeline.importRun(run)).toBe(false);
        // An older run imported after newer ones is history, not a stale holder: it is stored.
        const older = { ...run, run_id: `${run.run_id}-old`, fencing_token: 0 };
        expect(await store.pipeline.importRun(older)).toBe(true);
        expect(await store.pipeline.importRun(older)).toBe(false);
        expect(await store.pipeline.getRun(run.run_id)).toEqual(run);
        expect(await store.manifests.get(run.run_id)).toEqual(run.manifest);
        if (harness.name !== 'memory') {
          expect((await store.locks.acquireRunLock('ws-imp', 'bob')).fencing_token).toBe(2);
        }
      });

      it('answers 404 for an unknown run', async () => {
        const { store } = await fresh();
        expect(await rejection(store.pipeline.getRun('nope'))).toMatchObject({
          status: 404,
          message: 'Run not found',
        });
      });
    });

    describe('report lineage', () => {
      it('captures a report and its lineage together, redacted and gzipped', async () => {
        const { store } = await fresh();
        const { report, lineage } = await store.lineage.captureReport(captureInput());
        expect(LineageRecordSchema.parse(lineage)).toEqual(lineage);
        expect(report).toMatchObject({ id: 'rep-1', data: { status: 'completed' } });
        expect(lineage).toMatchObject({
          report_generation_id: 'rep-1',
          pipeline_duration_seconds: 45.2,
          access_count: 0,
          last_accessed_at: null,
          created_at: '2026-02-03T10:00:00.000Z',
        });
        expect(await store.lineage.getReport('rep-1')).toEqual(report);
        const download = await store.lineage.download(lineage.lineage_id, CTX);
        const bundle = decompressLineageBundle(download.bytes);
        expect(JSON.stringify(bundle)).not.toContain('sk-live-abcdefghijklmnop');
        expect(bundle.raw_inputs).toMatchObject({ assessment_data: { score: 87 } });
        expect(download.content_disposition).toBe(
          `attachment; filename="lineage_${lineage.lineage_id}_raw_inputs.json.gz"`,
        );
      });

      it('refuses a second lineage for the same report (409) and an invalid input (422)', async () => {
        const { store } = await fresh();
        await store.lineage.captureReport(captureInput());
        expect((await rejection(store.lineage.captureReport(captureInput()))).status).toBe(409);
        const invalid = await rejection(
          store.lineage.captureReport({ ...captureInput(), lead_id: 5 } as never),
        );
        expect(invalid.status).toBe(422);
        expect((await store.lineage.getStats()).total_records).toBe(1);
      });

      it('gets by report id, audits view_lineage and bumps the counters', async () => {
        const { store, advance } = await fresh();
        const { lineage } = await store.lineage.captureReport(captureInput());
        await advance(5_000);
        const viewed = await store.lineage.getByReportId('rep-1', CTX);
        expect(viewed).toMatchObject({
          access_count: 1,
          last_accessed_at: '2026-02-03T10:00:05.000Z',
        });
        const audit = await store.lineage.listAudit(lineage.lineage_id);
        expect(audit.items).toEqual([
          {
            id: expect.any(String),
            lineage_id: lineage.lineage_id,
            action: 'view_lineage',
            user_id: 'u-1',
            ip_address: '10.0.0.1',
            user_agent: 'vitest',
            accessed_at: '2026-02-03T10:00:05.000Z',
          },
        ]);
        expect((await rejection(store.lineage.getByReportId('nope'))).status).toBe(404);
      });

      it('pages the logs, audits each view, and leaves no audit row for a bad cursor', async () => {
        const { store } = await fresh();
        const { lineage } = await store.lineage.captureReport(captureInput());
        const first = await store.lineage.getLogs(lineage.lineage_id, { limit: 3 }, CTX);
        expect(first.events).toHaveLength(3);
        expect(first.pipeline_logs).toEqual({ total_events: 7, error_count: 0, success: true });
        expect(first.events_total).toBe(7);
        const bad = await rejection(
          store.lineage.getLogs(lineage.lineage_id, { cursor: 'v1.bad' }, CTX),
        );
        expect(bad.status).toBe(400);
        expect(
          (await store.lineage.listAudit(lineage.lineage_id)).items.map((e) => e.action),
        ).toEqual(['view_logs']);
        expect((await rejection(store.lineage.getLogs('nope'))).status).toBe(404);
      });

      it('searches newest first with filters, keyset pages and one audit row per returned record', async () => {
        const { store, advance } = await fresh();
        for (let i = 1; i <= 5; i += 1) {
          await store.lineage.captureReport(
            captureInput({
              report_generation_id: `rep-${i}`,
              lead_id: i % 2 === 0 ? 'even' : 'odd',
            }),
          );
          await advance(1_000);
        }
        const page1 = await store.lineage.search({ limit: 2 }, CTX);
        expect(page1.items.map((r) => r.report_generation_id)).toEqual(['rep-5', 'rep-4']);
        expect(page1.items.every((r) => r.access_count === 1)).toBe(true);
        const page2 = await store.lineage.search(
          { limit: 2, cursor: page1.next_cursor ?? '' },
          CTX,
        );
        expect(page2.items.map((r) => r.report_generation_id)).toEqual(['rep-3', 'rep-2']);
        const page3 = await store.lineage.search(
          { limit: 2, cursor: page2.next_cursor ?? '' },
          CTX,
        );
        expect(page3.items.map((r) => r.report_generation_id)).toEqual(['rep-1']);
        expect(page3.next_cursor).toBeNull();
        const odd = await store.lineage.search({
          lead_id: 'odd',
          start_date: '2026-02-03T10:00:01Z',
        });
        expect(odd.items.map((r) => r.report_generation_id)).toEqual(['rep-5', 'rep-3']);
        expect((await rejection(store.lineage.search({ start_date: 'yesterday' }))).message).toBe(
          'Invalid start_date format',
        );
        expect((await rejection(store.lineage.search({ cursor: 'v1.nope' }))).status).toBe(400);
        // rep-5 was returned by the first page and by the "odd" search: two audit rows.
        const audit = await store.lineage.listAudit(page1.items[0]?.lineage_id ?? '');
        expect(audit.items.map((e) => e.action)).toEqual(['search_lineage', 'search_lineage']);
      });

      it('pages the access trail newest first with a stable position cursor', async () => {
        const { store, advance } = await fresh();
        const { lineage } = await store.lineage.captureReport(captureInput());
        for (let i = 0; i < 5; i += 1) {
          await advance(1_000);
          await store.lineage.getByReportId('rep-1', { user_id: `u-${i}` });
        }
        const page1 = await store.lineage.listAudit(lineage.lineage_id, { limit: 2 });
        expect(page1.items.map((e) => e.user_id)).toEqual(['u-4', 'u-3']);
        await store.lineage.getByReportId('rep-1', { user_id: 'late' });
        const page2 = await store.lineage.listAudit(lineage.lineage_id, {
          limit: 2,
          cursor: page1.next_cursor ?? '',
        });
        expect(page2.items.map((e) => e.user_id)).toEqual(['u-2', 'u-1']);
        const page3 = await store.lineage.listAudit(lineage.lineage_id, {
          limit: 2,
          cursor: page2.next_cursor ?? '',
        });
        expect(page3).toMatchObject({ next_cursor: null });
        expect(page3.items.map((e) => e.user_id)).toEqual(['u-0']);
      });

      it('computes stats without auditing', async () => {
        const { store, advance } = await fresh();
        await store.lineage.captureReport(captureInput());
        await advance(2 * 24 * 3_600_000);
        await store.lineage.captureReport(
          captureInput({ report_generation_id: 'rep-2', template_version_id: 'v2' }),
        );
        await store.lineage.captureReport(
          captureInput({ report_generation_id: 'rep-3', template_version_id: 'v2' }),
        );
        const stats = await store.lineage.getStats();
        expect(stats).toMatchObject({
          total_records: 3,
          recent_records_24h: 2,
          template_distribution: [
            { version: 'v2', count: 2 },
            { version: 'v1.0.0', count: 1 },
          ],
        });
        expect(stats.total_storage_mb).toBeGreaterThanOrEqual(0);
      });

      it('deletes a lineage with its audit rows and report (404 afterwards)', async () => {
        const { store } = await fresh();
        const { lineage } = await store.lineage.captureReport(captureInput());
        await store.lineage.getByReportId('rep-1', CTX);
        expect(await store.lineage.deleteLineage(lineage.lineage_id)).toEqual({
          message: `Lineage ${lineage.lineage_id} deleted successfully`,
        });
        expect(await store.lineage.getReport('rep-1')).toBeUndefined();
        expect((await rejection(store.lineage.listAudit(lineage.lineage_id))).status).toBe(404);
        expect((await rejection(store.lineage.deleteLineage(lineage.lineage_id))).status).toBe(404);
        // The report id is free again.
        await store.lineage.captureReport(captureInput());
      });

      it('records who deleted a lineage in a log that outlives it', async () => {
        const { store } = await fresh();
        const { lineage } = await store.lineage.captureReport(captureInput());
        expect(await store.lineage.listDeletions()).toEqual([]);
        await store.lineage.deleteLineage(lineage.lineage_id, CTX);
        const [entry, ...rest] = await store.lineage.listDeletions();
        expect(rest).toEqual([]);
        expect(entry).toMatchObject({
          lineage_id: lineage.lineage_id,
          report_generation_id: 'rep-1',
          deleted_by: CTX.user_id ?? null,
        });
        expect(Number.isNaN(Date.parse(entry?.deleted_at ?? ''))).toBe(false);
        // A refused delete (unknown id) records nothing.
        await rejection(store.lineage.deleteLineage('no-such-lineage', CTX));
        expect(await store.lineage.listDeletions()).toHaveLength(1);
      });

      it('imports a lineage verbatim, once', async () => {
        const source = createLineageEngine({
          clock: { now: () => Date.parse('2026-01-01T00:00:00.000Z') },
          ids: createSequentialIdGenerator(100),
        });
        const { report, lineage } = source.captureReport(
          captureInput({ report_generation_id: 'rep-imp' }),
        );
        const row = source.store.getLineage(lineage.lineage_id);
        if (!row) throw new Error('no row');
        const { store } = await fresh();
        expect(await store.lineage.importLineage(report, row)).toBe(true);
        expect(await store.lineage.importLineage(report, row)).toBe(false);
        expect(await store.lineage.getReport('rep-imp')).toEqual(report);
        const viewed = await store.lineage.getByReportId('rep-imp');
        expect(viewed).toMatchObject({
          lineage_id: row.id,
          created_at: '2026-01-01T00:00:00.000Z',
        });
        const bytes = (await store.lineage.download(row.id)).bytes;
        expect(bytes).toEqual(row.raw_inputs_compressed);
      });

      it('purges lineage older than the retention window, and only that', async () => {
        const { store, advance } = await fresh();
        await store.lineage.captureReport(captureInput());
        await advance(10 * 24 * 3_600_000);
        await store.lineage.captureReport(captureInput({ report_generation_id: 'rep-2' }));
        expect((await rejection(store.lineage.purgeOlderThan(0))).status).toBe(400);
        expect(await store.lineage.purgeOlderThan(30)).toEqual({ deleted: 0 });
        expect(await store.lineage.purgeOlderThan(7)).toEqual({ deleted: 1 });
        expect(await store.lineage.getReport('rep-1')).toBeUndefined();
        expect(await store.lineage.getReport('rep-2')).toBeDefined();
      });
    });
  });
}
