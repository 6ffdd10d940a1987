'use client';

// @govkit/react: the provider, the data hooks, the shared parts and every widget. Each widget is
// also its own entry point (`@govkit/react/task-summary-card`) so importing one never pulls the
// others.

export * from './analytics-lineage/index';
export * from './approval-ladder/index';
export * from './baseline-lifecycle/index';
export * from './coaching-thread/index';
export * from './decision-timeline/index';
export * from './evidence-picker/index';
export * from './experiment-preview/index';
export * from './governance-analytics/index';
export { type CommonMessages, commonMessages } from './i18n/common-messages';
export type {
  GovkitLanguage,
  GovkitMessageCatalog,
  GovkitMessageOverrides,
  LocalizedMessages,
} from './i18n/message-catalog';
export { formatMessage, languageOf } from './i18n/message-catalog';
export { useMessages } from './i18n/use-messages';
export {
  type UseControllableStateOptions,
  useControllableState,
} from './internal/use-controllable-state';
export * from './json-log-viewer/index';
export * from './lineage-panel/index';
export * from './narrative-export/index';
export * from './predictive-watch-list/index';
export {
  type GovkitSettings,
  useGovkitClient,
  useGovkitSettings,
} from './provider/govkit-context';
export {
  createQueryClient,
  GovkitProvider,
  type GovkitProviderProps,
} from './provider/govkit-provider';
export {
  type CursorInfiniteOptions,
  cursorInfiniteOptions,
} from './query/cursor-infinite-options';
export { govkitKeys } from './query/govkit-keys';
export {
  type OptimisticMutationOptions,
  useOptimisticMutation,
} from './query/use-optimistic-mutation';
export { type DecisionTraceFilters, useDecisionTrace } from './replay/use-decision-trace';
export { useTaskSummary } from './replay/use-task-summary';
export * from './reversal-diff-viewer/index';
export * from './run-conclusion/index';
export * from './run-lock/index';
export * from './run-manifest-receipt/index';
export * from './scenario-context/index';
export { EmptyState, type EmptyStateProps } from './shared/empty-state';
export { ErrorState, type ErrorStateProps } from './shared/error-state';
export { parseTimestamp } from './shared/parse-timestamp';
export { SafeMarkdown, type SafeMarkdownProps } from './shared/safe-markdown';
export { sanitizeUrl } from './shared/sanitize-url';
export { Skeleton, type SkeletonProps } from './shared/skeleton';
export { createFormat, type GovkitFormat, useFormat } from './shared/use-format';
export * from './start-run/index';
export { StatusBadge, type StatusBadgeProps } from './status-badge/status-badge';
export { type StatusTone, statusTone } from './status-badge/status-tone';
export * from './task-summary-card/index';
export * from './template-versions/index';
export * from './upload-help/index';
