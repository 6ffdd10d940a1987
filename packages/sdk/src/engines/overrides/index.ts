// @govkit/sdk/engines/overrides: the overrides engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export * from './override-baseline-gateway';
export * from './override-commands';
export * from './override-context';
export * from './override-engine';
export * from './override-lineage-backfill';
export * from './override-lineage-capture';
export * from './override-lock-notice';
export * from './override-outcome';
export * from './override-permissions';
export * from './override-recommendations';
export * from './override-reversal';
export * from './override-reversal-apply';
export * from './override-reversal-lock';
export * from './override-status-machine';
export * from './override-store';
