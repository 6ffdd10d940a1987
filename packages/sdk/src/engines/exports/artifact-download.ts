import type { NarrativeExport } from '../../schemas/exports/narrative-export';
import {
  DOMAIN_ERROR_CODES,
  DOMAIN_ERROR_DETAILS,
} from '../../schemas/shared/domain-error-contract';
import { requireUser } from '../governance/directory';
import { NARRATIVE_EVENT } from '../governance/event-types';
import { isoAt } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import { compareChecksum } from '../storage/checksum';
import { SignedUrlTamperedError, verifyArtifactUrlSync } from '../storage/signed-url';
import {
  appendNarrativeEvents,
  type NarrativeExportDeps,
  requireVisibleExport,
} from './export-context';

/** A verified artifact, ready to stream. */
export interface NarrativeArtifactDownload {
  bytes: Uint8Array;
  filename: string;
  content_type: 'application/zip';
  /** `attachment; filename="execution_<id>_narrative_v<n>.zip"`. */
  content_disposition: string;
  checksum: string;
}

/**
 * `GET …/narrative/{export_id}/artifact`: hand out the zip only after re-checking it.
 *
 * - expired (status, or retention passed now): 410 "Narrative export artifact expired"; the first
 *   time, the export becomes `expired` with `retired_at` and `packaging.expired` is recorded;
 * - not ready: 409 "Narrative export artifact not ready";
 * - bytes missing: 500 "Artifact payload is unavailable";
 * - SHA-256 mismatch: 500 "Artifact checksum validation failed" (code `artifact_integrity`); the
 *   export becomes `failed` and `packaging.integrity_failed{expected_checksum, observed_checksum}`
 *   is recorded.
 *
 * These side effects are the contract's (the refusal itself is the news), so they are written
 * before the error is thrown.
 */
export function readNarrativeArtifact(
  deps: NarrativeExportDeps,
  actorId: string,
  executionId: string,
  exportId: string,
): NarrativeArtifactDownload {
  const user = requireUser(deps.directory, actorId);
  return serveArtifact(deps, requireVisibleExport(deps, user, executionId, exportId), user.id);
}

/** The export's download path: what its signed URL signs. */
export function narrativeArtifactPath(executionId: string, exportId: string): string {
  return `/api/experiment-console/sessions/${executionId}/exports/narrative/${exportId}/artifact`;
}

/**
 * The same download through a signed URL, without a user: the
 * signature (HMAC-SHA256, compared in constant time) must be valid for exactly this export's
 * artifact path (403 `signed_url_invalid` otherwise) and unexpired (410 `signed_url_expired`);
 * then every check of {@link readNarrativeArtifact} applies. Needs `deps.signing`.
 */
export function readNarrativeArtifactBySignature(
  deps: NarrativeExportDeps,
  executionId: string,
  exportId: string,
  url: string,
): NarrativeArtifactDownload {
  if (!deps.signing) throw new SignedUrlTamperedError();
  const verified = verifyArtifactUrlSync(url, { key: deps.signing.key, now: deps.clock.now() });
  if (verified.path !== narrativeArtifactPath(executionId, exportId)) {
    throw new SignedUrlTamperedError();
  }
  const record = deps.store.get(exportId);
  if (!record || record.execution_id !== executionId) {
    throw EngineError.notFound('Narrative export not found');
  }
  return serveArtifact(deps, record, null);
}

function serveArtifact(
  deps: NarrativeExportDeps,
  record: NarrativeExport,
  actorId: string | null,
): NarrativeArtifactDownload {
  const base = { export_id: record.id, version: record.version };
  if (record.artifact_status === 'expired') {
    throw EngineError.gone(DOMAIN_ERROR_DETAILS.artifactExpired, {
      code: DOMAIN_ERROR_CODES.artifactExpired,
    });
  }
  const expiresAt = record.retention_expires_at
    ? Date.parse(record.retention_expires_at)
    : Number.NaN;
  if (record.artifact_status === 'ready' && expiresAt <= deps.clock.now()) {
    const now = isoAt(deps.clock);
    deps.store.put({ ...record, artifact_status: 'expired', retired_at: now, updated_at: now });
    appendNarrativeEvents(deps, record.execution_id, [
      {
        event_type: NARRATIVE_EVENT.expired,
        payload: { ...base, retired_at: now },
        actor_id: actorId,
      },
    ]);
    throw EngineError.gone(DOMAIN_ERROR_DETAILS.artifactExpired, {
      code: DOMAIN_ERROR_CODES.artifactExpired,
    });
  }
  if (record.artifact_status !== 'ready' || !record.artifact_file) {
    throw EngineError.conflict(DOMAIN_ERROR_DETAILS.artifactNotReady, {
      code: DOMAIN_ERROR_CODES.artifactNotReady,
    });
  }
  const bytes = deps.artifacts.get(record.artifact_file.id);
  if (!bytes) throw new EngineError(500, 'Artifact payload is unavailable', { code: 'internal' });
  const { ok, observed, expected } = compareChecksum(bytes, record.artifact_checksum ?? '');
  if (!ok) {
    const now = isoAt(deps.clock);
    deps.store.put({
      ...record,
      artifact_status: 'failed',
      artifact_error: 'Checksum mismatch detected during download',
      updated_at: now,
    });
    appendNarrativeEvents(deps, record.execution_id, [
      {
        event_type: NARRATIVE_EVENT.integrityFailed,
        payload: { ...base, expected_checksum: expected, observed_checksum: observed },
        actor_id: actorId,
      },
    ]);
    throw new EngineError(500, DOMAIN_ERROR_DETAILS.artifactIntegrity, {
      code: DOMAIN_ERROR_CODES.artifactIntegrity,
      data: { expected_checksum: expected, observed_checksum: observed },
    });
  }
  const filename = record.artifact_file.filename;
  return {
    bytes,
    filename,
    content_type: 'application/zip',
    content_disposition: `attachment; filename="${filename}"`,
    checksum: observed,
  };
}
