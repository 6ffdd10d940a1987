// @govkit/sdk/engines/analytics: the analytics engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export * from './analytics-approval-stages';
export * from './analytics-cache';
export * from './analytics-inputs';
export * from './analytics-lineage-buckets';
export * from './analytics-math';
export * from './analytics-reviewer-cadence';
export * from './analytics-scope';
export * from './analytics-sources';
export * from './compute-analytics-result';
export * from './compute-governance-analytics';
export * from './governance-analytics-engine';
