import type { EndpointDefinition, EndpointDomain } from '@govkit/sdk';
import { endpoints } from '@govkit/sdk/schemas';
import type { DomainRouteTable, RouteDefinition } from '../router/define-route';
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
 * Every route the mock server serves, derived from the endpoint registry: each registry endpoint
 * is served by the route its domain's table holds under the same key (a missing one does not
 * compile; a route that serves another endpoint than its key names throws here). Adding a
 * domain: write `handlers/<domain>.ts` exporting `create<Domain>Routes()` and add one line below;
 * the route table, the OpenAPI document, the fuzz harness and the parity tests pick it up.
 */
export function createDomainRoutes(options: DomainRoutesOptions = {}): RouteDefinition[] {
  // Listed in the order the OpenAPI document (and its committed third-party types) shows them.
  const tables = {
    runGovernance: createRunGovernanceRoutes(),
    replay: createReplayRoutes(),
    lineage: createLineageRoutes(),
    exports: createExportsRoutes(),
    evidence: createEvidenceRoutes(),
    preview: createPreviewRoutes(),
    templates: createTemplatesRoutes(),
    baselines: createBaselinesRoutes(),
    overrides: createOverridesRoutes(),
    timeline: createTimelineRoutes(options.timeline),
    coaching: createCoachingRoutes(),
    analytics: createAnalyticsRoutes(),
    migrations: createMigrationsRoutes(),
  } satisfies { [D in EndpointDomain]: DomainRouteTable<D> };
  return (Object.keys(tables) as EndpointDomain[]).flatMap((domain) => {
    const definitions: Record<string, EndpointDefinition> = endpoints[domain];
    return Object.entries(tables[domain] as Record<string, RouteDefinition>).map(([key, route]) => {
      const endpoint = definitions[key];
      if (!endpoint || route.endpoint !== endpoint) {
        throw new Error(`The route under ${domain}.${key} does not serve its registry endpoint.`);
      }
      return route;
    });
  });
}
