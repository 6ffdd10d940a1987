// @govkit/sdk/engines/run-governance: the run-governance engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export * from './industry-library';
export * from './input-fingerprint';
export * from './predictive-context';
export * from './remote-assist';
export * from './run-gating';
export * from './run-lock';
export * from './run-lock-store';
export * from './run-manifest';
export * from './run-pipeline';
export * from './run-steps';
export * from './run-store';
