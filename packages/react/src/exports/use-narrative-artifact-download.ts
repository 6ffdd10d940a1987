import {
  AbortError,
  ArtifactExpiredError,
  ArtifactIntegrityError,
  type NarrativeExport,
} from '@govkit/sdk';
import { narrativeArtifactFilename } from '@govkit/sdk/schemas';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useGovkitClient } from '../provider/govkit-context';
import { govkitKeys } from '../query/govkit-keys';

/** Where an artifact download is; `data-download` of the export panel. */
export type NarrativeArtifactDownloadStatus = 'idle' | 'downloading' | 'done' | 'error';

export interface NarrativeArtifactFile {
  filename: string;
  bytes: Uint8Array;
  /** The SHA-256 the bytes were verified against (the export's `artifact_checksum`). */
  checksum: string | undefined;
}

export interface NarrativeArtifactDownloadState {
  status: NarrativeArtifactDownloadStatus;
  /** The export being (or last) downloaded. */
  exportId: string | undefined;
  /**
   * The typed error: `ArtifactNotReadyError` (409), `ArtifactExpiredError` (410),
   * `ArtifactIntegrityError` (the server's or this browser's checksum check failed).
   */
  error: unknown;
  filename: string | undefined;
  /** True once the bytes matched the export's checksum. */
  verified: boolean;
}

export interface NarrativeArtifactDownload extends NarrativeArtifactDownloadState {
  start: (record: NarrativeExport) => Promise<void>;
  cancel: () => void;
}

export interface UseNarrativeArtifactDownloadOptions {
  /** Receives the verified file; default saves it through a temporary `<a download>` link. */
  onFile?: ((file: NarrativeArtifactFile) => void) | undefined;
}

const IDLE: NarrativeArtifactDownloadState = {
  status: 'idle',
  exportId: undefined,
  error: undefined,
  filename: undefined,
  verified: false,
};

function saveFile({ filename, bytes }: NarrativeArtifactFile) {
  const url = URL.createObjectURL(
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The click has queued the download; the object URL can go on the next task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Download an export's packaged zip (`GET …/narrative/{export_id}/artifact`) and verify its bytes
 * against the export's SHA-256 `artifact_checksum` in the browser before handing the file over:
 * a file that does not match is never saved. An expired artifact (410) or a failed integrity check
 * changes the export on the server (status `expired` / `failed`), so the export list is refetched.
 */
export function useNarrativeArtifactDownload(
  options: UseNarrativeArtifactDownloadOptions = {},
): NarrativeArtifactDownload {
  const client = useGovkitClient();
  const queryClient = useQueryClient();
  const [state, setState] = useState<NarrativeArtifactDownloadState>(IDLE);
  const controller = useRef<AbortController | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (record: NarrativeExport) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const { onFile = saveFile } = optionsRef.current;
      const checksum = record.artifact_checksum ?? undefined;
      setState({ ...IDLE, status: 'downloading', exportId: record.id });
      try {
        const download = await client.exports.artifact(record.execution_id, record.id, undefined, {
          signal: abort.signal,
        });
        const filename =
          download.filename ?? narrativeArtifactFilename(record.execution_id, record.version);
        const bytes = await download.bytes({ sha256: checksum });
        if (abort.signal.aborted) return;
        onFile({ filename, bytes, checksum });
        setState((s) => ({ ...s, status: 'done', filename, verified: checksum !== undefined }));
      } catch (error) {
        if (error instanceof AbortError && abort.signal.aborted) {
          if (controller.current === abort) setState(IDLE);
          return;
        }
        setState((s) => ({ ...s, status: 'error', error }));
        // The server retired the artifact or marked it failed: show the export as it now is.
        if (error instanceof ArtifactExpiredError || error instanceof ArtifactIntegrityError) {
          void queryClient.invalidateQueries({
            queryKey: govkitKeys.exports.narratives(record.execution_id),
            exact: true,
          });
        }
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [client, queryClient],
  );
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { ...state, start, cancel };
}
