import { describe, expectTypeOf, it } from 'vitest';
import type { replayEndpoints } from '../schemas/replay/endpoints';
import type { ClientTree } from './client-tree';
import type { GovkitClient } from './create-client';
import type { Download } from './download';
import type { EndpointResult } from './endpoint-result';
import type { PagePromise } from './paginate';
import type { RequestOptions } from './request-options';
import type { ReplayResource, ReplayTasksResource, RunLocksResource } from './resource-types';

// The tree derived from the registry keeps the hand-written signatures it replaced.
describe('client tree', () => {
  it('has exactly the API domains (a non-literal endpoint id would add an index signature)', () => {
    expectTypeOf<keyof ClientTree>().toEqualTypeOf<
      | 'replay'
      | 'runs'
      | 'lineage'
      | 'overrides'
      | 'timeline'
      | 'coaching'
      | 'analytics'
      | 'exports'
      | 'evidence'
      | 'preview'
      | 'templates'
      | 'baselines'
      | 'migrations'
    >();
    expectTypeOf<keyof ReplayResource>().toEqualTypeOf<'tasks' | 'decisions' | 'stats'>();
    expectTypeOf<GovkitClient['replay']>().toEqualTypeOf<ReplayResource>();
  });

  it('keeps positional ids, then params, then options', () => {
    expectTypeOf<ReplayTasksResource['summary']>().toEqualTypeOf<
      (
        taskId: string,
        options?: RequestOptions,
      ) => Promise<EndpointResult<typeof replayEndpoints.tasksSummary>>
    >();
    expectTypeOf<Parameters<RunLocksResource['acquire']>[1]>().not.toBeUndefined();
    expectTypeOf<GovkitClient['replay']['tasks']['decisionTrace']>().returns.toExtend<
      PagePromise<unknown, unknown>
    >();
    expectTypeOf<GovkitClient['lineage']['download']>().returns.toEqualTypeOf<Promise<Download>>();
  });
});
