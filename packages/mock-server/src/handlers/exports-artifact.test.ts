import {
  ArtifactExpiredError,
  ArtifactIntegrityError,
  ArtifactNotReadyError,
  NotFoundError,
  PermissionDeniedError,
} from '@govkit/sdk';
import { describe, expect, it } from 'vitest';
import { findSeededExport } from '../seed/exports';
import { SEEDED_EXECUTIONS } from '../seed/lab-directory';
import { HARNESS_TRANSPORTS } from '../testing/mock-api-harness';
import { rejectionOf, useMockApiHarness } from '../testing/use-mock-api-harness';

const { qpcr, qpcrRerun, sequencing } = SEEDED_EXECUTIONS;
const DAY_MS = 24 * 3_600_000;
const failure = rejectionOf;

/** Entry names of a zip, read from its central directory (no unzip dependency needed). */
function zipEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names: string[] = [];
  for (let at = 0; at + 46 <= bytes.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    names.push(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 45 + nameLength;
  }
  return names.sort();
}

// Contract tests: the checksum-verified artifact download and its refusals.
describe.each(HARNESS_TRANSPORTS)('narrative export artifacts over %s', (transport) => {
  const api = useMockApiHarness(transport);
  const as = (userId: string) => api.client.withOptions({ auth: userId });

  it('downloads the zip with its filename and verifies it against artifact_checksum', async () => {
    const ready = findSeededExport(api.store, 'ready');
    const download = await as('user-member').exports.artifact(qpcr, ready.id);
    expect(download.filename).toBe(`execution_${qpcr}_narrative_v${ready.version}.zip`);
    expect(download.contentType).toBe('application/zip');
    const bytes = await download.bytes({ sha256: ready.artifact_checksum ?? '' });
    expect(bytes).toEqual(api.store.exports.artifacts.get(ready.artifact_file?.id ?? ''));
    const names = zipEntryNames(bytes);
    expect(names).toEqual(
      expect.arrayContaining(['narrative.md', 'export.json', 'attachments.json']),
    );
    expect(names.filter((n) => n.startsWith('attachments/notebooks/'))).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('attachments/files/'))).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('attachments/events/'))).toHaveLength(4);
    expect(api.store.version).toBe(0);
  });

  it('refuses a wrong expected checksum on the client (ArtifactIntegrityError, origin client)', async () => {
    const ready = findSeededExport(api.store, 'ready');
    const download = await api.client.exports.artifact(qpcr, ready.id);
    const error = await failure(download.bytes({ sha256: '0'.repeat(64) }));
    expect(error).toBeInstanceOf(ArtifactIntegrityError);
    expect(error).toMatchObject({ origin: 'client', status: 500 });
  });

  it('answers 500 artifact_integrity after corruption and marks the export failed', async () => {
    const ready = findSeededExport(api.store, 'ready');
    api.store.exports.artifacts.corrupt(ready.artifact_file?.id ?? '', 100);
    const error = await failure(api.client.exports.artifact(qpcr, ready.id));
    expect(error).toBeInstanceOf(ArtifactIntegrityError);
    expect(error).toMatchObject({
      status: 500,
      origin: 'server',
      detail: 'Artifact checksum validation failed',
      code: 'artifact_integrity',
    });
    const stored = api.store.exports.engine.deps.store.get(ready.id);
    expect(stored).toMatchObject({
      artifact_status: 'failed',
      artifact_error: 'Checksum mismatch detected during download',
    });
    const last = api.store.events.list({ execution_id: qpcr }).at(-1);
    expect(last).toMatchObject({
      event_type: 'narrative_export.packaging.integrity_failed',
      payload: { expected_checksum: ready.artifact_checksum },
    });
    // Failed is not ready: the next download is a plain 409.
    await expect(api.client.exports.artifact(qpcr, ready.id)).rejects.toBeInstanceOf(
      ArtifactNotReadyError,
    );
  });

  it('answers 410 for the seeded expired artifact without writing anything', async () => {
    const expired = findSeededExport(api.store, 'expired_artifact');
    expect(expired).toMatchObject({ artifact_status: 'expired' });
    expect(expired.retired_at).toBeTruthy();
    const error = await failure(api.client.exports.artifact(qpcr, expired.id));
    expect(error).toBeInstanceOf(ArtifactExpiredError);
    expect(error).toMatchObject({ status: 410, detail: 'Narrative export artifact expired' });
    expect(api.store.version).toBe(0);
  });

  it('retires an artifact lazily on the first download after its retention window', async () => {
    const ready = findSeededExport(api.store, 'ready');
    api.store.clock.advance(366 * DAY_MS);
    await expect(api.client.exports.artifact(qpcr, ready.id)).rejects.toBeInstanceOf(
      ArtifactExpiredError,
    );
    const stored = api.store.exports.engine.deps.store.get(ready.id);
    expect(stored?.artifact_status).toBe('expired');
    expect(stored?.retired_at).toBe(new Date(api.store.clock.now()).toISOString());
    expect(api.store.events.list({ execution_id: qpcr }).at(-1)?.event_type).toBe(
      'narrative_export.packaging.expired',
    );
  });

  it('answers 409 while not ready (pending ladder, failed or retrying packaging)', async () => {
    for (const scenario of ['pending_first_stage', 'packaging_failed'] as const) {
      const x = findSeededExport(api.store, scenario);
      const error = await failure(api.client.exports.artifact(x.execution_id, x.id));
      expect(error).toBeInstanceOf(ArtifactNotReadyError);
      expect(error).toMatchObject({ status: 409, detail: 'Narrative export artifact not ready' });
    }
    expect(api.store.version).toBe(0);
  });

  it('packages a retrying export once storage recovers, then serves it', async () => {
    const retrying = findSeededExport(api.store, 'packaging_retrying');
    expect(retrying).toMatchObject({ artifact_status: 'retrying', packaging_attempts: 1 });
    await expect(api.client.exports.artifact(qpcrRerun, retrying.id)).rejects.toBeInstanceOf(
      ArtifactNotReadyError,
    );
    api.store.exports.clearPackagingFailure(retrying.id);
    api.store.clock.advance(60_000);
    expect(api.store.exports.engine.runPackagingJobs()).toMatchObject([
      { export_id: retrying.id, result: 'ready', attempt: 2 },
    ]);
    const [latest] = (await api.client.exports.list(qpcrRerun)).exports.filter(
      (x) => x.id === retrying.id,
    );
    const download = await api.client.exports.artifact(qpcrRerun, retrying.id);
    await expect(
      download.bytes({ sha256: latest?.artifact_checksum ?? '' }),
    ).resolves.toBeInstanceOf(Uint8Array);
  });

  it('answers 404 for an unknown export and 403 without execution access', async () => {
    await expect(api.client.exports.artifact(qpcr, 'export-nope')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const foreign = api.store.exports.engine.create('user-admin', sequencing, {});
    const error = await failure(as('user-member').exports.artifact(sequencing, foreign.id));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ status: 403, detail: 'Not authorized for execution workspace' });
  });
});
