// @govkit/mock-server: environment-free. Node glue lives in ./node, browser glue in ./browser.

export {
  type CreateHandlersOptions,
  createDispatcherHandler,
  createHandlers,
} from './create-handlers';
export { createMockApi, type MockApi, type MockApiOptions } from './create-mock-api';
export {
  checkFaultConfig,
  DEFAULT_FAULT_RETRY_AFTER,
  DEFAULT_FAULT_STATUS,
  FAULT_HEADER,
  type FaultConfig,
  type FaultHeaderResult,
  mergeFaults,
  parseFaultHeader,
} from './faults/fault-config';
export {
  createFaultInjector,
  type FaultInjector,
  type FaultInjectorOptions,
  type FaultSleep,
  INJECTED_FAULT_CODE,
} from './faults/fault-injector';
export { createAnalyticsRoutes } from './handlers/analytics';
export { createBaselinesRoutes } from './handlers/baselines';
export { createCoachingRoutes } from './handlers/coaching';
export { createDomainRoutes, type DomainRoutesOptions } from './handlers/domain-routes';
export { createEvidenceRoutes } from './handlers/evidence';
export { createExportsRoutes } from './handlers/exports';
export { createLineageRoutes } from './handlers/lineage';
export { createMigrationsRoutes } from './handlers/migrations';
export { createOverridesRoutes } from './handlers/overrides';
export { createPreviewRoutes } from './handlers/preview';
export { createReplayRoutes } from './handlers/replay';
export { createRunGovernanceRoutes } from './handlers/run-governance';
export { createTemplatesRoutes } from './handlers/templates';
export {
  type CooldownTickSource,
  createTimelineRoutes,
  intervalCooldownTicks,
  type TimelineRoutesOptions,
} from './handlers/timeline';
export {
  createOpenApiDocument,
  type OpenApiDocument,
  type OpenApiDocumentOptions,
} from './openapi/create-openapi-document';
export {
  type EndpointPathParamsOf,
  type OverrideEndpointOptions,
  overrideEndpoint,
  toMswPath,
} from './override-endpoint';
export { buildResponse, ResponseContractError } from './router/build-response';
export {
  type DomainRouteTable,
  defineRoute,
  type RouteContext,
  type RouteDefinition,
  type RouteHandler,
  type RouteResult,
} from './router/define-route';
export { errorResponse, jsonResponse } from './router/json-response';
export { DEFAULT_MAX_BODY_BYTES } from './router/read-request-body';
export { type Actor, DEFAULT_ACTOR_ID, resolveActor } from './router/resolve-actor';
export {
  BinaryBody,
  type BinaryBodyOptions,
  binaryBody,
  type SseEvent,
  type SseStart,
  SseStream,
  type SseStreamOptions,
  sseStream,
} from './router/route-results';
export { compileRouteTable, type RouteKey, type RouteTable } from './router/route-table';
export { toValidationDetail, type ValidationDetailItem } from './router/validation-detail';
// Named things the seeded world contains, for tests and stories that need a specific state.
export { findSeededBaseline, SEEDED_BASELINE_SCENARIOS } from './seed/baselines';
export { findSeededCoachingNote, SEEDED_COACHING_BODIES } from './seed/coaching';
export { SEEDED_TEAM_ID, SEEDED_USERS } from './seed/directory';
export { type DomainSeeder, domainSeeders } from './seed/domain-seeders';
export { findSeededExport, SEEDED_EXPORT_SCENARIOS } from './seed/exports';
export { SEEDED_EXECUTIONS, SEEDED_PROTOCOL_TEMPLATES } from './seed/lab-directory';
export { SEEDED_LINEAGE } from './seed/lineage';
export { SEEDED_MIGRATION_BACKLOG } from './seed/migration-backlog';
export { findSeededOverride, SEEDED_LOCK_HOLDER, SEEDED_OVERRIDES } from './seed/overrides';
export { SEEDED_OVERRIDE_EXECUTIONS } from './seed/overrides-world';
export { SEEDED_REMOTE_ASSIST } from './seed/remote-assist';
export { SEEDED_REPLAY } from './seed/replay';
export { SEEDED_WORKSPACES } from './seed/run-governance';
export { findSeededTemplate, SEEDED_TEMPLATE_KEYS } from './seed/templates';
export type { AnalyticsState } from './store/analytics-state';
export type { BaselinesState } from './store/baselines-state';
export type { CoachingState } from './store/coaching-state';
export {
  type CreateStoreOptions,
  createStore,
  DEFAULT_STORE_START,
} from './store/create-store';
export type { EvidenceState } from './store/evidence-state';
export type { ExportsState } from './store/exports-state';
export type { LabResourceCatalog, LabResourceKind } from './store/lab-resource-catalog';
export type { LineageState } from './store/lineage-state';
export { createLiveClock } from './store/live-clock';
export type { DurableDomains, MockStore } from './store/mock-store';
export type { OverrideLineageSources } from './store/override-lineage-sources';
export type { OverridesState } from './store/overrides-state';
export type { PreviewState } from './store/preview-state';
export type { ReplayState } from './store/replay-state';
export type { RunGovernanceState } from './store/run-governance-state';
export { createSeededRandom, type SeededRandom } from './store/seeded-random';
export type { DomainState, StoreCore } from './store/store-core';
export type { TemplatesState } from './store/templates-state';
export type { TimelineState } from './store/timeline-state';
