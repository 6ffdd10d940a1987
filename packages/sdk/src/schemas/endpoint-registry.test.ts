import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { endpoints, listEndpoints } from './endpoint-registry';
import { DOMAIN_ERROR_CONTRACT } from './shared/domain-error-contract';

// Rules every endpoint of the contract follows, checked once over the registry instead of a
// restated table per domain.
const all = listEndpoints();
const templateNames = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
const shapeKeys = (schema: z.ZodType | undefined) =>
  Object.keys((schema as { shape?: Record<string, unknown> } | undefined)?.shape ?? {});

describe('the endpoint registry', () => {
  it('holds every domain and only endpoints whose id names their domain', () => {
    expect(all.length).toBeGreaterThan(40);
    for (const [domain, group] of Object.entries(endpoints)) {
      for (const endpoint of Object.values(group)) {
        const first = endpoint.id.split('.')[0];
        expect([domain, domain === 'runGovernance' ? 'runs' : domain], endpoint.id).toContain(
          first,
        );
      }
    }
  });

  it('documents each named domain error under a status the endpoint lists', () => {
    const named = all.filter((e) => (e.domainErrors ?? []).length > 0);
    expect(named.map((e) => e.id)).toContain('exports.artifact');
    for (const endpoint of named) {
      for (const code of endpoint.domainErrors ?? []) {
        expect(endpoint.errorStatuses, `${endpoint.id} ${code}`).toContain(
          DOMAIN_ERROR_CONTRACT[code].status,
        );
      }
    }
  });

  it('gives each endpoint its own id and its own method + path', () => {
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect(new Set(all.map((e) => `${e.method} ${e.path}`)).size).toBe(all.length);
  });

  it('declares a path parameter exactly for each template variable', () => {
    for (const endpoint of all) {
      expect(shapeKeys(endpoint.pathParams).sort(), endpoint.id).toEqual(
        templateNames(endpoint.path).sort(),
      );
      if (templateNames(endpoint.path).length === 0) expect(endpoint.pathParams).toBeUndefined();
    }
  });

  it('keeps reads safe: GETs are idempotent and take no body', () => {
    for (const endpoint of all.filter((e) => e.method === 'GET')) {
      expect(endpoint.idempotent, endpoint.id).toBe(true);
      expect(endpoint.body, endpoint.id).toBeUndefined();
    }
  });

  it('paginates only GETs, through a cursor parameter of their query', () => {
    for (const endpoint of all.filter((e) => e.pagination)) {
      expect(endpoint.method, endpoint.id).toBe('GET');
      expect(shapeKeys(endpoint.query), endpoint.id).toContain(endpoint.pagination?.cursorParam);
    }
  });
});
