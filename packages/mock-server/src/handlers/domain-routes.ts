import type { RouteDefinition } from '../router/define-route';
import { createAnalyticsRoutes } from './analytics';
import { createBaselinesRoutes } from './baselines';
import { createCoachingRoutes } from './coaching';
import { createEvidenceRoutes } from './evidence';
import { createExportsRoutes } from './exports';
import { createLineageRoutes } from './lineage';
import { createMigrationsRoutes } from './migrations';
import { createOverridesRoutes } from './overrides';
import { createPreviewRoutes } from './preview';
import { createReplayRoutes } from './replay';
import { createRunGovernanceRoutes } from './run-governance';
import { createTemplatesRoutes } from './templates';
import { createTimelineRoutes } from './timeline';

/**
 * Every route the mock server serves. Adding a domain: write `handlers/<domain>.ts` exporting
 * `create<Domain>Routes()` and add one line here; the route table, the OpenAPI document, the fuzz
 * harness and the route/OpenAPI parity test pick it up from this list.
 */
export function createDomainRoutes(): RouteDefinition[] {
  return [
    ...createRunGovernanceRoutes(),
    ...createReplayRoutes(),
    ...createLineageRoutes(),
    ...createExportsRoutes(),
    ...createEvidenceRoutes(),
    ...createPreviewRoutes(),
    ...createTemplatesRoutes(),
    ...createBaselinesRoutes(),
    ...createOverridesRoutes(),
    ...createTimelineRoutes(),
    ...createCoachingRoutes(),
    ...createAnalyticsRoutes(),
    ...createMigrationsRoutes(),
  ];
}
