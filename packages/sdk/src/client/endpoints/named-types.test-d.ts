import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { lineageEndpoints } from '../../schemas/lineage/endpoints';
import type { LineageRecord } from '../../schemas/lineage/lineage-record';
import type { LineageSearchParamsInput } from '../../schemas/lineage/lineage-search';
import type { overridesEndpoints } from '../../schemas/overrides/endpoints';
import type { OverrideActionOutcome } from '../../schemas/overrides/override-action-outcome';
import type { OverrideActionRequestSchema } from '../../schemas/overrides/override-action-request';
import type { TaskGovernanceSummary } from '../../schemas/replay/task-governance-summary';
import type { AcquireLockResult } from '../../schemas/run-governance/run-lock';
import type { timelineEndpoints } from '../../schemas/timeline/endpoints';
import type { TimelineStreamParamsInput } from '../../schemas/timeline/timeline-page';
import type { GovkitClient } from '../create-client';
import type { Download } from '../download';
import type { EndpointResult } from '../endpoint-result';
import type { PagePromise } from '../paginate';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';
import {
  type LineageSearchResult,
  lineageDownload,
  lineageRetrieve,
  lineageSearch,
} from './lineage';
import {
  type OverridesAcceptParams,
  type OverridesAcceptResult,
  overridesAccept,
} from './overrides';
import { type ReplayTasksSummaryResult, replayTasksSummary } from './replay';
import { type RunsLocksAcquireParams, type RunsLocksAcquireResult, runsLocksAcquire } from './runs';
import { type TimelineStreamResult, timelineStream } from './timeline';

// The named params and results of the endpoint functions are the registry's types under a name
// (still derived from the zod schemas), and every function declares its return type with them.
describe('named params and results', () => {
  it('equal the schema-derived types they name', () => {
    expectTypeOf<OverridesAcceptParams>().toEqualTypeOf<
      z.input<typeof OverrideActionRequestSchema>
    >();
    expectTypeOf<OverridesAcceptResult>().toEqualTypeOf<OverrideActionOutcome>();
    expectTypeOf<ReplayTasksSummaryResult>().toEqualTypeOf<TaskGovernanceSummary>();
    expectTypeOf<RunsLocksAcquireResult>().toEqualTypeOf<AcquireLockResult>();
    expectTypeOf<LineageSearchResult>().toEqualTypeOf<
      EndpointResult<typeof lineageEndpoints.search>
    >();
    // Query-only endpoints reuse the schema's input type rather than a second name for it.
    expectTypeOf<LineageSearchParamsInput>().toEqualTypeOf<
      EndpointParams<typeof lineageEndpoints.search>
    >();
    expectTypeOf<TimelineStreamParamsInput>().toEqualTypeOf<
      EndpointParams<typeof timelineEndpoints.stream>
    >();
    expectTypeOf<OverridesAcceptParams>().toEqualTypeOf<
      EndpointParams<typeof overridesEndpoints.accept>
    >();
  });

  it('are what the functions and the client methods declare', () => {
    expectTypeOf(overridesAccept).returns.toEqualTypeOf<Promise<OverridesAcceptResult>>();
    expectTypeOf(overridesAccept).parameter(2).toEqualTypeOf<OverridesAcceptParams>();
    expectTypeOf(replayTasksSummary).returns.toEqualTypeOf<Promise<ReplayTasksSummaryResult>>();
    expectTypeOf(runsLocksAcquire).parameter(2).toEqualTypeOf<RunsLocksAcquireParams>();
    expectTypeOf(lineageRetrieve).returns.toEqualTypeOf<Promise<LineageRecord>>();
    expectTypeOf(lineageDownload).returns.toEqualTypeOf<Promise<Download>>();
    expectTypeOf(lineageSearch).returns.toEqualTypeOf<
      PagePromise<LineageSearchResult, LineageSearchResult['items'][number]>
    >();
    expectTypeOf(timelineStream).returns.toEqualTypeOf<
      AsyncGenerator<TimelineStreamResult, void, undefined>
    >();
    expectTypeOf<GovkitClient['overrides']['accept']>().toEqualTypeOf<
      (
        recommendationId: string,
        body: OverridesAcceptParams,
        options?: RequestOptions,
      ) => Promise<OverridesAcceptResult>
    >();
  });
});
