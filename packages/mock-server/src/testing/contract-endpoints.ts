import type { EndpointDefinition } from '@govkit/sdk/schemas';
import * as schemas from '@govkit/sdk/schemas';

/** One `<domain>Endpoints` object of the SDK, by export name. */
export interface ContractEndpointGroup {
  /** The export's name, e.g. `runGovernanceEndpoints`. */
  name: string;
  endpoints: EndpointDefinition[];
}

function isEndpoint(value: unknown): value is EndpointDefinition {
  if (value === null || typeof value !== 'object') return false;
  const candidate = value as Partial<EndpointDefinition>;
  return (
    typeof candidate.id === 'string' &&
    typeof candidate.method === 'string' &&
    typeof candidate.path === 'string' &&
    typeof candidate.responseKind === 'string'
  );
}

/**
 * Every endpoint group the SDK exports (`replayEndpoints`, `runGovernanceEndpoints`, …), found by
 * name so that a domain landing later is covered without editing this file. For tests: the
 * OpenAPI and route-coverage checks compare the served routes against this list.
 */
export function listContractEndpointGroups(): ContractEndpointGroup[] {
  const groups: ContractEndpointGroup[] = [];
  for (const [name, value] of Object.entries(schemas)) {
    if (!name.endsWith('Endpoints') || value === null || typeof value !== 'object') continue;
    const endpoints = Object.values(value).filter(isEndpoint);
    if (endpoints.length > 0) groups.push({ name, endpoints });
  }
  return groups.sort((a, b) => a.name.localeCompare(b.name));
}
