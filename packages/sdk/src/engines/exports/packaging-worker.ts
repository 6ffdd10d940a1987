import { narrativeArtifactFilename } from '../../schemas/exports/endpoints';
import type { NarrativeExport } from '../../schemas/exports/narrative-export';
import { NARRATIVE_EVENT } from '../governance/event-types';
import { isoAt } from '../shared/clock';
import { addHoursIso } from '../shared/iso-time';
import { versionArtifactPath } from '../storage/artifact-paths';
import { signArtifactUrlSync } from '../storage/signed-url';
import { narrativeArtifactPath } from './artifact-download';
import {
  appendNarrativeEvents,
  type NarrativeExportDeps,
  type PendingNarrativeEvent,
} from './export-context';
import type { NarrativePackagingJob } from './export-store';
import {
  narrativeManifestDigest,
  narrativeSha256Hex,
  type PackagedAttachmentSource,
} from './narrative-archive';
import { evaluateNarrativePackagingGate } from './packaging-gate';

/** Attempts before an artifact is marked `failed` (`NARRATIVE_PACKAGING_MAX_RETRIES`). */
export const NARRATIVE_PACKAGING_MAX_ATTEMPTS = 5;
/** Backoff unit: retry n waits n × 60 s (`NARRATIVE_PACKAGING_RETRY_SECONDS`). */
export const NARRATIVE_PACKAGING_RETRY_SECONDS = 60;
/** How long a packaged artifact stays downloadable (`NARRATIVE_EXPORT_RETENTION_DAYS`). */
export const NARRATIVE_RETENTION_DAYS = 365;

/** What one packaging job did. */
export interface NarrativePackagingOutcome {
  export_id: string;
  job_id: string;
  result: 'ready' | 'retrying' | 'failed' | 'pending_approval' | 'skipped';
  attempt: number | null;
  error?: string;
}

/** Put a packaging job on the queue, due now. */
export function enqueueNarrativePackagingJob(
  deps: NarrativeExportDeps,
  exportId: string,
): NarrativePackagingJob {
  const job: NarrativePackagingJob = {
    id: deps.ids.next('job'),
    export_id: exportId,
    run_at: isoAt(deps.clock),
    state: 'waiting',
  };
  deps.store.putJob(job);
  return job;
}

function hydrate(deps: NarrativeExportDeps, record: NarrativeExport): PackagedAttachmentSource[] {
  return record.attachments.map((attachment) => {
    const ref = attachment.reference_id;
    if (attachment.evidence_type === 'file') return { attachment, file: deps.catalog.getFile(ref) };
    if (attachment.evidence_type === 'notebook_entry') {
      return { attachment, notebook: deps.catalog.getNotebookEntry(ref) };
    }
    return { attachment, event: deps.events.get(ref) };
  });
}

/** A signed download URL valid until the TTL or the end of retention, whichever comes first. */
function signedUrl(deps: NarrativeExportDeps, path: string, retentionEnds: string): string | null {
  if (!deps.signing) return null;
  const retention = Date.parse(retentionEnds);
  const ttl = deps.signing.ttlSeconds;
  const expiresAt =
    ttl === undefined ? retention : Math.min(retention, deps.clock.now() + ttl * 1000);
  return signArtifactUrlSync(path, { key: deps.signing.key, expiresAt });
}

function attemptJob(
  deps: NarrativeExportDeps,
  job: NarrativePackagingJob,
): NarrativePackagingOutcome {
  const base = { export_id: job.export_id, job_id: job.id };
  const record = deps.store.get(job.export_id);
  if (!record) {
    deps.store.deleteJob(job.id);
    return { ...base, result: 'skipped', attempt: null };
  }
  // The gate may have closed since the job was queued (a reset, a guardrail block).
  if (evaluateNarrativePackagingGate(deps, record).state !== 'queued') {
    deps.store.deleteJob(job.id);
    return { ...base, result: 'pending_approval', attempt: null };
  }
  if (record.artifact_status === 'ready' && record.artifact_file) {
    deps.store.deleteJob(job.id);
    return { ...base, result: 'skipped', attempt: null };
  }
  const attempt = record.packaging_attempts + 1;
  const events: PendingNarrativeEvent[] = [
    {
      event_type: attempt === 1 ? NARRATIVE_EVENT.started : NARRATIVE_EVENT.retrying,
      payload: { export_id: record.id, version: record.version, attempt },
      actor_id: null,
    },
  ];
  deps.store.putJob({ ...job, state: 'active' });
  let next: NarrativeExport;
  let outcome: NarrativePackagingOutcome;
  try {
    const archive = deps.packager({ export: record, attempt, sources: hydrate(deps, record) });
    const now = isoAt(deps.clock);
    const checksum = narrativeSha256Hex(archive.bytes);
    const digest = narrativeManifestDigest({
      export_id: record.id,
      execution_id: record.execution_id,
      version: record.version,
      entries: archive.entries,
    });
    const fileId = deps.ids.next('file');
    const downloadPath = narrativeArtifactPath(record.execution_id, record.id);
    const retentionEnds = addHoursIso(now, NARRATIVE_RETENTION_DAYS * 24);
    deps.artifacts.put(fileId, archive.bytes);
    next = {
      ...record,
      artifact_status: 'ready',
      artifact_checksum: checksum,
      artifact_manifest_digest: digest,
      artifact_error: null,
      artifact_file: {
        id: fileId,
        filename: narrativeArtifactFilename(record.execution_id, record.version),
        file_type: 'application/zip',
        file_size: archive.bytes.length,
        item_id: null,
        meta: {
          source: 'execution_narrative_export',
          export_id: record.id,
          version: record.version,
          attachments: record.attachments.map((a) => a.id),
          checksum,
          manifest_digest: digest,
        },
        storage_path: versionArtifactPath(record.execution_id, record.id, record.version),
        uploaded_by: record.requested_by.id,
        created_at: now,
      },
      artifact_download_path: downloadPath,
      artifact_signed_url: signedUrl(deps, downloadPath, retentionEnds),
      packaging_attempts: attempt,
      packaged_at: now,
      retention_expires_at: retentionEnds,
      updated_at: now,
    };
    events.push({
      event_type: NARRATIVE_EVENT.ready,
      payload: {
        export_id: record.id,
        version: record.version,
        artifact_file_id: fileId,
        checksum,
        attempt,
      },
      actor_id: null,
    });
    deps.store.deleteJob(job.id);
    outcome = { ...base, result: 'ready', attempt };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const final = attempt >= NARRATIVE_PACKAGING_MAX_ATTEMPTS;
    const now = isoAt(deps.clock);
    next = {
      ...record,
      artifact_status: final ? 'failed' : 'retrying',
      artifact_error: message,
      packaging_attempts: attempt,
      updated_at: now,
    };
    events.push({
      event_type: NARRATIVE_EVENT.failed,
      payload: { export_id: record.id, version: record.version, attempt, error: message, final },
      actor_id: null,
    });
    if (final) deps.store.deleteJob(job.id);
    else {
      const runAt = new Date(
        deps.clock.now() + NARRATIVE_PACKAGING_RETRY_SECONDS * 1000 * attempt,
      ).toISOString();
      deps.store.putJob({ ...job, state: 'waiting', run_at: runAt });
    }
    outcome = { ...base, result: final ? 'failed' : 'retrying', attempt, error: message };
  }
  deps.store.put(next);
  appendNarrativeEvents(deps, record.execution_id, events);
  return outcome;
}

/**
 * Run every packaging job that is due (oldest first), one attempt each: the packaging worker
 * as a synchronous call. Retries become due 60 s × attempt later, so a test advances the
 * clock and calls this again.
 */
export function runNarrativePackagingJobs(deps: NarrativeExportDeps): NarrativePackagingOutcome[] {
  const now = deps.clock.now();
  const due = deps.store
    .listJobs()
    .filter((job) => job.state === 'waiting' && Date.parse(job.run_at) <= now)
    .sort((a, b) =>
      a.run_at === b.run_at ? (a.id < b.id ? -1 : 1) : a.run_at < b.run_at ? -1 : 1,
    );
  return due.map((job) => attemptJob(deps, job));
}
