import type { z } from 'zod';
import type { ValidationIssue } from '../schemas/shared/error-body';

/** What an error body's `detail` holds: a handler's string or FastAPI's validation array. */
export type ErrorDetail = string | ValidationIssue[];

/**
 * The root of every error the govkit client throws, so one `catch (e instanceof GovkitError)`
 * covers HTTP failures, connection problems, aborts and validation.
 */
export class GovkitError extends Error {
  override readonly name: string = 'GovkitError';
}

/** Everything an {@link ApiError} is built from (one HTTP response). */
export interface ApiErrorInit {
  status: number;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  headers: Headers;
  detail: ErrorDetail;
  code?: string | undefined;
  /** The endpoint id (`replay.tasks.summary`) the request was sent to. */
  endpoint?: string | undefined;
}

/** Flatten a detail into one readable line (validation arrays become `loc: msg; …`). */
export function detailText(detail: ErrorDetail): string {
  if (typeof detail === 'string') return detail;
  return detail.map((issue) => `${issue.loc.join('.')}: ${issue.msg}`).join('; ');
}

/**
 * A non-2xx HTTP response. `status`, `detail` (string or the validation array), the optional
 * machine-readable `code`, the `x-request-id` and the whole body are kept so callers never need
 * to re-read the response.
 */
export class ApiError extends GovkitError {
  override readonly name: string = 'ApiError';
  readonly status: number;
  readonly detail: ErrorDetail;
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  readonly body: unknown;
  readonly headers: Headers;
  readonly endpoint: string | undefined;

  constructor(init: ApiErrorInit) {
    super(`${init.status} ${detailText(init.detail)}`.trim());
    this.status = init.status;
    this.detail = init.detail;
    this.code = init.code;
    this.requestId =
      init.headers.get('x-request-id') ?? init.headers.get('request-id') ?? undefined;
    this.body = init.body;
    this.headers = init.headers;
    this.endpoint = init.endpoint;
  }

  /** The detail as one line of text, whichever form the server used. */
  get detailMessage(): string {
    return detailText(this.detail);
  }
}

/** 400: the server refused the parameters or a business rule. */
export class BadRequestError extends ApiError {
  override readonly name: string = 'BadRequestError';
}
/** 401: missing or invalid credentials. */
export class AuthenticationError extends ApiError {
  override readonly name: string = 'AuthenticationError';
}
/** 403: authenticated but not allowed. */
export class PermissionDeniedError extends ApiError {
  override readonly name: string = 'PermissionDeniedError';
}
/** 404: the resource does not exist (or is hidden from the caller). */
export class NotFoundError extends ApiError {
  override readonly name: string = 'NotFoundError';
}
/** 409: a state conflict (illegal transition, lock held, duplicate). */
export class ConflictError extends ApiError {
  override readonly name: string = 'ConflictError';
}
/** 410: the resource existed but is gone for good (an expired artifact). */
export class GoneError extends ApiError {
  override readonly name: string = 'GoneError';
}
/** 422: the server's request validation failed (`detail` is often the validation array). */
export class UnprocessableEntityError extends ApiError {
  override readonly name: string = 'UnprocessableEntityError';
}
/** 429: too many requests; retried automatically within `maxRetries`. */
export class RateLimitError extends ApiError {
  override readonly name: string = 'RateLimitError';
}
/** Any 5xx; retried automatically for idempotent requests. */
export class InternalServerError extends ApiError {
  override readonly name: string = 'InternalServerError';
}

/** No HTTP response at all: DNS, refused connection, reset socket, CORS. */
export class ConnectionError extends GovkitError {
  override readonly name: string = 'ConnectionError';
  constructor(message = 'Connection error.', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The per-attempt `timeout` elapsed before the response arrived. */
export class TimeoutError extends ConnectionError {
  override readonly name: string = 'TimeoutError';
  constructor(timeoutMs: number, options?: { cause?: unknown }) {
    super(`Request timed out after ${timeoutMs} ms.`, options);
  }
}

/** The caller's `AbortSignal` fired; nothing is retried after this. */
export class AbortError extends GovkitError {
  override readonly name: string = 'AbortError';
  constructor(message = 'Request was aborted.', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Where a validation error happened: before sending (request) or on what came back (response). */
export type ValidationTarget = 'pathParams' | 'query' | 'body' | 'response' | 'frame';

/**
 * Parameters failed the endpoint's request schema. Thrown locally: no request was sent.
 * `issues` are zod's.
 */
export class RequestValidationError extends GovkitError {
  override readonly name: string = 'RequestValidationError';
  readonly issues: z.core.$ZodIssue[];
  readonly target: ValidationTarget;
  readonly endpoint: string | undefined;

  constructor(target: ValidationTarget, issues: z.core.$ZodIssue[], endpoint?: string) {
    super(`Invalid ${target}${endpoint ? ` for ${endpoint}` : ''}: ${issueText(issues)}`);
    this.issues = issues;
    this.target = target;
    this.endpoint = endpoint;
  }
}

/**
 * A 2xx response did not match the contract (or was not JSON). `issues` are zod's; `body` is what
 * the server sent, so a caller can still inspect it.
 */
export class ResponseValidationError extends GovkitError {
  override readonly name: string = 'ResponseValidationError';
  readonly issues: z.core.$ZodIssue[];
  readonly body: unknown;
  readonly status: number | undefined;
  readonly endpoint: string | undefined;

  constructor(init: {
    issues: z.core.$ZodIssue[];
    body: unknown;
    status?: number | undefined;
    endpoint?: string | undefined;
    message?: string;
  }) {
    super(
      init.message ??
        `Response${init.endpoint ? ` of ${init.endpoint}` : ''} does not match its contract: ${issueText(init.issues)}`,
    );
    this.issues = init.issues;
    this.body = init.body;
    this.status = init.status;
    this.endpoint = init.endpoint;
  }
}

/** A decompressed download grew past its size cap; reading stopped at the cap. */
export class DecompressionLimitError extends GovkitError {
  override readonly name: string = 'DecompressionLimitError';
  readonly limitBytes: number;
  constructor(limitBytes: number) {
    super(`Decompressed data exceeds the ${limitBytes}-byte limit.`);
    this.limitBytes = limitBytes;
  }
}

function issueText(issues: z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
    .join('; ');
}
