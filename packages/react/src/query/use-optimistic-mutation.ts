import {
  type InvalidateQueryFilters,
  type QueryKey,
  type UseMutationResult,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';

/**
 * What a mutation refetches once it settles: an exact query key, or query filters when the
 * affected queries are found by their parameters (the analytics reports whose scope includes an
 * execution: `governanceAnalyticsInvalidation([executionId])`).
 */
export type InvalidationTarget = QueryKey | InvalidateQueryFilters;

// `Array.isArray` does not narrow a readonly array out of a union.
function isQueryKey(target: InvalidationTarget): target is QueryKey {
  return Array.isArray(target);
}

export interface OptimisticMutationOptions<TData, TVariables, TCached> {
  /** The request (an sdk client call). Its typed error reaches `mutation.error` unchanged. */
  mutationFn: (variables: TVariables) => Promise<TData>;
  /** The one cached query the optimistic update patches (an exact key). */
  queryKey: (variables: TVariables) => QueryKey;
  /** The cached value as it will be once the server agrees; `undefined` in → leave the cache. */
  optimisticUpdate: (cached: TCached, variables: TVariables) => TCached;
  /**
   * Every query the mutation changes on the server, refetched once it settles (success or not).
   * Exact keys: only these refetch, not their whole domain; filters select by a predicate.
   */
  invalidates: (variables: TVariables, data: TData | undefined) => readonly InvalidationTarget[];
  onSuccess?: ((data: TData, variables: TVariables) => void) | undefined;
}

/** What `onMutate` keeps to roll the cache back (exported so hooks built on it can be typed). */
export interface Snapshot<TCached> {
  key: QueryKey;
  previous: TCached | undefined;
}

/**
 * A mutation that shows its result at once (optimistic update of one cached query), restores
 * the cache exactly as it was if the server refuses, and then refetches exactly the queries it
 * affects. Every govkit action (accept, decline, release a lock, …) is built on it.
 */
export function useOptimisticMutation<TData, TVariables, TCached>({
  mutationFn,
  queryKey,
  optimisticUpdate,
  invalidates,
  onSuccess,
}: OptimisticMutationOptions<TData, TVariables, TCached>): UseMutationResult<
  TData,
  Error,
  TVariables,
  Snapshot<TCached>
> {
  const queryClient = useQueryClient();
  return useMutation<TData, Error, TVariables, Snapshot<TCached>>({
    mutationFn,
    onMutate: async (variables) => {
      const key = queryKey(variables);
      // A refetch already in flight would overwrite the optimistic value with stale data.
      await queryClient.cancelQueries({ queryKey: key, exact: true });
      const previous = queryClient.getQueryData<TCached>(key);
      if (previous !== undefined) {
        queryClient.setQueryData<TCached>(key, optimisticUpdate(previous, variables));
      }
      return { key, previous };
    },
    onError: (_error, _variables, snapshot) => {
      if (snapshot && snapshot.previous !== undefined) {
        queryClient.setQueryData(snapshot.key, snapshot.previous);
      }
    },
    onSuccess: (data, variables) => onSuccess?.(data, variables),
    onSettled: (data, _error, variables) =>
      Promise.all(
        invalidates(variables, data).map((target) =>
          queryClient.invalidateQueries(
            isQueryKey(target) ? { queryKey: target, exact: true } : target,
          ),
        ),
      ),
  });
}
