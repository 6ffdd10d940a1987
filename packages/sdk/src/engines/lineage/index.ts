// @govkit/sdk/engines/lineage: the lineage engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export * from './lineage-compression';
export * from './lineage-cursor';
export * from './lineage-download';
export * from './lineage-engine';
export * from './lineage-logs-view';
export * from './lineage-query';
export * from './lineage-store';
export * from './lineage-truncation';
export * from './redact-secrets';
