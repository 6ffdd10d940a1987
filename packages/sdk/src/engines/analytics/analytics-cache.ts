import type { EventLog, ExecutionEvent } from '../governance/event-log';
import { OVERRIDE_ACTION_EVENT_TYPE } from '../governance/event-types';
import type { Clock } from '../shared/clock';

/** How long an analytics response stays fresh (30 s). */
export const GOVERNANCE_ANALYTICS_CACHE_TTL_MS = 30_000;

/**
 * Event types that invalidate cached analytics for their executions: override actions,
 * coaching-note changes and approval-stage changes (stage decisions, delegations, resets, SLA
 * overdue processing).
 */
export const GOVERNANCE_ANALYTICS_INVALIDATING_PREFIXES = [
  OVERRIDE_ACTION_EVENT_TYPE,
  'governance.coaching_note.',
  'narrative_export.approval.',
] as const;

/**
 * The cache key: per user (not only per team), so two users of one team never share an entry
 * whose reviewer rows were filtered for the other.
 */
export interface GovernanceAnalyticsCacheKey {
  user_id: string;
  is_admin: boolean;
  team_ids: readonly string[];
  /** The requested execution ids (empty for "everything readable"). */
  execution_ids: readonly string[];
  limit: number;
  view: string;
}

/** Counters that let a test prove a hit did not recompute. */
export interface GovernanceAnalyticsCacheStats {
  hits: number;
  misses: number;
  /** Entries dropped by events or explicit invalidation (TTL expiries are not counted). */
  invalidations: number;
  entries: number;
}

interface Entry<T> {
  value: T;
  createdAt: number;
  scope: Set<string>;
}

/** The executions an event concerns (a coaching note may name two). */
export function executionsOfInvalidatingEvent(event: ExecutionEvent): string[] | null {
  if (!GOVERNANCE_ANALYTICS_INVALIDATING_PREFIXES.some((p) => event.event_type.startsWith(p))) {
    return null;
  }
  const ids = [event.execution_id];
  const other = event.payload.override_execution_id;
  if (typeof other === 'string' && other !== event.execution_id) ids.push(other);
  return ids;
}

/**
 * An in-process analytics cache (TTL 30 s by default). `get` answers a deep copy of a fresh entry
 * or computes, stores and answers a copy of a new one. Subscribed to the event log, it drops every
 * entry whose scope overlaps an invalidating event's executions; an entry with an empty scope
 * only expires by TTL.
 */
export function createGovernanceAnalyticsCache<T>(options: {
  clock: Clock;
  events?: EventLog;
  ttlMs?: number;
}) {
  const ttlMs = options.ttlMs ?? GOVERNANCE_ANALYTICS_CACHE_TTL_MS;
  const entries = new Map<string, Entry<T>>();
  const counters = { hits: 0, misses: 0, invalidations: 0 };

  /** Drop entries overlapping the executions (all entries when none are given). */
  function invalidate(executionIds?: readonly string[]): number {
    let dropped = 0;
    for (const [key, entry] of entries) {
      if (executionIds === undefined || executionIds.some((id) => entry.scope.has(id))) {
        entries.delete(key);
        dropped += 1;
      }
    }
    counters.invalidations += dropped;
    return dropped;
  }

  const unsubscribe = options.events?.subscribe((event) => {
    const ids = executionsOfInvalidatingEvent(event);
    if (ids) invalidate(ids);
  });

  return {
    /** A copy of the fresh entry for `key`, or of a newly computed one (with its scope). */
    get(
      key: GovernanceAnalyticsCacheKey,
      compute: () => { value: T; scope: readonly string[] },
    ): T {
      const id = cacheKeyString(key);
      const now = options.clock.now();
      const entry = entries.get(id);
      if (entry && now - entry.createdAt < ttlMs) {
        counters.hits += 1;
        return structuredClone(entry.value);
      }
      counters.misses += 1;
      const computed = compute();
      entries.set(id, {
        value: structuredClone(computed.value),
        createdAt: now,
        scope: new Set(computed.scope),
      });
      return structuredClone(computed.value);
    },
    invalidate,
    clear: () => void invalidate(),
    stats: (): GovernanceAnalyticsCacheStats => ({ ...counters, entries: entries.size }),
    /** Stop listening to the event log. */
    dispose: () => unsubscribe?.(),
  };
}

/** The cache returned by {@link createGovernanceAnalyticsCache}. */
export type GovernanceAnalyticsCache<T> = ReturnType<typeof createGovernanceAnalyticsCache<T>>;

function cacheKeyString(key: GovernanceAnalyticsCacheKey): string {
  return JSON.stringify([
    key.user_id,
    key.is_admin,
    [...key.team_ids].sort(),
    [...key.execution_ids].sort(),
    key.limit,
    key.view,
  ]);
}
