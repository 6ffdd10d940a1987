// @govkit/sdk/engines/replay: the replay engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export * from './build-decision-trace';
export * from './build-task-summary';
export * from './compute-blocked-reasons';
export * from './compute-decision-lag';
export * from './compute-decision-types';
export * from './decision-index';
export * from './find-decision-detail';
export * from './replay-engine';
export * from './replay-store';
export * from './replay-timestamp';
