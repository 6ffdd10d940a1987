import { describe, expect, it } from 'vitest';
import { listContractEndpointGroups } from '../testing/contract-endpoints';
import { createOpenApiDocument } from './create-openapi-document';

type Node = Record<string, unknown>;

// Where a free-form JSON object is allowed: `BoundedJsonObjectSchema` bounds depth and size in a
// check the JSON Schema cannot express, and says so in its description.
const BOUNDED_JSON = /^Free-form JSON object: at most \d+ levels deep/;

/**
 * Every string and array a client can send, found by walking the request side of the OpenAPI
 * document (so the bound is in the contract, the client, the server and the document alike).
 * Returns the JSON paths of those without a maximum.
 */
function unboundedIn(document: Node): string[] {
  const components = (document.components as { schemas: Record<string, Node> }).schemas;
  const problems: string[] = [];
  const visit = (node: unknown, path: string, seen: Set<string>): void => {
    if (node === null || typeof node !== 'object') return;
    const schema = node as Node;
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.replace('#/components/schemas/', '');
      if (seen.has(name)) return;
      visit(components[name], `${path}→${name}`, new Set([...seen, name]));
      return;
    }
    if (typeof schema.description === 'string' && BOUNDED_JSON.test(schema.description)) return;
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    // Enums and formats (`date-time`, …) bound themselves by their values and patterns.
    const closed = 'enum' in schema || 'const' in schema || 'format' in schema;
    if (types.includes('string') && !closed && typeof schema.maxLength !== 'number') {
      problems.push(`${path}: string without maxLength`);
    }
    if (types.includes('array') && typeof schema.maxItems !== 'number') {
      problems.push(`${path}: array without maxItems`);
    }
    if (types.includes('object') && schema.additionalProperties !== undefined) {
      const extra = schema.additionalProperties;
      if (
        extra === true ||
        (typeof extra === 'object' && Object.keys(extra as Node).length === 0)
      ) {
        problems.push(`${path}: free-form object without bounds`);
      }
    }
    for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems'] as const) {
      const list = schema[key];
      if (!Array.isArray(list)) continue;
      for (const [i, inner] of list.entries()) visit(inner, `${path}.${key}[${i}]`, seen);
    }
    if (schema.items) visit(schema.items, `${path}[]`, seen);
    if (schema.properties) {
      for (const [name, inner] of Object.entries(schema.properties as Record<string, unknown>)) {
        visit(inner, `${path}.${name}`, seen);
      }
    }
    if (typeof schema.additionalProperties === 'object') {
      visit(schema.additionalProperties, `${path}.*`, seen);
    }
    if (schema.propertyNames) visit(schema.propertyNames, `${path}.<key>`, seen);
  };

  for (const [route, item] of Object.entries(document.paths as Record<string, Node>)) {
    for (const [method, operation] of Object.entries(item)) {
      const op = operation as Node;
      const at = `${method.toUpperCase()} ${route}`;
      for (const parameter of (op.parameters ?? []) as Node[]) {
        if (typeof parameter.$ref === 'string') continue;
        visit(parameter.schema, `${at} ${parameter.in}.${parameter.name}`, new Set());
      }
      const body = (op.requestBody as Node | undefined)?.content as
        | Record<string, Node>
        | undefined;
      if (body) visit(body['application/json']?.schema, `${at} body`, new Set());
    }
  }
  return problems;
}

describe('request bounds', () => {
  const document = createOpenApiDocument(
    listContractEndpointGroups().flatMap((group) => group.endpoints),
  ) as unknown as Node;

  it('gives every request string, array and free-form object of every endpoint a maximum', () => {
    expect(unboundedIn(document)).toEqual([]);
  });

  it('finds an unbounded field (the check itself can fail)', () => {
    const paths = {
      '/x': {
        post: {
          parameters: [{ in: 'query', name: 'q', schema: { type: 'string' } }],
          requestBody: {
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    tags: { type: 'array', items: { type: 'string', maxLength: 5 } },
                    meta: { type: 'object', additionalProperties: {} },
                    kind: { type: 'string', enum: ['a'] },
                  },
                },
              },
            },
          },
        },
      },
    };
    expect(unboundedIn({ paths, components: { schemas: {} } })).toEqual([
      'POST /x query.q: string without maxLength',
      'POST /x body.tags: array without maxItems',
      'POST /x body.meta: free-form object without bounds',
    ]);
  });
});
