import { type EndpointDefinition, endpoints } from '@govkit/sdk/schemas';

/** One domain of the SDK's endpoint registry. */
export interface ContractEndpointGroup {
  /** The registry's domain key, e.g. `runGovernance`. */
  name: string;
  endpoints: EndpointDefinition[];
}

/**
 * Every domain of the SDK's endpoint registry (`endpoints`), sorted by name. For tests: the
 * OpenAPI and route-coverage checks compare the served routes against this list.
 */
export function listContractEndpointGroups(): ContractEndpointGroup[] {
  return Object.entries(endpoints)
    .map(([name, group]) => ({
      name,
      endpoints: Object.values(group) as EndpointDefinition[],
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
