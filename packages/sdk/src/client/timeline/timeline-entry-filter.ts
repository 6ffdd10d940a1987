import { timestampMs } from '../../schemas/shared/timestamp-ms';
import type { TimelineEntry } from '../../schemas/timeline/timeline-entry';
import { type TimelineEntryKind, timelineEntryKind } from './timeline-entry-kind';

/**
 * Filters over timeline entries. The API filters by execution only, so a client filters the
 * entries it has loaded (and keeps loading older pages while the filtered view is short).
 */
export interface TimelineEntryFilters {
  /** One entry kind, or every kind when unset. */
  kind?: TimelineEntryKind | undefined;
  /** Part of the actor's name, email or id (case-insensitive). */
  actor?: string | undefined;
  /** First day shown, `YYYY-MM-DD` in the local calendar (inclusive). */
  from?: string | undefined;
  /** Last day shown, `YYYY-MM-DD` (inclusive). */
  to?: string | undefined;
}

/** Whether any filter is set (a blank actor is none), i.e. whether filtering can drop entries. */
export function timelineFiltersActive(filters: TimelineEntryFilters): boolean {
  return Boolean(filters.kind || filters.actor?.trim() || filters.from || filters.to);
}

// A `YYYY-MM-DD` day's start in the local calendar (what a date input means to its user).
function dayStart(day: string | undefined): number | undefined {
  if (!day) return undefined;
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return undefined;
  return new Date(y, m - 1, d).getTime();
}

/**
 * A predicate for the filters; build it once per filter change and run it per entry
 * (`entries.filter(timelineFilterPredicate(filters))`). An entry without a readable time is
 * dropped by a day filter; a day that is not `YYYY-MM-DD` is ignored.
 */
export function timelineFilterPredicate(
  filters: TimelineEntryFilters,
): (entry: TimelineEntry) => boolean {
  const actor = filters.actor?.trim().toLowerCase();
  const from = dayStart(filters.from);
  const toStart = dayStart(filters.to);
  const to = toStart === undefined ? undefined : toStart + 86_400_000;
  return (entry) => {
    if (filters.kind && timelineEntryKind(entry) !== filters.kind) return false;
    if (actor) {
      const who = entry.actor;
      const text =
        `${who?.name ?? ''}\u0000${who?.email ?? ''}\u0000${who?.id ?? ''}`.toLowerCase();
      if (!text.includes(actor)) return false;
    }
    if (from !== undefined || to !== undefined) {
      const at = timestampMs(entry.occurred_at);
      if (Number.isNaN(at)) return false;
      if (from !== undefined && at < from) return false;
      if (to !== undefined && at >= to) return false;
    }
    return true;
  };
}
