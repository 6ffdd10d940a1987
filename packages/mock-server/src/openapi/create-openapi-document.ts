import { type EndpointDefinition, ErrorBodySchema } from '@govkit/sdk/schemas';
import type { z } from 'zod';
import { FAULT_HEADER } from '../faults/fault-config';
import { objectShape } from '../router/query-object';
import { type JsonSchema, toJsonSchema } from './to-json-schema';

/** An OpenAPI 3.1 document (plain JSON). */
export type OpenApiDocument = Record<string, unknown> & {
  openapi: '3.1.0';
  paths: Record<string, Record<string, unknown>>;
};

/** Options of {@link createOpenApiDocument}. */
export interface OpenApiDocumentOptions {
  /** `servers[0].url` (e.g. `http://127.0.0.1:8080`); omitted when unset. */
  serverUrl?: string;
  /** `info.version` (default `0.0.0`). */
  version?: string;
}

const PLACEHOLDER = /\{([^}]+)\}/g;
const ERROR_REF = { $ref: '#/components/schemas/ErrorBody' };
const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

/**
 * Generate the OpenAPI 3.1 document of a set of endpoints from their zod schemas (never written
 * by hand, so it cannot drift from the SDK). Requests are described on the schemas' input side
 * (what a client sends, before defaults), responses on their output side.
 *
 * @example
 * const doc = createOpenApiDocument(api.routes.map((route) => route.endpoint));
 */
export function createOpenApiDocument(
  endpoints: readonly EndpointDefinition[],
  options: OpenApiDocumentOptions = {},
): OpenApiDocument {
  const schemas: Record<string, JsonSchema> = {};
  schemas.ErrorBody = toJsonSchema(ErrorBodySchema, 'output', schemas, 'ErrorBody');
  const paths: OpenApiDocument['paths'] = {};
  const tags = new Set<string>();
  for (const endpoint of endpoints) {
    tags.add(endpoint.tag);
    const item = paths[endpoint.path] ?? {};
    item[endpoint.method.toLowerCase()] = operation(endpoint, schemas);
    paths[endpoint.path] = item;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'govkit API (mock server)',
      version: options.version ?? '0.0.0',
      description:
        'Generated from the @govkit/sdk zod schemas. The acting user is `x-govkit-user` or ' +
        '`Authorization: Bearer <user-id>` (default `user-admin`). Inject faults per request ' +
        `with \`${FAULT_HEADER}: latency=200;error=503;rate=0.5;retry-after=2;drop\`.`,
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    tags: [...tags].sort().map((name) => ({ name })),
    paths,
    components: {
      schemas,
      parameters: {
        FaultHeader: {
          name: FAULT_HEADER,
          in: 'header',
          required: false,
          description: 'Mock-only fault injection, e.g. `latency=200;error=503;rate=0.5`.',
          schema: { type: 'string' },
        },
      },
      securitySchemes: {
        bearerUser: { type: 'http', scheme: 'bearer', description: 'The token is a user id.' },
        govkitUser: { type: 'apiKey', in: 'header', name: 'x-govkit-user' },
      },
    },
    security: [{}, { bearerUser: [] }, { govkitUser: [] }],
  };
}

function operation(endpoint: EndpointDefinition, schemas: Record<string, JsonSchema>) {
  const prefix = endpoint.id;
  const parameters: unknown[] = [];
  const pathShape = objectShape(endpoint.pathParams) ?? {};
  for (const match of endpoint.path.matchAll(PLACEHOLDER)) {
    const name = match[1] as string;
    const field = pathShape[name];
    parameters.push({
      name,
      in: 'path',
      required: true,
      schema: field ? toJsonSchema(field, 'input', schemas, prefix) : { type: 'string' },
    });
  }
  for (const [name, field] of Object.entries(objectShape(endpoint.query) ?? {})) {
    const schema = toJsonSchema(field, 'input', schemas, prefix);
    parameters.push({
      name,
      in: 'query',
      required: !accepts(field, undefined),
      ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
      schema,
    });
  }
  parameters.push({ $ref: '#/components/parameters/FaultHeader' });

  const responses: Record<string, unknown> = {
    [String(endpoint.successStatus)]: successResponse(endpoint, schemas),
  };
  for (const status of new Set([...endpoint.errorStatuses, endpoint.invalidParamsStatus])) {
    responses[String(status)] = {
      description: STATUS_TEXT[status] ?? 'Error',
      content: { 'application/json': { schema: ERROR_REF } },
    };
  }

  return {
    operationId: endpoint.id,
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    tags: [endpoint.tag],
    parameters,
    ...(endpoint.body
      ? {
          requestBody: {
            required: !accepts(endpoint.body, undefined) && !accepts(endpoint.body, {}),
            content: {
              'application/json': { schema: toJsonSchema(endpoint.body, 'input', schemas, prefix) },
            },
          },
        }
      : {}),
    responses,
  };
}

function successResponse(endpoint: EndpointDefinition, schemas: Record<string, JsonSchema>) {
  const description = STATUS_TEXT[endpoint.successStatus] ?? 'Success';
  const schema = endpoint.response
    ? toJsonSchema(endpoint.response, 'output', schemas, endpoint.id)
    : undefined;
  switch (endpoint.responseKind) {
    case 'empty':
      return { description };
    case 'binary':
      return {
        description,
        content: {
          [endpoint.contentType ?? 'application/octet-stream']: {
            schema: { type: 'string', format: 'binary' },
          },
        },
      };
    case 'sse':
      return {
        description: `${description}: a stream of \`data: <json>\` frames (see x-frame-schema).`,
        content: {
          'text/event-stream': {
            schema: { type: 'string' },
            ...(schema ? { 'x-frame-schema': schema } : {}),
          },
        },
      };
    default:
      return { description, content: { 'application/json': { schema: schema ?? {} } } };
  }
}

function accepts(schema: z.ZodType, value: unknown): boolean {
  return schema.safeParse(value).success;
}
