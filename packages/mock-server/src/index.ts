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
export { createDomainRoutes } from './handlers/domain-routes';
export { createRunGovernanceRoutes } from './handlers/run-governance';
export {
  createOpenApiDocument,
  type OpenApiDocument,
  type OpenApiDocumentOptions,
} from './openapi/create-openapi-document';
export { buildResponse, ResponseContractError } from './router/build-response';
export {
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
export { SEEDED_TEAM_ID, SEEDED_USERS } from './seed/directory';
export { type DomainSeeder, domainSeeders } from './seed/domain-seeders';
export { SEEDED_WORKSPACES } from './seed/run-governance';
export {
  type CreateStoreOptions,
  createStore,
  DEFAULT_STORE_START,
  type MockStore,
} from './store/create-store';
export { createLiveClock } from './store/live-clock';
export type { RunGovernanceState } from './store/run-governance-state';
export { createSeededRandom, type SeededRandom } from './store/seeded-random';
export type { DomainState, StoreCore } from './store/store-core';
export { trackWrites, type WriteListener } from './store/track-writes';
