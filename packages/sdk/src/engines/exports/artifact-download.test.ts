import { describe, expect, it } from 'vitest';
import { EngineError } from '../shared/engine-error';
import { refusal, refusalOf } from '../shared/fixtures/refusal';
import { createExportWorld, eventTypesSince } from './fixtures/export-world';
import { ACTORS } from './fixtures/seed-001-world';

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

describe('artifact download', () => {
  it('answers 409 until ready', () => {
    const { w, x } = approvedExport();
    const error = refusal(() => w.exports.artifact(ACTORS.runner, 'exec-1', x.id));
    expect([error.status, error.detail, error.code]).toEqual([
      409,
      'Narrative export artifact not ready',
      'artifact_not_ready',
    ]);
  });

  it('expires after 365 days: 410, export marked expired with retired_at and one event', () => {
    const { w, x } = approvedExport();
    w.exports.runPackagingJobs();
    w.clock.advance(365 * 24 * 3_600_000);
    const from = w.events.list().length;
    const error = refusal(() => w.exports.artifact(ACTORS.runner, 'exec-1', x.id));
    expect([error.status, error.detail, error.code]).toEqual([
      410,
      'Narrative export artifact expired',
      'artifact_expired',
    ]);
    expect(w.exports.deps.store.get(x.id)).toMatchObject({
      artifact_status: 'expired',
      retired_at: '2026-01-06T09:00:00.000Z',
    });
    expect(eventTypesSince(w, from)).toEqual(['narrative_export.packaging.expired']);
    expect(refusalOf(() => w.exports.artifact(ACTORS.runner, 'exec-1', x.id))[0]).toBe(410);
    expect(eventTypesSince(w, from)).toHaveLength(1);
  });

  it('refuses a corrupted artifact: 500 artifact_integrity, export failed, expected/observed recorded', () => {
    const { w, x } = approvedExport();
    w.exports.runPackagingJobs();
    const record = w.exports.deps.store.get(x.id);
    w.artifacts.corrupt(record?.artifact_file?.id as string, 10);
    const from = w.events.list().length;
    const error = refusal(() => w.exports.artifact(ACTORS.runner, 'exec-1', x.id));
    expect(error).toBeInstanceOf(EngineError);
    expect([error.status, error.detail, error.code]).toEqual([
      500,
      'Artifact checksum validation failed',
      'artifact_integrity',
    ]);
    const failed = w.exports.deps.store.get(x.id);
    expect(failed).toMatchObject({
      artifact_status: 'failed',
      artifact_error: 'Checksum mismatch detected during download',
    });
    const [event] = w.events.list().slice(from);
    expect(event?.event_type).toBe('narrative_export.packaging.integrity_failed');
    expect(event?.payload.expected_checksum).toBe(record?.artifact_checksum);
    expect(event?.payload.observed_checksum).not.toBe(record?.artifact_checksum);
    expect(w.exports.jobs(ACTORS.runner).last_failure_at).toBe(failed?.updated_at);
  });

  it('answers 500 when the payload is gone and 404/403 for foreign exports', () => {
    const { w, x } = approvedExport();
    w.exports.runPackagingJobs();
    w.artifacts.delete(w.exports.deps.store.get(x.id)?.artifact_file?.id as string);
    expect(refusalOf(() => w.exports.artifact(ACTORS.runner, 'exec-1', x.id))).toEqual([
      500,
      'Artifact payload is unavailable',
    ]);
    expect(refusalOf(() => w.exports.artifact(ACTORS.runner, 'exec-2', x.id))).toEqual([
      404,
      'Narrative export not found',
    ]);
    expect(refusalOf(() => w.exports.artifact(ACTORS.outsider, 'exec-1', x.id))[0]).toBe(403);
  });
});
