import { abortErrorFrom } from './abortable-sleep';
import type { Download } from './download';
import { GovkitError } from './errors';

/** A download was larger than the caller's cap; reading stopped there (or never started). */
export class DownloadSizeLimitError extends GovkitError {
  override readonly name: string = 'DownloadSizeLimitError';
  readonly limitBytes: number;
  /** What the server announced (`Content-Length`) or what arrived before reading stopped. */
  readonly sizeBytes: number;
  constructor(limitBytes: number, sizeBytes: number) {
    super(`The download (${sizeBytes} bytes or more) exceeds the ${limitBytes}-byte limit.`);
    this.limitBytes = limitBytes;
    this.sizeBytes = sizeBytes;
  }
}

/** Progress of {@link readDownload}: bytes so far and the announced total, if any. */
export interface DownloadProgress {
  receivedBytes: number;
  totalBytes: number | undefined;
}

export interface ReadDownloadOptions {
  /** Largest body accepted, in bytes. A bigger `Content-Length` fails before reading. */
  maxBytes?: number | undefined;
  /** Called after every chunk (and once at the start with 0). */
  onProgress?: ((progress: DownloadProgress) => void) | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Read a {@link Download}'s body chunk by chunk with progress, a size cap and cancellation: what a
 * UI needs to show "1.2 MB of 2 MB" and to refuse an oversized (or lying) response without
 * buffering it. Throws {@link DownloadSizeLimitError} past `maxBytes`, `AbortError` on abort.
 */
export async function readDownload(
  download: Download,
  options: ReadDownloadOptions = {},
): Promise<Uint8Array> {
  const { maxBytes = Number.POSITIVE_INFINITY, onProgress, signal } = options;
  const totalBytes = download.contentLength;
  if (totalBytes !== undefined && totalBytes > maxBytes) {
    throw new DownloadSizeLimitError(maxBytes, totalBytes);
  }
  if (signal?.aborted) throw abortErrorFrom(signal);
  const reader = download.stream().getReader();
  const onAbort = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });
  const chunks: Uint8Array[] = [];
  let received = 0;
  onProgress?.({ receivedBytes: 0, totalBytes });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal?.aborted) throw abortErrorFrom(signal);
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new DownloadSizeLimitError(maxBytes, received);
      }
      chunks.push(value);
      onProgress?.({ receivedBytes: received, totalBytes });
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  const out = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
