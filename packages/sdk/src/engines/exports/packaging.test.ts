import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createExportWorld, eventTypesSince } from './fixtures/export-world';
import { ACTORS } from './fixtures/seed-001-world';
import {
  buildNarrativeArchive,
  type NarrativePackager,
  narrativeSha256Hex,
} from './narrative-archive';

const approve = { status: 'approved' as const, signature: 'signed' };

function approvedExport(w = createExportWorld()) {
  const own = w.events.append({
    execution_id: 'exec-1',
    event_type: 'step.completed',
    payload: { step: 1 },
  });
  const x = w.exports.create(ACTORS.runner, 'exec-1', {
    attachments: [{ file_id: 'file-1' }, { notebook_entry_id: 'nb-1' }, { event_id: own.id }],
  });
  w.exports.approve(ACTORS.approver, 'exec-1', x.id, approve);
  return { w, x };
}

/** A packager that fails the first `failures` attempts. */
function flaky(failures: number): NarrativePackager {
  return (input) => {
    if (input.attempt <= failures) throw new Error(`disk full (attempt ${input.attempt})`);
    return buildNarrativeArchive(input);
  };
}

describe('packaging', () => {
  it('queues on finalisation and packages a verified zip with the documented layout', () => {
    const { w, x } = approvedExport();
    expect(w.exports.deps.store.get(x.id)?.metadata.packaging_queue_state).toMatchObject({
      state: 'queued',
      context: { version: 1 },
    });
    expect(w.exports.jobs(ACTORS.outsider).queue).toEqual({ active: 0, scheduled: 0, reserved: 1 });
    const from = w.events.list().length;
    expect(w.exports.runPackagingJobs()).toEqual([
      expect.objectContaining({ export_id: x.id, result: 'ready', attempt: 1 }),
    ]);
    expect(eventTypesSince(w, from)).toEqual([
      'narrative_export.packaging.started',
      'narrative_export.packaging.ready',
    ]);
    const ready = w.exports.deps.store.get(x.id);
    expect(ready).toMatchObject({
      artifact_status: 'ready',
      packaging_attempts: 1,
      packaged_at: '2025-01-06T09:00:00.000Z',
      retention_expires_at: '2026-01-06T09:00:00.000Z',
      artifact_download_path: `/api/experiment-console/sessions/exec-1/exports/narrative/${x.id}/artifact`,
    });
    expect(ready?.artifact_file).toMatchObject({
      filename: `execution_exec-1_narrative_v1.zip`,
      file_type: 'application/zip',
      meta: {
        source: 'execution_narrative_export',
        export_id: x.id,
        version: 1,
        checksum: ready?.artifact_checksum,
      },
    });
    const download = w.exports.artifact(ACTORS.runner, 'exec-1', x.id);
    expect(download.checksum).toBe(ready?.artifact_checksum);
    expect(download.content_disposition).toBe(
      'attachment; filename="execution_exec-1_narrative_v1.zip"',
    );
    const files = unzipSync(download.bytes);
    expect(Object.keys(files).sort()).toEqual([
      'attachments.json',
      'attachments/events/03-step.completed.json',
      'attachments/files/01-plate-map.csv',
      'attachments/notebooks/02-Day-1-notes.md',
      'export.json',
      'narrative.md',
    ]);
    expect(strFromU8(files['narrative.md'] as Uint8Array)).toBe(ready?.content);
    expect(strFromU8(files['attachments/files/01-plate-map.csv'] as Uint8Array)).toBe(
      'well,od\nA1,1',
    );
    expect(JSON.parse(strFromU8(files['export.json'] as Uint8Array))).toMatchObject({
      export_id: x.id,
      version: 1,
      event_count: 1,
    });
    const attachments = JSON.parse(strFromU8(files['attachments.json'] as Uint8Array));
    expect(attachments.map((a: { type: string }) => a.type)).toEqual([
      'file',
      'notebook_entry',
      'timeline_event',
    ]);
    expect(attachments[0].file).not.toHaveProperty('content');
    expect(w.exports.jobs(ACTORS.runner).status_counts).toEqual({ ready: 1 });
  });

  it('packs the same export to the same bytes (deterministic archive and manifest)', () => {
    const { w, x } = approvedExport();
    w.exports.runPackagingJobs();
    const record = w.exports.deps.store.get(x.id);
    if (!record) throw new Error('missing');
    const again = buildNarrativeArchive({ export: record, attempt: 2, sources: [] });
    const twice = buildNarrativeArchive({ export: record, attempt: 3, sources: [] });
    expect(narrativeSha256Hex(again.bytes)).toBe(narrativeSha256Hex(twice.bytes));
    expect(record.artifact_manifest_digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('retries with 60 s × attempt backoff and fails for good after 5 attempts', () => {
    const { w, x } = approvedExport(createExportWorld({ packager: flaky(99) }));
    const results: string[] = [];
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const [outcome] = w.exports.runPackagingJobs();
      results.push(`${outcome?.result}:${outcome?.attempt}`);
      if (attempt < 5) {
        expect(w.exports.deps.store.get(x.id)?.artifact_status).toBe('retrying');
        // Not due before the backoff has passed.
        w.clock.advance(60_000 * attempt - 1);
        expect(w.exports.runPackagingJobs()).toEqual([]);
        expect(w.exports.jobs(ACTORS.runner).queue).toEqual({
          active: 0,
          scheduled: 1,
          reserved: 0,
        });
        w.clock.advance(1);
      }
    }
    expect(results).toEqual(['retrying:1', 'retrying:2', 'retrying:3', 'retrying:4', 'failed:5']);
    const failed = w.exports.deps.store.get(x.id);
    expect(failed).toMatchObject({
      artifact_status: 'failed',
      packaging_attempts: 5,
      artifact_error: 'disk full (attempt 5)',
    });
    const telemetry = w.exports.jobs(ACTORS.runner);
    expect(telemetry).toEqual({
      queue: { active: 0, scheduled: 0, reserved: 0 },
      status_counts: { failed: 1 },
      last_failure_at: failed?.updated_at,
    });
    const types = w.events
      .list()
      .map((e) => e.event_type)
      .filter((t) => t.includes('.packaging.'));
    expect(types.filter((t) => t.endsWith('.failed'))).toHaveLength(5);
    expect(types.filter((t) => t.endsWith('.retrying'))).toHaveLength(4);
  });

  it('recovers when a retry succeeds', () => {
    const { w, x } = approvedExport(createExportWorld({ packager: flaky(2) }));
    w.exports.runPackagingJobs();
    w.clock.advance(60_000);
    w.exports.runPackagingJobs();
    w.clock.advance(120_000);
    expect(w.exports.runPackagingJobs()[0]).toMatchObject({ result: 'ready', attempt: 3 });
    expect(w.exports.deps.store.get(x.id)).toMatchObject({
      artifact_status: 'ready',
      artifact_error: null,
      packaging_attempts: 3,
    });
  });

  it('reports the active job to a packager that looks at the queue', () => {
    let seen: unknown;
    const w = createExportWorld({
      packager: (input) => {
        seen = w.exports.jobs(ACTORS.admin).queue;
        return buildNarrativeArchive(input);
      },
    });
    approvedExport(w);
    w.exports.runPackagingJobs();
    expect(seen).toEqual({ active: 1, scheduled: 0, reserved: 0 });
  });

  it('packages at once with immediatePackaging', () => {
    const w = createExportWorld({ immediatePackaging: true });
    const x = w.exports.create(ACTORS.runner, 'exec-1');
    expect(w.exports.approve(ACTORS.approver, 'exec-1', x.id, approve).artifact_status).toBe(
      'ready',
    );
  });

  it('holds packaging after a dry-run approval until dispatched', () => {
    const w = createExportWorld();
    const x = w.exports.create(ACTORS.runner, 'exec-1');
    const dry = w.exports.approve(ACTORS.approver, 'exec-1', x.id, approve, { dryRun: true });
    expect(dry.approval_status).toBe('approved');
    expect(dry.metadata.packaging_queue_state).toMatchObject({
      state: 'queued',
      context: { dry_run: true },
    });
    expect(w.exports.deps.store.listJobs()).toEqual([]);
    w.exports.dispatchPackaging(ACTORS.runner, 'exec-1', x.id);
    expect(w.exports.runPackagingJobs()[0]?.result).toBe('ready');
  });

  it('blocks packaging while the latest guardrail simulation is blocked', () => {
    let state: 'blocked' | 'clear' = 'blocked';
    const w = createExportWorld({
      guardrails: {
        list: () => [
          {
            id: 'g-1',
            execution_id: 'exec-1',
            summary: {
              state,
              reasons: ['stage_0:new_blockers'],
              regressed_stage_indexes: [0],
              projected_delay_minutes: 90,
            },
            metadata: {},
            created_at: 't',
            state,
            projected_delay_minutes: 90,
          },
        ],
      },
    });
    const x = w.exports.create(ACTORS.runner, 'exec-1');
    expect(x.guardrail_simulation?.id).toBe('g-1');
    const from = w.events.list().length;
    w.exports.approve(ACTORS.approver, 'exec-1', x.id, approve);
    expect(eventTypesSince(w, from)).not.toContain('narrative_export.packaging.queued');
    expect(w.exports.deps.store.get(x.id)?.metadata.packaging_queue_state).toMatchObject({
      state: 'guardrail_blocked',
      context: { projected_delay_minutes: 90, reasons: ['stage_0:new_blockers'] },
    });
    expect(w.exports.deps.store.listJobs()).toEqual([]);
    state = 'clear';
    w.exports.dispatchPackaging(ACTORS.admin, 'exec-1', x.id);
    expect(w.exports.runPackagingJobs()[0]?.result).toBe('ready');
  });
});
