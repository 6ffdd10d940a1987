import {
  QueryClient,
  QueryClientProvider,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { cursorInfiniteOptions } from './cursor-infinite-options';
import { govkitKeys } from './govkit-keys';
import { useOptimisticMutation } from './use-optimistic-mutation';

function setup() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return { queryClient, wrapper };
}

describe('govkitKeys', () => {
  it('nests every key under its domain, so a domain invalidates as one', () => {
    expect(govkitKeys.replay.taskSummary('t-1')).toEqual([
      'govkit',
      'replay',
      'task-summary',
      't-1',
    ]);
    expect(govkitKeys.lineage.detail('r-1').slice(0, 2)).toEqual(govkitKeys.lineage.all);
    expect(govkitKeys.replay.decisionTrace('t-1', { limit: 5 }).slice(0, 2)).toEqual(
      govkitKeys.replay.all,
    );
    const domains = Object.values(govkitKeys).filter((value) => !Array.isArray(value));
    expect(
      new Set(domains.map((domain) => (domain as { all: readonly unknown[] }).all[1])).size,
    ).toBe(12);
  });
});

describe('cursorInfiniteOptions', () => {
  it('starts without a cursor, follows next cursors and stops on a repeated one', async () => {
    const fetchPage = vi.fn(async (cursor: string | undefined) => ({
      items: [cursor ?? 'first'],
      next: cursor === undefined ? 'c1' : 'c1',
    }));
    const { wrapper } = setup();
    const { result } = renderHook(
      () =>
        useInfiniteQuery(
          cursorInfiniteOptions({ queryKey: ['t'], fetchPage, nextCursor: (page) => page.next }),
        ),
      { wrapper },
    );
    await waitFor(() => expect(result.current.hasNextPage).toBe(true));
    await act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(2));
    expect(fetchPage.mock.calls.map(([cursor]) => cursor)).toEqual([undefined, 'c1']);
    expect(result.current.hasNextPage).toBe(false);
  });
});

function useCounter(mutationFn: (by: number) => Promise<number>) {
  const total = useQuery({ queryKey: ['total'], queryFn: async () => 10 });
  const other = useQuery({ queryKey: ['total', 'history'], queryFn: vi.fn(async () => 'h') });
  const mutation = useOptimisticMutation({
    mutationFn,
    queryKey: () => ['total'],
    optimisticUpdate: (cached: number, by) => cached + by,
    invalidates: () => [['total']],
  });
  return { total, other, mutation };
}

describe('useOptimisticMutation', () => {
  it('shows the update at once and rolls it back when the server refuses', async () => {
    const { wrapper, queryClient } = setup();
    let refuse: (error: Error) => void = () => {};
    const { result } = renderHook(
      () => useCounter(() => new Promise<number>((_, reject) => (refuse = reject))),
      { wrapper },
    );
    await waitFor(() => expect(result.current.total.data).toBe(10));
    act(() => result.current.mutation.mutate(5));
    await waitFor(() => expect(queryClient.getQueryData(['total'])).toBe(15));
    const refusal = new Error('409 lock held');
    act(() => refuse(refusal));
    await waitFor(() => expect(result.current.mutation.isError).toBe(true));
    expect(result.current.mutation.error).toBe(refusal);
    expect(queryClient.getQueryData(['total'])).toBe(10);
  });

  it('invalidates exactly the keys it names, not their children', async () => {
    const { wrapper, queryClient } = setup();
    const { result } = renderHook(() => useCounter(async (by) => 10 + by), { wrapper });
    await waitFor(() => expect(result.current.other.data).toBe('h'));
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    await act(() => result.current.mutation.mutateAsync(1));
    expect(invalidate.mock.calls.map(([filters]) => filters)).toEqual([
      { queryKey: ['total'], exact: true },
    ]);
    expect(queryClient.getQueryState(['total'])?.isInvalidated).toBe(false);
    expect(queryClient.getQueryState(['total', 'history'])?.isInvalidated).toBe(false);
  });
});
