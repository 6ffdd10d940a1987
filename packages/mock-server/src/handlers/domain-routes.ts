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
import { createTimelineRoutes, type TimelineRoutesOptions } from './timeline';

/** Options of {@link createDomainRoutes}: per-domain knobs of the routes. */
export interface DomainRoutesOptions {
  /** The timeline stream's cooldown tick source. */
  timeline?: TimelineRoutesOptions;
}

/**
 * Every route the mock server serves. Adding a domain: write `handlers/<domain>.ts` exporting
 * `create<Domain>Routes()` and add one line here; the route table, the OpenAPI document, the fuzz
 * harness and the route/OpenAPI parity test pick it up from this list.
 */
export function createDomainRoutes(options: DomainRoutesOptions = {}): RouteDefinition[] {
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
    ...createTimelineRoutes(options.timeline),
    ...createCoachingRoutes(),
    ...createAnalyticsRoutes(),
    ...createMigrationsRoutes(),
  ];
}
