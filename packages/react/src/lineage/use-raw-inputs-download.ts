import { AbortError, type DownloadProgress, readDownload } from '@govkit/sdk';
import { LINEAGE_MAX_BUNDLE_BYTES, lineageDownloadFilename } from '@govkit/sdk/schemas';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useGovkitClient } from '../provider/govkit-context';
import { govkitKeys } from '../query/govkit-keys';

/** Where a raw-inputs download is; `data-download` of the panel. */
export type RawInputsDownloadStatus = 'idle' | 'downloading' | 'done' | 'error';

export interface RawInputsDownloadState {
  status: RawInputsDownloadStatus;
  /** The lineage being (or last) downloaded. */
  lineageId: string | undefined;
  progress: DownloadProgress;
  /** The typed error: `DownloadSizeLimitError` over the cap, `NotFoundError` without raw inputs. */
  error: unknown;
  filename: string | undefined;
}

export interface UseRawInputsDownloadOptions {
  /** Largest body accepted; default the SDK's 2 MB bundle cap (`LINEAGE_MAX_BUNDLE_BYTES`). */
  maxBytes?: number | undefined;
  /** Receives the file; default saves it through a temporary `<a download>` link. */
  onFile?: ((file: { filename: string; bytes: Uint8Array }) => void) | undefined;
}

export interface RawInputsDownload extends RawInputsDownloadState {
  start: (lineageId: string) => Promise<void>;
  cancel: () => void;
}

const IDLE: RawInputsDownloadState = {
  status: 'idle',
  lineageId: undefined,
  progress: { receivedBytes: 0, totalBytes: undefined },
  error: undefined,
  filename: undefined,
};

function saveFile({ filename, bytes }: { filename: string; bytes: Uint8Array }) {
  const url = URL.createObjectURL(
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/gzip' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The click has queued the download; the object URL can go on the next task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Download a lineage's gzip raw inputs (`GET /api/lineage/{lineage_id}/download`) with progress,
 * the SDK's size cap and cancellation, then hand the file over. The server audits the download,
 * so the lineage's access trail and counters are refetched afterwards.
 */
export function useRawInputsDownload(options: UseRawInputsDownloadOptions = {}): RawInputsDownload {
  const client = useGovkitClient();
  const queryClient = useQueryClient();
  const [state, setState] = useState<RawInputsDownloadState>(IDLE);
  const controller = useRef<AbortController | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (lineageId: string) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const { maxBytes = LINEAGE_MAX_BUNDLE_BYTES, onFile = saveFile } = optionsRef.current;
      setState({ ...IDLE, status: 'downloading', lineageId });
      try {
        const download = await client.lineage.download(lineageId, { signal: abort.signal });
        const filename = download.filename ?? lineageDownloadFilename(lineageId);
        const bytes = await readDownload(download, {
          maxBytes,
          signal: abort.signal,
          onProgress: (progress) =>
            setState((s) => (s.lineageId === lineageId ? { ...s, progress, filename } : s)),
        });
        onFile({ filename, bytes });
        setState((s) => ({ ...s, status: 'done', filename }));
      } catch (error) {
        if (error instanceof AbortError && abort.signal.aborted) {
          if (controller.current === abort) setState(IDLE);
          return;
        }
        setState((s) => ({ ...s, status: 'error', error }));
      } finally {
        if (controller.current === abort) controller.current = null;
        // Audited server-side (even a refused download): trail and counters changed.
        void queryClient.invalidateQueries({ queryKey: govkitKeys.lineage.audit(lineageId) });
        void queryClient.invalidateQueries({ queryKey: govkitKeys.lineage.scope('search') });
      }
    },
    [client, queryClient],
  );
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { ...state, start, cancel };
}
