import { describe, expectTypeOf, it } from 'vitest';
import type { GovkitClient } from './client/create-client';
import type { EndpointParams } from './client/request-input';
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
import { isKnownTimelineEntry, type TimelineEntry } from './schemas/timeline/timeline-entry';

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
