import type { z } from 'zod';
import type { DomainErrorCode } from './domain-error-contract';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * How a successful response body is read.
 * - `json`: parsed and validated against `response`.
 * - `binary`: raw bytes (`contentType` says which), e.g. a zip artifact or a gzip bundle.
 * - `sse`: a Server-Sent-Events stream whose `data:` frames parse against `response`.
 * - `empty`: no body (204).
 */
export type ResponseKind = 'json' | 'binary' | 'sse' | 'empty';

/** Where a cursor-paginated endpoint keeps its items and its next cursor. */
export interface PaginationSpec {
  /** Query parameter that carries the cursor (`cursor`). */
  cursorParam: string;
  /** Response key of the item array (`trace_items`, `entries`, `items`). */
  itemsKey: string;
  /** Response key of the next cursor (`next_cursor`); null/absent means the last page. */
  nextCursorKey: string;
}

/**
 * One HTTP endpoint of the govkit contract: the single description that the client's resource
 * methods, the mock server's routes, the OpenAPI document and the contract tests are built from.
 */
export interface EndpointDefinition<
  TPathParams extends z.ZodType | undefined = z.ZodType | undefined,
  TQuery extends z.ZodType | undefined = z.ZodType | undefined,
  TBody extends z.ZodType | undefined = z.ZodType | undefined,
  TResponse extends z.ZodType | undefined = z.ZodType | undefined,
  TId extends string = string,
> {
  /**
   * Stable dotted id, and the client resource path it is placed at: `replay.tasks.summary` is
   * `client.replay.tasks.summary` (the client tree is derived from these ids).
   */
  id: TId;
  method: HttpMethod;
  /** OpenAPI-style template: `/api/governance/tasks/{task_id}/summary`. */
  path: string;
  summary: string;
  description?: string;
  /** Grouping for docs (`Decision replay`, `Overrides`, …). */
  tag: string;
  pathParams: TPathParams;
  query: TQuery;
  body: TBody;
  /** Body schema (json), frame schema (sse) or undefined (binary/empty). */
  response: TResponse;
  responseKind: ResponseKind;
  /** For `binary` responses. */
  contentType?: string;
  successStatus: 200 | 201 | 204;
  /** Documented error statuses (each answers `{detail}`; 422 may carry the validation array). */
  errorStatuses: readonly number[];
  /**
   * The named domain errors (`DOMAIN_ERROR_CONTRACT`) this endpoint answers with, each under its
   * contract status (which must be one of `errorStatuses`). The OpenAPI document lists their
   * `code` and exact `detail` under that status; clients raise their typed class.
   */
  domainErrors?: readonly DomainErrorCode[];
  /**
   * Status a server answers when path/query/body fail validation: 422 (FastAPI's default) unless
   * the contract says otherwise (promises 400 for most bad parameters).
   */
  invalidParamsStatus: 400 | 422;
  /** Safe to retry without an idempotency key (GET, DELETE, and PUT by HTTP semantics). */
  idempotent: boolean;
  pagination?: PaginationSpec;
}

/**
 * Declare an endpoint. Defaults: no params/query/body, `json`, 200, 422 on bad input, idempotent for
 * GET/PUT/DELETE.
 *
 * @example
 * export const taskSummaryEndpoint = defineEndpoint({
 *   id: 'replay.tasks.summary',
 *   method: 'GET',
 *   path: '/api/governance/tasks/{task_id}/summary',
 *   summary: 'Task governance summary',
 *   tag: 'Decision replay',
 *   pathParams: TaskPathParamsSchema,
 *   response: TaskGovernanceSummarySchema,
 *   errorStatuses: [404],
 * });
 */
export function defineEndpoint<
  TPathParams extends z.ZodType | undefined = undefined,
  TQuery extends z.ZodType | undefined = undefined,
  TBody extends z.ZodType | undefined = undefined,
  TResponse extends z.ZodType | undefined = undefined,
  const TId extends string = string,
>(
  definition: Omit<
    EndpointDefinition<TPathParams, TQuery, TBody, TResponse, TId>,
    | 'pathParams'
    | 'query'
    | 'body'
    | 'response'
    | 'responseKind'
    | 'successStatus'
    | 'idempotent'
    | 'invalidParamsStatus'
  > & {
    invalidParamsStatus?: 400 | 422;
    pathParams?: TPathParams;
    query?: TQuery;
    body?: TBody;
    response?: TResponse;
    responseKind?: ResponseKind;
    successStatus?: 200 | 201 | 204;
    idempotent?: boolean;
  },
): EndpointDefinition<TPathParams, TQuery, TBody, TResponse, TId> {
  return {
    ...definition,
    pathParams: definition.pathParams as TPathParams,
    query: definition.query as TQuery,
    body: definition.body as TBody,
    response: definition.response as TResponse,
    responseKind: definition.responseKind ?? 'json',
    successStatus: definition.successStatus ?? 200,
    invalidParamsStatus: definition.invalidParamsStatus ?? 422,
    idempotent:
      definition.idempotent ??
      (definition.method === 'GET' ||
        definition.method === 'PUT' ||
        definition.method === 'DELETE'),
  };
}
