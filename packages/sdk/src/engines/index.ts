// Shared engine infrastructure

export * from './governance/directory';
export * from './governance/event-log';
export * from './shared/clock';
export * from './shared/engine-error';
export * from './shared/id-generator';
// Run governance (seed 003)
export * from './run-governance/run-lock-store';
export * from './run-governance/run-lock';
export * from './run-governance/run-manifest';
export * from './run-governance/input-fingerprint';
export * from './run-governance/run-store';
export * from './run-governance/run-gating';
export * from './run-governance/industry-library';
export * from './run-governance/predictive-context';
export * from './run-governance/run-steps';
export * from './run-governance/run-pipeline';
// Seed 001: workflow templates, baselines
export * from './templates/template-store';
export * from './templates/template-admin';
export * from './templates/template-versioning';
export * from './templates/template-assignments';
export * from './templates/workflow-template-engine';
export * from './baselines/baseline-store';
export * from './baselines/baseline-access';
export * from './baselines/baseline-lifecycle';
export * from './baselines/baseline-engine';
// Seed 000: overrides & reversals
export * from './overrides/override-baseline-gateway';
export * from './overrides/override-store';
export * from './overrides/override-lineage-capture';
export * from './overrides/override-permissions';
export * from './overrides/override-status-machine';
export * from './overrides/override-context';
export * from './overrides/override-outcome';
export * from './overrides/override-reversal-lock';
export * from './overrides/override-commands';
export * from './overrides/override-reversal';
export * from './overrides/override-reversal-apply';
export * from './overrides/override-engine';
// Decision replay (seed 002)
export * from './replay/replay-timestamp';
export * from './replay/decision-index';
export * from './replay/replay-store';
export * from './replay/build-decision-trace';
export * from './replay/build-task-summary';
export * from './replay/find-decision-detail';
export * from './replay/compute-blocked-reasons';
export * from './replay/compute-decision-types';
export * from './replay/compute-decision-lag';
export * from './replay/replay-engine';
// Report lineage (seed 004)
export * from './lineage/redact-secrets';
export * from './lineage/lineage-truncation';
export * from './lineage/lineage-compression';
export * from './lineage/lineage-cursor';
export * from './lineage/lineage-query';
export * from './lineage/lineage-store';
export * from './lineage/lineage-logs-view';
export * from './lineage/lineage-download';
export * from './lineage/lineage-engine';
export * from './overrides/override-lineage-backfill';
// Seed 000: coaching notes
export * from './coaching/coaching-note-store';
export * from './coaching/coaching-note-view';
export * from './coaching/coaching-note-engine';
// Seed 001: evidence discovery, narrative exports, experiment preview
export * from './evidence/evidence-catalog';
export * from './evidence/evidence-cursor';
export * from './evidence/evidence-discovery';
export * from './exports/export-store';
export * from './exports/export-context';
export * from './exports/approval-permissions';
export * from './exports/approval-ladder';
export * from './exports/narrative-renderer';
export * from './exports/attachment-resolver';
export * from './exports/narrative-archive';
export * from './exports/packaging-gate';
export * from './exports/packaging-worker';
export * from './exports/artifact-download';
export * from './exports/jobs-telemetry';
export * from './exports/sla-monitor';
export * from './exports/export-template-binding';
export * from './exports/narrative-export-create';
export * from './exports/approval-commands';
export * from './exports/narrative-export-engine';
export * from './preview/ladder-simulation';
export * from './preview/preview-narrative';
export * from './preview/experiment-preview';
// Seed 000: governance analytics
export * from './analytics/analytics-sources';
export * from './analytics/analytics-math';
export * from './analytics/analytics-scope';
export * from './analytics/analytics-inputs';
export * from './analytics/analytics-preview-result';
export * from './analytics/analytics-reviewer-cadence';
export * from './analytics/analytics-lineage-buckets';
export * from './analytics/analytics-approval-stages';
export * from './analytics/governance-analytics';
export * from './analytics/analytics-cache';
export * from './analytics/governance-analytics-engine';
// Seed 001 adapters for seed 000 (override baseline gateway, analytics sources)
export * from './baselines/baseline-gateway-adapter';
export * from './exports/analytics-sources-adapter';
// Seed 000: governance timeline
export * from './timeline/timeline-cursor';
export * from './timeline/timeline-entries';
export * from './timeline/timeline-live-frames';
export * from './timeline/governance-timeline';
export * from './overrides/override-recommendations';
export * from './baselines/baseline-timeline-source';
