import { overrideEndpoint, SEEDED_LINEAGE } from '@govkit/mock-server';
import { lineageDownloadFilename, lineageEndpoints } from '@govkit/sdk/schemas';
import { act, renderHook, waitFor } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import {
  createGovkitWrapper,
  createTestClient,
  TEST_BASE_URL,
  useMockGovkitServer,
} from '../test/render-with-govkit';
import { useLineageAudit } from './use-lineage-queries';
import { useRawInputsDownload } from './use-raw-inputs-download';

/** A gzip body that sends its first bytes and then stalls until the request is aborted. */
function stalledGzip(): HttpResponse<ReadableStream<Uint8Array>> {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new Uint8Array([0x1f, 0x8b, 0x08, 0x00]));
    },
  });
  return new HttpResponse(body, {
    headers: { 'content-type': 'application/gzip', 'content-length': '4096' },
  });
}

async function seededLineageId(): Promise<string> {
  return (await createTestClient().lineage.retrieve(SEEDED_LINEAGE.dictLogsReportId)).lineage_id;
}

/**
 * Render the hook with `onFile`, start a download of `lin-slow` (stalled by the caller's handler)
 * and wait until its first bytes arrived. Returns the pending `start` promise with the hook.
 */
async function startStalledDownload(onFile: () => void) {
  const { Wrapper } = createGovkitWrapper();
  const hook = renderHook(() => useRawInputsDownload({ onFile }), { wrapper: Wrapper });
  let finished: Promise<void> = Promise.resolve();
  act(() => {
    finished = hook.result.current.start('lin-slow');
  });
  await waitFor(() => expect(hook.result.current.progress.receivedBytes).toBe(4));
  return { ...hook, finished };
}

describe('useRawInputsDownload', () => {
  const server = useMockGovkitServer();

  it('saves the file through a temporary download link by default', async () => {
    const lineageId = await seededLineageId();
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:govkit-test');
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: Array<{ href: string; download: string }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });
    const { Wrapper } = createGovkitWrapper();
    const { result } = renderHook(() => useRawInputsDownload(), { wrapper: Wrapper });
    await act(() => result.current.start(lineageId));
    expect(result.current.error).toBeUndefined();
    expect(result.current.status).toBe('done');
    expect(clicked).toEqual([{ href: 'blob:govkit-test', download: result.current.filename }]);
    const blob = created.mock.calls[0]?.[0] as Blob;
    expect(blob.type).toBe('application/gzip');
    expect(blob.size).toBe(result.current.progress.receivedBytes);
    // The object URL is revoked on the next task, after the click queued the download.
    await waitFor(() => expect(revoked).toHaveBeenCalledWith('blob:govkit-test'));
  });

  it('cancel stops the download, returns to idle and hands over no file', async () => {
    server.use(
      overrideEndpoint(lineageEndpoints.download, () => stalledGzip(), { baseURL: TEST_BASE_URL }),
    );
    const onFile = vi.fn();
    const { result, finished } = await startStalledDownload(onFile);
    // Without a Content-Disposition name the file is named after the lineage.
    expect(result.current).toMatchObject({
      status: 'downloading',
      lineageId: 'lin-slow',
      filename: lineageDownloadFilename('lin-slow'),
      progress: { receivedBytes: 4, totalBytes: 4096 },
    });
    act(() => result.current.cancel());
    await act(() => finished);
    expect(result.current).toMatchObject({
      status: 'idle',
      lineageId: undefined,
      error: undefined,
    });
    expect(onFile).not.toHaveBeenCalled();
  });

  it('a new download supersedes a running one: the old one neither resets nor updates state', async () => {
    const lineageId = await seededLineageId();
    server.use(
      overrideEndpoint(lineageEndpoints.download, () => stalledGzip(), {
        baseURL: TEST_BASE_URL,
        once: true,
      }),
    );
    const onFile = vi.fn();
    const { result, finished: first } = await startStalledDownload(onFile);
    await act(() => Promise.all([first, result.current.start(lineageId)]));
    expect(result.current).toMatchObject({ status: 'done', lineageId });
    expect(onFile).toHaveBeenCalledTimes(1);
    expect(onFile.mock.calls[0]?.[0].filename).not.toBe(lineageDownloadFilename('lin-slow'));
  });

  it('aborts a running download when the component unmounts', async () => {
    server.use(
      overrideEndpoint(lineageEndpoints.download, () => stalledGzip(), { baseURL: TEST_BASE_URL }),
    );
    const onFile = vi.fn();
    const { unmount, finished } = await startStalledDownload(onFile);
    unmount();
    await finished;
    expect(onFile).not.toHaveBeenCalled();
  });
});

describe('useLineageAudit', () => {
  useMockGovkitServer();

  it('pages the access trail with the cursor of the previous page', async () => {
    // Each retrieval is audited: two entries, so a page size of 1 makes two pages.
    await seededLineageId();
    const lineageId = await seededLineageId();
    const { Wrapper } = createGovkitWrapper();
    const { result } = renderHook(() => useLineageAudit(lineageId, { pageSize: 1 }), {
      wrapper: Wrapper,
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.hasNextPage).toBe(true);
    await act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(2));
    const pages = result.current.data?.pages ?? [];
    const ids = pages.flatMap((page) => page.items.map((item) => item.id));
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });
});
