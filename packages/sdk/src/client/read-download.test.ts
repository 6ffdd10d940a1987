import { describe, expect, it, vi } from 'vitest';
import { Download } from './download';
import { AbortError } from './errors';
import { DownloadSizeLimitError, readDownload } from './read-download';

function downloadOf(chunks: number[], headers: Record<string, string> = {}) {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const size of chunks) controller.enqueue(new Uint8Array(size).fill(7));
      controller.close();
    },
  });
  return new Download(new Response(body, { headers }));
}

describe('readDownload', () => {
  it('reads every chunk, reporting progress against Content-Length', async () => {
    const onProgress = vi.fn();
    const bytes = await readDownload(downloadOf([3, 4, 5], { 'content-length': '12' }), {
      onProgress,
      maxBytes: 12,
    });
    expect(bytes).toHaveLength(12);
    expect(bytes.every((b) => b === 7)).toBe(true);
    expect(onProgress.mock.calls.map(([p]) => p)).toEqual([
      { receivedBytes: 0, totalBytes: 12 },
      { receivedBytes: 3, totalBytes: 12 },
      { receivedBytes: 7, totalBytes: 12 },
      { receivedBytes: 12, totalBytes: 12 },
    ]);
  });

  it('refuses an announced size over the cap before reading', async () => {
    const download = downloadOf([1], { 'content-length': '5000' });
    const error = await readDownload(download, { maxBytes: 4096 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadSizeLimitError);
    expect(error).toMatchObject({ limitBytes: 4096, sizeBytes: 5000 });
  });

  it('stops a body that grows past the cap without a Content-Length', async () => {
    const onProgress = vi.fn();
    const error = await readDownload(downloadOf([4, 4, 4]), { maxBytes: 10, onProgress }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DownloadSizeLimitError);
    expect(error).toMatchObject({ limitBytes: 10, sizeBytes: 12 });
    expect(onProgress).toHaveBeenLastCalledWith({ receivedBytes: 8, totalBytes: undefined });
  });

  it('aborts on the signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      readDownload(downloadOf([1]), { signal: controller.signal }),
    ).rejects.toBeInstanceOf(AbortError);
    const later = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      pull: (c) => {
        later.abort();
        c.enqueue(new Uint8Array(1));
      },
    });
    await expect(
      readDownload(new Download(new Response(body)), { signal: later.signal }),
    ).rejects.toBeInstanceOf(AbortError);
  });
});
