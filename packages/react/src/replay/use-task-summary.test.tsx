import { SEEDED_REPLAY } from '@govkit/mock-server';
import { GovkitError, NotFoundError } from '@govkit/sdk';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { govkitKeys } from '../query/govkit-keys';
import { createGovkitWrapper, useMockGovkitServer } from '../test/render-with-govkit';
import { useDecisionTrace } from './use-decision-trace';
import { useTaskSummary } from './use-task-summary';

describe('replay hooks', () => {
  useMockGovkitServer();

  it('caches the summary under its key', async () => {
    const { Wrapper, queryClient } = createGovkitWrapper();
    const { result } = renderHook(() => useTaskSummary(SEEDED_REPLAY.docTaskId), {
      wrapper: Wrapper,
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.blocked_reason_code).toBe('REDLINE_001');
    expect(queryClient.getQueryData(govkitKeys.replay.taskSummary(SEEDED_REPLAY.docTaskId))).toBe(
      result.current.data,
    );
  });

  it("hands the sdk's typed error to the UI unchanged", async () => {
    const { Wrapper } = createGovkitWrapper();
    const { result } = renderHook(() => useTaskSummary('task-missing'), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(NotFoundError);
    expect(result.current.error).toBeInstanceOf(GovkitError);
    expect((result.current.error as NotFoundError).status).toBe(404);
  });

  it('pages through a cursor endpoint to its end, without duplicates', async () => {
    const { Wrapper } = createGovkitWrapper();
    const { result } = renderHook(() => useDecisionTrace(SEEDED_REPLAY.docTaskId, { limit: 1 }), {
      wrapper: Wrapper,
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    for (let guard = 0; result.current.hasNextPage && guard < 50; guard += 1) {
      await result.current.fetchNextPage();
      await waitFor(() => expect(result.current.isFetchingNextPage).toBe(false));
    }
    const pages = result.current.data?.pages ?? [];
    expect(pages.length).toBeGreaterThan(1);
    expect(result.current.hasNextPage).toBe(false);
    const ids = pages.flatMap((page) =>
      page.trace_items.map((item) => JSON.stringify([item.kind, item.ts, item])),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(pages.length);
  });

  it('says which provider is missing instead of failing obscurely', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useTaskSummary('task-1'))).toThrow(/GovkitProvider/);
  });
});
