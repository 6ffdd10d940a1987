import type { DomainErrorCode } from '../../schemas/shared/domain-error-contract';

/**
 * Machine-readable reasons an engine refuses a command. The mock server sends them as the error
 * body's `code`; the client maps the domain ones to named error classes.
 */
export type EngineErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'gone'
  | 'validation_error'
  | 'payload_too_large'
  | 'internal'
  // Domain codes the client names (one table in the contracts), then the other domain codes
  | DomainErrorCode
  | 'illegal_transition'
  | 'stale_fencing_token'
  | 'unknown_step'
  | 'lineage_too_large'
  | (string & {});

export interface EngineErrorOptions {
  code?: EngineErrorCode;
  cause?: unknown;
  /** Extra machine-readable context (e.g. the lock holder). Must not contain secrets. */
  data?: Record<string, unknown>;
}

/**
 * The one error engines throw for a refused command. `status` is the HTTP status a server built on
 * the engine should answer with, `detail` the exact user-facing string of the contract.
 *
 * A refused command never changes state: engines validate everything before they write.
 */
export class EngineError extends Error {
  override readonly name = 'EngineError';
  readonly status: number;
  readonly detail: string;
  readonly code: EngineErrorCode;
  readonly data: Record<string, unknown> | undefined;

  constructor(status: number, detail: string, options: EngineErrorOptions = {}) {
    super(detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = status;
    this.detail = detail;
    this.code = options.code ?? defaultCode(status);
    this.data = options.data;
  }

  static badRequest(detail: string, options?: EngineErrorOptions) {
    return new EngineError(400, detail, options);
  }
  static forbidden(detail: string, options?: EngineErrorOptions) {
    return new EngineError(403, detail, options);
  }
  static notFound(detail: string, options?: EngineErrorOptions) {
    return new EngineError(404, detail, options);
  }
  static conflict(detail: string, options?: EngineErrorOptions) {
    return new EngineError(409, detail, options);
  }
  static gone(detail: string, options?: EngineErrorOptions) {
    return new EngineError(410, detail, options);
  }
  static unprocessable(detail: string, options?: EngineErrorOptions) {
    return new EngineError(422, detail, options);
  }
}

function defaultCode(status: number): EngineErrorCode {
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 410:
      return 'gone';
    case 413:
      return 'payload_too_large';
    case 422:
      return 'validation_error';
    default:
      return 'internal';
  }
}

export function isEngineError(value: unknown): value is EngineError {
  return value instanceof EngineError;
}
