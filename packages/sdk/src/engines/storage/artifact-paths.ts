import { EngineError } from '../shared/engine-error';

/** Where narrative export artifacts live in durable storage. */
export const ARTIFACT_ROOT = 'narrative-exports';

// A segment is one path component: no separators, no dot-segments, nothing invisible, so an id
// can never climb out of its namespace (`../other-execution`) or alias another one.
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,199}$/;

/** A storage path component was unsafe; nothing was built. */
export class StoragePathError extends EngineError {
  constructor(what: string, value: string) {
    super(400, `Invalid ${what} for a storage path: ${JSON.stringify(value)}`, {
      code: 'invalid_storage_path',
    });
  }
}

function segment(what: string, value: string | number): string {
  const text = String(value);
  if (!SEGMENT.test(text) || text.includes('..')) throw new StoragePathError(what, text);
  return text;
}

/** `narrative-exports/{execution_id}`: everything stored for one execution. */
export function executionArtifactPrefix(executionId: string): string {
  return `${ARTIFACT_ROOT}/${segment('execution id', executionId)}`;
}

/** `narrative-exports/{execution_id}/{export_id}`: every version of one export. */
export function exportArtifactPrefix(executionId: string, exportId: string): string {
  return `${executionArtifactPrefix(executionId)}/${segment('export id', exportId)}`;
}

/** `narrative-exports/{execution_id}/{export_id}/v{version}.zip`: one packaged version. */
export function versionArtifactPath(
  executionId: string,
  exportId: string,
  version: number,
  extension = 'zip',
): string {
  if (!Number.isSafeInteger(version) || version < 1) {
    throw new StoragePathError('version', String(version));
  }
  return `${exportArtifactPrefix(executionId, exportId)}/v${version}.${segment('extension', extension)}`;
}

/** The parts of a {@link versionArtifactPath}, or undefined for any other path. */
export function parseArtifactPath(
  path: string,
): { executionId: string; exportId: string; version: number; extension: string } | undefined {
  const match = /^narrative-exports\/([^/]+)\/([^/]+)\/v(\d+)\.([^/.]+)$/.exec(path);
  if (!match) return undefined;
  const [, executionId, exportId, version, extension] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (!SEGMENT.test(executionId) || !SEGMENT.test(exportId)) return undefined;
  return { executionId, exportId, version: Number(version), extension };
}
