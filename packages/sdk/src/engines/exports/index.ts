// @govkit/sdk/engines/exports: the exports engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export * from './analytics-sources-adapter';
export * from './approval-commands';
export * from './approval-ladder';
export * from './approval-permissions';
export * from './artifact-download';
export * from './attachment-resolver';
export * from './export-context';
export * from './export-snapshot-backfill';
export * from './export-store';
export * from './export-template-binding';
export * from './jobs-telemetry';
export * from './narrative-archive';
export * from './narrative-export-create';
export * from './narrative-export-engine';
export * from './narrative-renderer';
export * from './packaging-gate';
export * from './packaging-worker';
export * from './sla-monitor';
