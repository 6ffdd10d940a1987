// @govkit/sdk/engines/baselines: the baselines engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export * from './baseline-access';
export * from './baseline-engine';
export * from './baseline-gateway-adapter';
export * from './baseline-lifecycle';
export * from './baseline-store';
export * from './baseline-timeline-source';
