import { analyticsEndpoints } from './analytics/endpoints';
import { baselinesEndpoints } from './baselines/endpoints';
import { coachingEndpoints } from './coaching/endpoints';
import { evidenceEndpoints } from './evidence/endpoints';
import { exportsEndpoints } from './exports/endpoints';
import { lineageEndpoints } from './lineage/endpoints';
import { migrationsEndpoints } from './migrations/endpoints';
import { overridesEndpoints } from './overrides/endpoints';
import { previewEndpoints } from './preview/endpoints';
import { replayEndpoints } from './replay/endpoints';
import { runGovernanceEndpoints } from './run-governance/endpoints';
import type { EndpointDefinition } from './shared/endpoint';
import { templatesEndpoints } from './templates/endpoints';
import { timelineEndpoints } from './timeline/endpoints';

/**
 * The one registry of every HTTP endpoint of the contract, by domain
 * (`endpoints.replay.tasksSummary`). The client's coverage test, the mock server's route table
 * check, its OpenAPI document test and the contract tests all read it; a domain that is not
 * listed here is not part of the contract.
 *
 * Adding a domain: declare `<domain>/endpoints.ts` with `defineEndpoint` and add one line here.
 */
export const endpoints = {
  replay: replayEndpoints,
  runGovernance: runGovernanceEndpoints,
  lineage: lineageEndpoints,
  overrides: overridesEndpoints,
  timeline: timelineEndpoints,
  coaching: coachingEndpoints,
  analytics: analyticsEndpoints,
  exports: exportsEndpoints,
  evidence: evidenceEndpoints,
  preview: previewEndpoints,
  templates: templatesEndpoints,
  baselines: baselinesEndpoints,
  migrations: migrationsEndpoints,
} as const;

/** A domain of the registry (`replay`, `runGovernance`, …). */
export type EndpointDomain = keyof typeof endpoints;

/** Every endpoint of the registry, flattened, in domain order. */
export function listEndpoints(): EndpointDefinition[] {
  return Object.values(endpoints).flatMap(
    (group): EndpointDefinition[] => Object.values(group) as EndpointDefinition[],
  );
}
