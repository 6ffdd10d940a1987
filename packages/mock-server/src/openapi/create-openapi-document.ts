import type { DomainErrorCode, EndpointDefinition } from '@govkit/sdk';
import { DOMAIN_ERROR_CONTRACT, ErrorBodySchema } from '@govkit/sdk/schemas';
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
  /** `servers[0].url` (default `http://127.0.0.1:8080`, the CLI's default address). */
  serverUrl?: string;
  /** `info.version` (default `0.0.0`). */
  version?: string;
}

const PLACEHOLDER = /\{([^}]+)\}/g;
const ERROR_REF = { $ref: '#/components/schemas/ErrorBody' };
const DEFAULT_SERVER_URL = 'http://127.0.0.1:8080';

/** Tag descriptions, shown as section intros by Swagger UI and ReDoc. */
const TAG_DESCRIPTIONS: Record<string, string> = {
  'Decision replay':
    'Read-only replay of supervisor decisions: task summaries, decision traces, frozen decision snapshots and stats.',
  'Run governance':
    'Workspace run locks (one active run per workspace), run manifests, gated pipeline steps and results.',
  'Report lineage':
    'Where each report came from: lineage records, pipeline logs, gzip raw-input downloads, audit trail and panel stats.',
  Overrides:
    'Override recommendations and the actions on them (accept, decline, execute, reverse), with cooldowns and reversal locks.',
  'Narrative exports':
    'Narrative exports with staged approvals (approve, delegate, reset), artifacts and export jobs.',
  'Governance timeline':
    'The decision timeline of an execution, as pages or as a live Server-Sent-Events stream.',
  'Coaching notes': 'Coaching notes on executions and their moderation.',
  'Workflow templates': 'Admin-only workflow templates and their assignments.',
  Baselines: 'Execution baselines and their review lifecycle (submit, approve, reassign, archive).',
  'Evidence discovery': 'Search the evidence attached to executions.',
  Analytics: 'Governance analytics: reviewer cadence, approval SLAs and lineage summaries.',
  'Experiment preview': 'Preview an experiment run against governance rules before starting it.',
  'Governance migrations':
    'Admin-only, idempotent backfills (export snapshot ids, override lineage) with a dry-run mode.',
};

/** Responses every operation may give, declared once under `components.responses`. */
const SHARED_RESPONSES = {
  Unauthorized: {
    description:
      'Unauthorized: the acting user (`x-govkit-user` or `Authorization: Bearer <user-id>`) is not a directory user. Body: `{"detail": "Could not validate credentials"}`.',
  },
  Forbidden: { description: 'Forbidden: the acting user may not see or change this resource.' },
  TooManyRequests: {
    description: `Too Many Requests: only sent by the mock server's fault injector (\`${FAULT_HEADER}: error=429\`); \`Retry-After\` says when to retry (seconds).`,
  },
  ServiceUnavailable: {
    description: `Service Unavailable: only sent by the mock server's fault injector (\`${FAULT_HEADER}: error=503\`); \`Retry-After\` says when to retry (seconds).`,
  },
} as const;

const SHARED_RESPONSE_BY_STATUS: Record<number, keyof typeof SHARED_RESPONSES> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  429: 'TooManyRequests',
  503: 'ServiceUnavailable',
};

const RETRY_AFTER_HEADER = {
  'Retry-After': {
    description: 'Seconds to wait before retrying.',
    schema: { type: 'integer', minimum: 0 },
  },
};
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
  const templates = documentedTemplates(endpoints);
  for (const endpoint of endpoints) {
    tags.add(endpoint.tag);
    const template = templates.get(endpoint) ?? { path: endpoint.path, names: new Map() };
    const item = paths[template.path] ?? {};
    item[endpoint.method.toLowerCase()] = operation(endpoint, schemas, template.names);
    paths[template.path] = item;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'govkit API (mock server)',
      version: options.version ?? '0.0.0',
      description:
        'Generated from the @govkit/sdk zod schemas. The acting user is `x-govkit-user` or ' +
        '`Authorization: Bearer <user-id>` (default `user-admin`). Inject faults per request ' +
        `with \`${FAULT_HEADER}: latency=200;error=503;rate=0.5;retry-after=2;drop\`. ` +
        'Response objects list every field of the contract (`additionalProperties: false`); a ' +
        'newer server may add fields, and clients should ignore the ones they do not know.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      {
        url: options.serverUrl ?? DEFAULT_SERVER_URL,
        description: 'The govkit mock server (`npx govkit-mock-server`)',
      },
    ],
    tags: [...tags].sort().map((name) => ({
      name,
      ...(TAG_DESCRIPTIONS[name] ? { description: TAG_DESCRIPTIONS[name] } : {}),
    })),
    paths,
    components: {
      schemas,
      responses: Object.fromEntries(
        Object.entries(SHARED_RESPONSES).map(([name, response]) => [
          name,
          {
            ...response,
            ...(name === 'TooManyRequests' || name === 'ServiceUnavailable'
              ? { headers: RETRY_AFTER_HEADER }
              : {}),
            content: { 'application/json': { schema: ERROR_REF } },
          },
        ]),
      ),
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

interface DocumentedTemplate {
  path: string;
  /** Contract placeholder name → the name the document uses for it. */
  names: Map<string, string>;
}

/**
 * OpenAPI forbids two paths that differ only in placeholder names, but the contract has such a
 * pair (`GET /api/lineage/{report_id}` and `DELETE /api/lineage/{lineage_id}`: the same URL
 * shape, keyed by different ids). Such placeholders are documented under one neutral name, `id`;
 * each operation's parameter description still says which id it takes. The SDK and the routes
 * keep their own names.
 */
function documentedTemplates(endpoints: readonly EndpointDefinition[]) {
  const byShape = new Map<string, EndpointDefinition[]>();
  for (const endpoint of endpoints) {
    const shape = endpoint.path.replace(PLACEHOLDER, '{}');
    byShape.set(shape, [...(byShape.get(shape) ?? []), endpoint]);
  }
  const templates = new Map<EndpointDefinition, DocumentedTemplate>();
  for (const group of byShape.values()) {
    if (new Set(group.map((endpoint) => endpoint.path)).size < 2) continue;
    const segments = group.map((endpoint) => endpoint.path.split('/'));
    const first = segments[0] as string[];
    const clash = first.map((_, index) => new Set(segments.map((parts) => parts[index])).size > 1);
    for (const [i, endpoint] of group.entries()) {
      const names = new Map<string, string>();
      const parts = (segments[i] as string[]).map((part, index) => {
        if (!clash[index]) return part;
        names.set(part.slice(1, -1), 'id');
        return '{id}';
      });
      templates.set(endpoint, { path: parts.join('/'), names });
    }
  }
  return templates;
}

function operation(
  endpoint: EndpointDefinition,
  schemas: Record<string, JsonSchema>,
  documentedNames: ReadonlyMap<string, string>,
) {
  const prefix = endpoint.id;
  const parameters: unknown[] = [];
  const pathShape = objectShape(endpoint.pathParams) ?? {};
  for (const match of endpoint.path.matchAll(PLACEHOLDER)) {
    const name = match[1] as string;
    const field = pathShape[name];
    const documented = documentedNames.get(name) ?? name;
    parameters.push({
      name: documented,
      in: 'path',
      required: true,
      ...(documented !== name ? { description: `The \`${name}\`.` } : {}),
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
  // 429 and 503 come from the fault injector, which any request may ask for.
  const statuses = new Set([...endpoint.errorStatuses, endpoint.invalidParamsStatus, 429, 503]);
  for (const status of [...statuses].sort()) {
    const domain = (endpoint.domainErrors ?? []).filter(
      (code) => DOMAIN_ERROR_CONTRACT[code].status === status,
    );
    const shared = SHARED_RESPONSE_BY_STATUS[status];
    responses[String(status)] =
      domain.length > 0
        ? domainErrorResponse(status, domain)
        : shared
          ? { $ref: `#/components/responses/${shared}` }
          : {
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
    case 'binary': {
      // OpenAPI 3.1 describes raw bytes with `contentMediaType` (JSON Schema), not as JSON: a
      // generated client reads it as a Blob/stream (openapi-fetch: `parseAs: 'blob'`).
      const mediaType = endpoint.contentType ?? 'application/octet-stream';
      return {
        description: `${description}: the raw \`${mediaType}\` bytes.`,
        content: {
          [mediaType]: {
            schema: { type: 'string', format: 'binary', contentMediaType: mediaType },
          },
        },
      };
    }
    case 'sse':
      // OpenAPI 3.1 has no keyword for the items of a stream: the body is documented as the
      // event-stream text, and each frame's JSON schema is given in `x-frame-schema`.
      return {
        description: `${description}: a Server-Sent-Events stream; each event's \`data:\` line is one JSON frame (\`x-frame-schema\`).`,
        content: {
          'text/event-stream': {
            schema: { type: 'string', contentMediaType: 'text/event-stream' },
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

/**
 * A status that carries named domain errors: the description names each `code` with its exact
 * `detail`, and the body schema narrows `code` to them, so a generated client can switch on it.
 * Other answers under the same status (a plain 403, a validation array) keep the error body.
 */
function domainErrorResponse(status: number, codes: readonly DomainErrorCode[]) {
  const lines = codes.map(
    (code) =>
      `\`${code}\`: ${DOMAIN_ERROR_CONTRACT[code].details.map((detail) => `"${detail}"`).join(' or ')}`,
  );
  return {
    description: `${STATUS_TEXT[status] ?? 'Error'}. Named errors (\`code\`): ${lines.join('; ')}.`,
    content: {
      'application/json': {
        schema: {
          anyOf: [
            {
              allOf: [
                ERROR_REF,
                {
                  type: 'object',
                  required: ['code'],
                  properties: { code: { type: 'string', enum: [...codes] } },
                },
              ],
            },
            ERROR_REF,
          ],
        },
      },
    },
  };
}
