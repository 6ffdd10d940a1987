import { describe, expectTypeOf, it } from 'vitest';
import type { GovkitClient } from './client/create-client';
import type { EndpointParams } from './client/request-input';
import { followTimelineStream } from './client/timeline/follow-timeline-stream';
import {
  isTimelineEntryKind,
  type TimelineEntryKinds,
} from './client/timeline/timeline-entry-kind';
import { applyTimelineFrame, type TimelineLiveState } from './client/timeline/timeline-live-state';
import type { RunLockEngineOptions } from './engines/run-governance/run-lock';
import {
  type CreateManifestOptions,
  createManifest,
  markStepStart,
} from './engines/run-governance/run-manifest';
import type { lineageEndpoints } from './schemas/lineage/endpoints';
import type { LineageRecord } from './schemas/lineage/lineage-record';
import type { replayEndpoints } from './schemas/replay/endpoints';
import type { TaskGovernanceSummary } from './schemas/replay/task-governance-summary';
import type { AcquireLockResult } from './schemas/run-governance/run-lock';
import type { RunManifest } from './schemas/run-governance/run-manifest';
import {
  type BaselineEventTimelineEntry,
  type CoachingNoteTimelineEntry,
  isKnownTimelineEntry,
  type OverrideActionTimelineEntry,
  type TimelineEntry,
} from './schemas/timeline/timeline-entry';

// Type tests (vitest typecheck): the public types a consumer compiles against.
type HasIndexSignature<T> = string extends keyof T ? true : false;

describe('response types', () => {
  it('list the contract fields only (a typo does not compile)', () => {
    expectTypeOf<HasIndexSignature<TaskGovernanceSummary>>().toEqualTypeOf<false>();
    expectTypeOf<HasIndexSignature<LineageRecord>>().toEqualTypeOf<false>();
    expectTypeOf<TaskGovernanceSummary>().not.toHaveProperty('no_such_field');
  });

  it('type ids as strings and nullish fields as null', () => {
    expectTypeOf<TaskGovernanceSummary['task_id']>().toEqualTypeOf<string>();
    expectTypeOf<TaskGovernanceSummary['last_decision_ts']>().toEqualTypeOf<string | null>();
    expectTypeOf<TaskGovernanceSummary['blocked_reason_code']>().toEqualTypeOf<string | null>();
    expectTypeOf<AcquireLockResult['lock_id']>().toEqualTypeOf<string | undefined>();
  });

  it('narrow a timeline entry on entry_type after the known-entry guard', () => {
    const entry = {} as TimelineEntry;
    if (isKnownTimelineEntry(entry) && entry.entry_type === 'override_action') {
      expectTypeOf(entry.detail.override_id).toEqualTypeOf<string | null | undefined>();
    }
  });
});

describe('request types', () => {
  it('type `limit` as a number', () => {
    type TraceParams = NonNullable<EndpointParams<typeof replayEndpoints.tasksDecisionTrace>>;
    type SearchParams = NonNullable<EndpointParams<typeof lineageEndpoints.search>>;
    expectTypeOf<TraceParams['limit']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<SearchParams['limit']>().toEqualTypeOf<number | undefined>();
  });
});

describe('client', () => {
  it('resolves each method to the parsed response type', () => {
    expectTypeOf<
      GovkitClient['replay']['tasks']['summary']
    >().returns.resolves.toEqualTypeOf<TaskGovernanceSummary>();
    expectTypeOf<
      GovkitClient['lineage']['retrieve']
    >().returns.resolves.toEqualTypeOf<LineageRecord>();
  });
});

describe('seed 003 functions', () => {
  it('take the seed arguments in the seed order, then optional options', () => {
    expectTypeOf(createManifest).parameters.toEqualTypeOf<
      [string, string, string, (string | undefined)?, CreateManifestOptions?]
    >();
    expectTypeOf(markStepStart).returns.toEqualTypeOf<RunManifest>();
    expectTypeOf<RunLockEngineOptions>().toMatchTypeOf<{ clock?: unknown; ids?: unknown }>();
    // The old clock-in-fourth-place call no longer compiles.
    // @ts-expect-error a Clock is not a lock id
    createManifest('run-1', 'ws-1', 'mock', { now: () => 0 });
  });
});

describe('timeline model', () => {
  it('narrows an entry to its kind, and each kind names its entry type', () => {
    expectTypeOf<
      TimelineEntryKinds['override_reversal']
    >().toEqualTypeOf<OverrideActionTimelineEntry>();
    expectTypeOf<
      TimelineEntryKinds['approval_event']
    >().toEqualTypeOf<BaselineEventTimelineEntry>();
    expectTypeOf<TimelineEntryKinds['unknown']>().toEqualTypeOf<TimelineEntry>();
    const entry = {} as TimelineEntry;
    if (isTimelineEntryKind(entry, 'coaching_note')) {
      expectTypeOf(entry).toEqualTypeOf<CoachingNoteTimelineEntry>();
    }
    // @ts-expect-error not a kind
    isTimelineEntryKind(entry, 'override');
  });

  it('reduces stream frames to the same state type', () => {
    expectTypeOf(applyTimelineFrame).returns.toEqualTypeOf<TimelineLiveState>();
    expectTypeOf(followTimelineStream).returns.resolves.toBeVoid();
  });
});
