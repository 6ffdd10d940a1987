// Structural types for what govkit's client and mock-server types read of a zod schema. They
// exist so that published declarations that only need a schema's output/input type (endpoint
// definitions, request params, results, a route's parsed input) can name these instead of zod's
// classes, and a consumer that imports no schema never loads zod's declarations
// (scripts/split-zod-declarations.mjs rewrites the client's generic types to them; the mock
// server's route types use them directly). Every zod schema is a `ContractSchema`, and
// `ContractOutput` / `ContractInput` are zod's own definitions of `z.output` / `z.input`, so the
// types they produce are the schemas' inferred types (contract-types.test-d.ts proves it).

/**
 * What govkit's types read of a zod schema: its output and input types. Every zod schema
 * (`z.ZodType`) is one; public declarations name this instead of zod's class so that importing
 * the client or the mock server does not load zod's declarations.
 */
export interface ContractSchema<Output = unknown, Input = unknown> {
  readonly _zod: {
    readonly output: Output;
    readonly input: Input;
  };
}

/** A schema's output type: zod's `z.output`, restated over {@link ContractSchema}. */
// `any` is zod's own constraint: `unknown` would not match schemas whose output is `never`.
// biome-ignore lint/suspicious/noExplicitAny: mirrors zod's definition of `z.output` exactly
export type ContractOutput<T> = T extends { _zod: { output: any } } ? T['_zod']['output'] : unknown;

/** A schema's input type: zod's `z.input`, restated over {@link ContractSchema}. */
// biome-ignore lint/suspicious/noExplicitAny: mirrors zod's definition of `z.input` exactly
export type ContractInput<T> = T extends { _zod: { input: any } } ? T['_zod']['input'] : unknown;

/**
 * One validation issue, as zod reports it (zod's `$ZodIssueBase`): each issue kind adds its own
 * fields (`expected`, `minimum`, …), which are there at run time.
 */
export interface ContractIssue {
  readonly code?: string;
  readonly input?: unknown;
  readonly path: PropertyKey[];
  readonly message: string;
}
