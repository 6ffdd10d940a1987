import type { TimelineEntry } from '../../schemas/timeline/timeline-entry';
import type { TimelinePage } from '../../schemas/timeline/timeline-page';
import {
  type TimelineParamsInput,
  TimelineParamsSchema,
  type TimelineStreamParams,
} from '../../schemas/timeline/timeline-page';
import type {
  TimelineCooldownTickFrame,
  TimelineLockEventFrame,
  TimelineSnapshotFrame,
} from '../../schemas/timeline/timeline-stream-frame';
import { governanceViewerOf, resolveGovernanceReadScope } from '../analytics/analytics-scope';
import type { GovernanceAnalyticsEngine } from '../analytics/governance-analytics-engine';
import type { CoachingNoteStore } from '../coaching/coaching-note-store';
import { coachingReplyCounts } from '../coaching/coaching-note-view';
import { type GovernanceDirectory, requireUser } from '../governance/directory';
import type { EventLog } from '../governance/event-log';
import {
  OVERRIDE_ACTION_EVENT_TYPE,
  OVERRIDE_RECOMMENDATION_EVENT_TYPE,
} from '../governance/event-types';
import type { OverrideEngine } from '../overrides/override-engine';
import type { Clock } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import { parseEngineInput } from '../shared/engine-input';
import {
  compareTimelinePositions,
  decodeTimelineCursor,
  encodeTimelineCursor,
} from './timeline-cursor';
import {
  analyticsTimelineEntry,
  baselineTimelineEntry,
  coachingTimelineEntry,
  overrideActionTimelineEntry,
  recommendationTimelineEntry,
  type TimelineBaselineEvent,
} from './timeline-entries';
import {
  buildTimelineSnapshotFrame,
  cooldownTickFrame,
  subscribeTimelineLockFrames,
} from './timeline-live-frames';

/** Where baseline lifecycle events come from (the baselines engine provides an adapter). */
export interface TimelineBaselineEventSource {
  listBaselineEvents(executionIds: readonly string[]): TimelineBaselineEvent[];
}

/** Dependencies of {@link createGovernanceTimeline}. */
export interface GovernanceTimelineOptions {
  directory: GovernanceDirectory;
  events: EventLog;
  clock: Clock;
  overrides: Pick<OverrideEngine, 'store' | 'directory' | 'listLiveStates' | 'onLockEvent'>;
  /** Coaching notes (the coaching engine's store). Default: none. */
  coachingNotes?: Pick<CoachingNoteStore, 'list'>;
  /** Baseline events. Default: none. */
  baselineEvents?: TimelineBaselineEventSource;
  /** Analytics, for `analytics_snapshot` entries. Default: none. */
  analytics?: Pick<GovernanceAnalyticsEngine, 'compute'>;
}

/** A live stream's parts as plain data; the transport sends them as SSE `data:` frames. */
export interface TimelineStream {
  snapshot(): TimelineSnapshotFrame;
  /** The current cooldown tick, or null while no cooldown exists. */
  tick(): TimelineCooldownTickFrame | null;
  subscribe(listener: (frame: TimelineLockEventFrame) => void): () => void;
}

/**
 * The governance decision timeline: override recommendations and actions (with lineage
 * and reversal detail), baseline events, coaching notes and analytics snapshots, newest first,
 * under the read filter of reference §3.7, paged by an opaque cursor that never repeats or skips
 * an entry. Also opens the live lock/cooldown stream of one execution.
 */
export function createGovernanceTimeline(options: GovernanceTimelineOptions) {
  const { directory, events, clock, overrides } = options;

  function collect(actorId: string, executionId: string | null): TimelineEntry[] {
    const viewer = governanceViewerOf(directory, requireUser(directory, actorId));
    const scope = resolveGovernanceReadScope(directory, viewer, executionId);
    const inScope = new Set(scope.execution_ids);
    const entries: TimelineEntry[] = [];
    for (const event of events.list()) {
      if (!inScope.has(event.execution_id)) continue;
      if (event.event_type === OVERRIDE_ACTION_EVENT_TYPE) {
        entries.push(overrideActionTimelineEntry(event, overrides));
      } else if (event.event_type === OVERRIDE_RECOMMENDATION_EVENT_TYPE) {
        entries.push(recommendationTimelineEntry(event));
      }
    }
    for (const event of options.baselineEvents?.listBaselineEvents(scope.execution_ids) ?? []) {
      if (inScope.has(event.execution_id)) entries.push(baselineTimelineEntry(event, directory));
    }
    const notes = (options.coachingNotes?.list() ?? []).filter(
      (note) => note.execution_id !== null && inScope.has(note.execution_id),
    );
    const replies = coachingReplyCounts(options.coachingNotes?.list() ?? []);
    for (const note of notes) {
      entries.push(coachingTimelineEntry(note, replies.get(note.thread_root_id) ?? 0, directory));
    }
    if (options.analytics) {
      const run = options.analytics.compute(
        actorId,
        executionId ? { execution_id: executionId } : {},
      );
      if (run.as_of) {
        for (const row of run.report.reviewer_cadence) {
          entries.push(
            analyticsTimelineEntry(row, run.as_of, run.report.lineage_summary, executionId),
          );
        }
      }
    }
    return entries.sort(compareTimelinePositions);
  }

  return {
    /**
     * `GET /api/experiment-console/governance/timeline`: one page, newest first. 404/403 for a
     * requested execution; 400 for a cursor the timeline did not issue.
     */
    list(actorId: string, input: TimelineParamsInput = {}): TimelinePage {
      const params = parseEngineInput(TimelineParamsSchema, input);
      const after = params.cursor ? decodeTimelineCursor(params.cursor) : null;
      const all = collect(actorId, params.execution_id ?? null);
      const remaining = after
        ? all.filter((entry) => compareTimelinePositions(entry, after) > 0)
        : all;
      const page = remaining.slice(0, params.limit);
      const last = page.at(-1);
      return {
        entries: page,
        next_cursor: remaining.length > page.length && last ? encodeTimelineCursor(last) : null,
      };
    },

    /**
     * `GET …/timeline/stream?execution_id=`: checks access (422 without an execution, 404/403)
     * and returns the stream's frames as plain data.
     */
    openStream(actorId: string, params: Partial<TimelineStreamParams>): TimelineStream {
      if (!params.execution_id) throw EngineError.unprocessable('execution_id is required');
      const executionId = params.execution_id;
      const viewer = governanceViewerOf(directory, requireUser(directory, actorId));
      resolveGovernanceReadScope(directory, viewer, executionId);
      return {
        snapshot: () => buildTimelineSnapshotFrame(overrides, executionId, clock),
        tick: () => cooldownTickFrame(overrides, executionId, clock),
        subscribe: (listener) =>
          subscribeTimelineLockFrames(overrides, executionId, clock, listener),
      };
    },
  };
}

/** The timeline returned by {@link createGovernanceTimeline}. */
export type GovernanceTimeline = ReturnType<typeof createGovernanceTimeline>;
