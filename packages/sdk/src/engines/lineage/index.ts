// @govkit/sdk/engines/lineage: the lineage engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export {
  type CompressedLineageBundle,
  type CompressLineageOptions,
  compressLineageBundle,
  decompressLineageBundle,
  LINEAGE_TOO_LARGE_DETAIL,
  lineageCompressionRatio,
  lineageGzip,
} from './lineage-compression';
export {
  decodeLineageCursor,
  encodeLineageCursor,
  LINEAGE_INVALID_CURSOR_DETAIL,
} from './lineage-cursor';
export { type LineageDownload, lineageDownloadOf } from './lineage-download';
export {
  createLineageEngine,
  LINEAGE_ERRORS,
  type LineageCaptureDeps,
  type LineageEngine,
  type LineageEngineOptions,
  lineageAuditEntry,
  prepareLineageCapture,
} from './lineage-engine';
export { buildLineageLogsResponse } from './lineage-logs-view';
export {
  computeLineageStats,
  lineageTimestampMs,
  pageLineageAudit,
  parseLineageDate,
  searchLineageRows,
  toLineageRecord,
} from './lineage-query';
export { createInMemoryLineageStore, type LineageStore } from './lineage-store';
export { LINEAGE_TRUNCATION_LEVELS, truncateLineageBundle } from './lineage-truncation';
export {
  REDACTED_VALUE,
  redactSecrets,
  redactSecretsInString,
} from './redact-secrets';
