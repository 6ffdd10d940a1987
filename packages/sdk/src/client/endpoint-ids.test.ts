import { describe, expect, it } from 'vitest';
import { endpoints } from '../schemas/endpoint-registry';
import { endpointIds } from './endpoint-ids';

describe('endpointIds', () => {
  it('holds exactly the registry ids, by domain and key', () => {
    const fromRegistry = Object.fromEntries(
      Object.entries(endpoints).map(([domain, definitions]) => [
        domain,
        Object.fromEntries(
          Object.entries(definitions as Record<string, { id: string }>).map(([key, d]) => [
            key,
            d.id,
          ]),
        ),
      ]),
    );
    expect(endpointIds).toEqual(fromRegistry);
  });
});
