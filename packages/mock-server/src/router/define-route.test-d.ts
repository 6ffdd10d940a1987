import type { ContractIssue, EndpointDefinition, EndpointDomain } from '@govkit/sdk';
import {
  type AcquireLockRequest,
  type DecisionTraceParams,
  type endpoints,
  type RunLockState,
  replayEndpoints,
  type runGovernanceEndpoints,
} from '@govkit/sdk/schemas';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { createReplayRoutes } from '../handlers/replay';
import type { EndpointPathParamsOf } from '../override-endpoint';
import {
  type DomainRouteTable,
  defineRoute,
  type RouteContext,
  type RouteDefinition,
  type RouteResult,
} from './define-route';
import type { BinaryBody, SseStream } from './route-results';
import type { toValidationDetail } from './validation-detail';

// The route types name the sdk's structural contract types (so the published declarations load
// no zod); these tests hold them to what zod infers from the same endpoint schemas, for every
// endpoint of the registry.

/** Exact type equality (not mutual assignability: `any` or an optional key would pass that). */
type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type ZodOutputOf<T> = T extends z.ZodType ? z.output<T> : undefined;
type ZodInputOf<T> = T extends z.ZodType ? z.input<T> : never;
type Registry = typeof endpoints;

/** `name.part` for each part of one endpoint's route types that differs from zod's inference. */
type MismatchOf<E, Name extends string> = E extends EndpointDefinition
  ?
      | (Equal<RouteContext<E>['params'], ZodOutputOf<E['pathParams']>> extends true
          ? never
          : `${Name}.params`)
      | (Equal<RouteContext<E>['query'], ZodOutputOf<E['query']>> extends true
          ? never
          : `${Name}.query`)
      | (Equal<RouteContext<E>['body'], ZodOutputOf<E['body']>> extends true
          ? never
          : `${Name}.body`)
      | (Equal<
          RouteResult<E>,
          ZodInputOf<E['response']> | BinaryBody | SseStream | Response | undefined
        > extends true
          ? never
          : `${Name}.result`)
  : `${Name} is not an endpoint definition`;

/** Every mismatch over the whole registry (`never` when the route types match everywhere). */
type Mismatches = {
  [D in EndpointDomain]: {
    [K in keyof Registry[D] & string]: MismatchOf<Registry[D][K], `${D}.${K}`>;
  }[keyof Registry[D] & string];
}[EndpointDomain];

describe('route types', () => {
  it("equal zod's inference from the endpoint schemas, for every registry endpoint", () => {
    expectTypeOf<Mismatches>().toEqualTypeOf<never>();
  });

  it('give a handler the parsed input and expect the response input', () => {
    type Trace = RouteContext<typeof replayEndpoints.tasksDecisionTrace>;
    expectTypeOf<Trace['params']>().toEqualTypeOf<{ task_id: string }>();
    // Parsed query: defaults applied, so `limit` is not optional.
    expectTypeOf<Trace['query']>().toEqualTypeOf<DecisionTraceParams>();
    expectTypeOf<Trace['body']>().toEqualTypeOf<undefined>();
    type Acquire = RouteContext<typeof runGovernanceEndpoints.lockAcquire>;
    expectTypeOf<Acquire['body']>().toEqualTypeOf<AcquireLockRequest>();
    expectTypeOf<RunLockState>().toExtend<RouteResult<typeof runGovernanceEndpoints.lockState>>();
    defineRoute(replayEndpoints.tasksSummary, ({ params }) => {
      expectTypeOf(params).toEqualTypeOf<{ task_id: string }>();
      return undefined;
    });
  });

  it('key a domain table by the registry keys of that domain', () => {
    expectTypeOf<keyof DomainRouteTable<'replay'>>().toEqualTypeOf<keyof typeof replayEndpoints>();
    expectTypeOf<ReturnType<typeof createReplayRoutes>>().toEqualTypeOf<
      DomainRouteTable<'replay'>
    >();
    expectTypeOf<
      DomainRouteTable<'runGovernance'>['lockAcquire']
    >().toEqualTypeOf<RouteDefinition>();
  });

  it('type an override resolver with the path parameter names, as strings', () => {
    expectTypeOf<EndpointPathParamsOf<typeof replayEndpoints.tasksSummary>>().toEqualTypeOf<{
      task_id: string;
    }>();
    expectTypeOf<EndpointPathParamsOf<typeof replayEndpoints.statsDecisionLag>>().toEqualTypeOf<
      Record<string, never>
    >();
  });

  it("accept zod's issues where a contract issue is expected", () => {
    expectTypeOf<Parameters<typeof toValidationDetail>[1]>().toEqualTypeOf<
      readonly ContractIssue[]
    >();
    expectTypeOf<z.core.$ZodIssue[]>().toExtend<Parameters<typeof toValidationDetail>[1]>();
  });
});
