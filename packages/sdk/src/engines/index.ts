// @govkit/sdk/engines: pure reference implementations of the seeds' runtime logic, with an injected
// clock, id generator and store. No I/O; the same code runs in Node, browsers and tests.
// Every engine in one entry; `@govkit/sdk/engines/<domain>` imports one engine alone.

export * from './analytics/index';
export * from './baselines/index';
export * from './coaching/index';
export * from './evidence/index';
export * from './exports/index';
export * from './lineage/index';
export * from './overrides/index';
export * from './preview/index';
export * from './replay/index';
export * from './run-governance/index';
export * from './shared/index';
export * from './templates/index';
export * from './timeline/index';
