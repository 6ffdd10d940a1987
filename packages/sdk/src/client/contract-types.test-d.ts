import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { endpoints } from '../schemas/endpoint-registry';
import type { DecisionTraceParamsSchema } from '../schemas/replay/replay-params';
import type { TaskGovernanceSummarySchema } from '../schemas/replay/task-governance-summary';
import type { RunManifestSchema } from '../schemas/run-governance/run-manifest';
import type {
  ContractInput,
  ContractIssue,
  ContractOutput,
  ContractSchema,
} from './contract-types';
import type { EndpointKey } from './endpoint-ids';

// The structural types stand in for zod's in published declarations: they must give exactly the
// types zod infers, or the zod-free declarations would drift from the schemas.
describe('contract types', () => {
  it('accept every zod schema', () => {
    expectTypeOf<z.ZodType>().toExtend<ContractSchema>();
    expectTypeOf<typeof RunManifestSchema>().toExtend<ContractSchema>();
    expectTypeOf<z.ZodType<{ a: 1 }, { a: number }>>().toExtend<
      ContractSchema<{ a: 1 }, { a: number }>
    >();
  });

  it('read the same output and input types as z.output / z.input', () => {
    expectTypeOf<ContractOutput<typeof RunManifestSchema>>().toEqualTypeOf<
      z.output<typeof RunManifestSchema>
    >();
    expectTypeOf<ContractInput<typeof RunManifestSchema>>().toEqualTypeOf<
      z.input<typeof RunManifestSchema>
    >();
    // A query with defaults and coercion: input and output differ, and each matches zod's.
    expectTypeOf<ContractOutput<typeof DecisionTraceParamsSchema>>().toEqualTypeOf<
      z.output<typeof DecisionTraceParamsSchema>
    >();
    expectTypeOf<ContractInput<typeof DecisionTraceParamsSchema>>().toEqualTypeOf<
      z.input<typeof DecisionTraceParamsSchema>
    >();
    expectTypeOf<ContractOutput<typeof TaskGovernanceSummarySchema>>().toEqualTypeOf<
      z.output<typeof TaskGovernanceSummarySchema>
    >();
    expectTypeOf<ContractOutput<undefined>>().toEqualTypeOf<z.output<undefined>>();
  });

  it('describe an issue as zod does', () => {
    expectTypeOf<ContractIssue>().toEqualTypeOf<z.core.$ZodIssueBase>();
    expectTypeOf<z.core.$ZodIssue>().toExtend<ContractIssue>();
  });
});

describe('EndpointKey', () => {
  it('is the registry keys of a domain', () => {
    expectTypeOf<EndpointKey<'replay'>>().toEqualTypeOf<keyof (typeof endpoints)['replay']>();
    expectTypeOf<EndpointKey<'lineage'>>().toEqualTypeOf<keyof (typeof endpoints)['lineage']>();
  });
});
