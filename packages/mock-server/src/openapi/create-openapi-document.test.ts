import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { createMockApi } from '../create-mock-api';
import { createDomainRoutes } from '../handlers/domain-routes';
import { listContractEndpointGroups } from '../testing/contract-endpoints';
import { createOpenApiDocument } from './create-openapi-document';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

async function expectValidOpenApi31(document: Record<string, unknown>) {
  const result = await new Validator().validate(document);
  expect(result.errors ?? []).toEqual([]);
  expect(result.valid).toBe(true);
}

describe('createOpenApiDocument', () => {
  const routes = createDomainRoutes();
  const document = createOpenApiDocument(
    routes.map((route) => route.endpoint),
    { serverUrl: 'http://127.0.0.1:8080' },
  );

  it('is a valid OpenAPI 3.1 document for the served routes', async () => {
    expect(document.openapi).toBe('3.1.0');
    await expectValidOpenApi31(document);
  });

  it('is valid for every endpoint the SDK declares, served yet or not', async () => {
    const all = listContractEndpointGroups().flatMap((group) => group.endpoints);
    expect(all.length).toBeGreaterThan(routes.length - 1);
    await expectValidOpenApi31(createOpenApiDocument(all));
  });

  it('lists exactly the paths and methods the router serves', () => {
    const listed = Object.entries(document.paths)
      .flatMap(([path, item]) =>
        Object.keys(item)
          .filter((key) => METHODS.includes(key))
          .map((method) => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    const served = routes.map((r) => `${r.endpoint.method} ${r.endpoint.path}`).sort();
    expect(listed).toEqual(served);

    // And the dispatcher really answers each listed operation.
    const api = createMockApi({ routes });
    for (const operation of listed) {
      const [method, path] = operation.split(' ') as [string, string];
      const concrete = path.replace(/\{[^}]+\}/g, 'x');
      expect(api.matches(new Request(`http://mock.test${concrete}`, { method })), operation).toBe(
        true,
      );
    }
  });

  it('describes parameters, bodies, statuses and errors from the endpoint definitions', () => {
    const start = document.paths['/api/workspaces/{workspace_id}/runs']?.post as {
      operationId: string;
      parameters: Array<{ name?: string; in?: string }>;
      requestBody: {
        required: boolean;
        content: Record<string, { schema: { properties: object } }>;
      };
      responses: Record<string, unknown>;
    };
    expect(start.operationId).toBe('runs.start');
    expect(start.parameters).toContainEqual(
      expect.objectContaining({ name: 'workspace_id', in: 'path', required: true }),
    );
    expect(start.requestBody.required).toBe(true);
    expect(
      Object.keys(start.requestBody.content['application/json']?.schema.properties ?? {}),
    ).toContain('ttl_seconds');
    expect(Object.keys(start.responses).sort()).toEqual(['201', '400', '409', '422']);
    const release = document.paths['/api/locks/{lock_id}']?.delete as { responses: object };
    expect(release.responses).toHaveProperty('204', { description: 'No Content' });
  });
});

describe('served routes vs the SDK contract', () => {
  const routes = createDomainRoutes();
  const groups = listContractEndpointGroups();
  const contract = new Set(groups.flatMap((group) => group.endpoints));

  it('serves only endpoints the SDK declares (no hand-made copies)', () => {
    for (const route of routes) expect(contract.has(route.endpoint), route.endpoint.id).toBe(true);
  });

  // A domain is served completely or not at all: a forgotten endpoint fails here.
  it.each(groups.map((group) => [group.name, group] as const))(
    '%s is served completely or not yet at all',
    (_name, group) => {
      const served = new Set(routes.map((route) => route.endpoint));
      const missing = group.endpoints.filter((endpoint) => !served.has(endpoint));
      if (missing.length < group.endpoints.length) expect(missing.map((e) => e.id)).toEqual([]);
    },
  );
});
