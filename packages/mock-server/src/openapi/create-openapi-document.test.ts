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
  }, 30_000);

  it('is valid for every endpoint the SDK declares, served yet or not', async () => {
    const all = listContractEndpointGroups().flatMap((group) => group.endpoints);
    expect(all.length).toBeGreaterThan(routes.length - 1);
    await expectValidOpenApi31(createOpenApiDocument(all));
  }, 30_000);

  it('lists exactly the paths and methods the router serves', () => {
    const listed = Object.entries(document.paths)
      .flatMap(([path, item]) =>
        Object.keys(item)
          .filter((key) => METHODS.includes(key))
          .map((method) => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    // Placeholder names may differ (see the lineage clash below); the URL shapes may not.
    const shape = (operation: string) => operation.replace(/\{[^}]+\}/g, '{}');
    const served = routes.map((r) => `${r.endpoint.method} ${r.endpoint.path}`);
    expect(listed.map(shape).sort()).toEqual(served.map(shape).sort());

    // And the dispatcher really answers each listed operation.
    const api = createMockApi({ routes });
    for (const operation of listed) {
      const [method, path] = operation.split(' ') as [string, string];
      const concrete = path.replace(/\{[^}]+\}/g, 'x');
      expect(api.matches(new Request(`http://mock.test${concrete}`, { method })), operation).toBe(
        true,
      );
    }
    // Building the seeded store takes seconds on a loaded CI machine.
  }, 30_000);

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
    // Every field has a default (owner: the acting user), so the body itself is optional.
    expect(start.requestBody.required).toBe(false);
    expect(
      Object.keys(start.requestBody.content['application/json']?.schema.properties ?? {}),
    ).toContain('ttl_seconds');
    expect(Object.keys(start.responses).sort()).toEqual(['201', '400', '409', '422', '429', '503']);
    const release = document.paths['/api/locks/{lock_id}']?.delete as { responses: object };
    expect(release.responses).toHaveProperty('204', { description: 'No Content' });
  });

  it('says what the contract is: servers, license, tags, shared error responses', () => {
    expect(document.servers).toEqual([expect.objectContaining({ url: 'http://127.0.0.1:8080' })]);
    expect(document.info).toMatchObject({ license: { identifier: 'MIT' } });
    for (const tag of document.tags as Array<{ name: string; description?: string }>) {
      expect(tag.description, tag.name).toMatch(/\w/);
    }
    const accept = document.paths[
      '/api/governance/recommendations/override/{recommendation_id}/accept'
    ]?.post as { responses: Record<string, unknown> };
    expect(accept.responses['401']).toEqual({ $ref: '#/components/responses/Unauthorized' });
    expect(accept.responses['503']).toEqual({ $ref: '#/components/responses/ServiceUnavailable' });
  });

  it('documents one path per URL shape (GET {report_id} and DELETE {lineage_id} share one)', () => {
    const item = document.paths['/api/lineage/{id}'] as Record<string, { parameters: unknown[] }>;
    expect(Object.keys(item).sort()).toEqual(['delete', 'get']);
    expect(item.get?.parameters).toContainEqual(
      expect.objectContaining({ name: 'id', in: 'path', description: 'The `report_id`.' }),
    );
    expect(item.delete?.parameters).toContainEqual(
      expect.objectContaining({ name: 'id', in: 'path', description: 'The `lineage_id`.' }),
    );
  });

  it('closes response objects, types ids and flattens the timeline union with a discriminator', () => {
    const json = (path: string) =>
      JSON.parse(JSON.stringify(document.paths[path]?.get)).responses[200].content[
        'application/json'
      ].schema;
    const summary = json('/api/governance/tasks/{task_id}/summary');
    expect(summary.additionalProperties).toBe(false);
    expect(summary.properties).toMatchObject({
      task_id: { type: 'string' },
      last_decision_ts: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    });
    const entries = json('/api/experiment-console/governance/timeline').properties.entries.items;
    expect(entries.discriminator.propertyName).toBe('entry_type');
    expect(entries.oneOf).toHaveLength(6);
    const schemas = (document.components as { schemas: Record<string, Record<string, unknown>> })
      .schemas;
    const other = schemas[String(entries.oneOf[5].$ref).split('/').pop() as string];
    expect(other?.properties).toMatchObject({ entry_type: { not: { enum: expect.any(Array) } } });
    expect(Object.keys(entries.discriminator.mapping).sort()).toEqual([
      'analytics_snapshot',
      'baseline_event',
      'coaching_note',
      'override_action',
      'override_recommendation',
    ]);
  });

  it('states the rules the engines enforce: lineage provenance and reassign targets', () => {
    const body = JSON.parse(
      JSON.stringify(
        document.paths['/api/governance/recommendations/override/{recommendation_id}/accept']?.post,
      ),
    ).requestBody.content['application/json'].schema;
    expect(body.properties.lineage.anyOf).toEqual([
      expect.objectContaining({ required: ['scenario_id'] }),
      expect.objectContaining({ required: ['notebook_entry_id'] }),
    ]);
    expect(body.if).toEqual({
      properties: { action: { const: 'reassign' } },
      required: ['action'],
    });
    expect(body.then.required).toEqual(['baseline_id', 'target_reviewer_id']);
    expect(body.properties.metadata.properties.reversible.type).toBe('boolean');
  });

  it('names the domain error codes with their exact details under their statuses', () => {
    const artifact = document.paths[
      '/api/experiment-console/sessions/{execution_id}/exports/narrative/{export_id}/artifact'
    ]?.get as { responses: Record<string, { description: string; content?: unknown }> };
    const forbidden = artifact.responses['403'];
    expect(forbidden?.description).toContain(
      '`signed_url_invalid`: "Signed URL signature is invalid"',
    );
    expect(JSON.stringify(forbidden?.content)).toContain('"enum":["signed_url_invalid"]');
    const gone = artifact.responses['410'];
    expect(gone?.description).toContain('`artifact_expired`: "Narrative export artifact expired"');
    expect(gone?.description).toContain('`signed_url_expired`: "Signed URL expired"');
    expect(JSON.stringify(gone?.content)).toContain(
      '"enum":["artifact_expired","signed_url_expired"]',
    );
    // Statuses without a named error keep the shared response.
    expect(artifact.responses['401']).toEqual({ $ref: '#/components/responses/Unauthorized' });
  });

  it('declares binary and event-stream bodies so that generators do not parse them as JSON', () => {
    const download = document.paths['/api/lineage/{lineage_id}/download']?.get as {
      responses: { 200: { content: Record<string, { schema: object }> } };
    };
    expect(download.responses[200].content).toEqual({
      'application/gzip': {
        schema: { type: 'string', format: 'binary', contentMediaType: 'application/gzip' },
      },
    });
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
