import type { ContractWarning, ParseMode } from '../schemas/shared/parse-mode';
import type { SleepFn } from './abortable-sleep';

/** Per-request options: always the last argument of a resource method. */
export interface RequestOptions {
  /** Aborts the request and any retry wait at once (rejects with `AbortError`). */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout in ms; overrides the client's. */
  timeout?: number | undefined;
  /** Extra headers for this request; they win over the client's. */
  headers?: Record<string, string> | undefined;
  /**
   * Sent as `Idempotency-Key` on every attempt. It also makes a non-idempotent request (a POST)
   * eligible for retries, because the server can recognise the repeat.
   */
  idempotencyKey?: string | undefined;
  /** Overrides the client's `maxRetries` for this request. */
  maxRetries?: number | undefined;
}

/**
 * Auth: a bearer token, or a function returning headers (called before every attempt, so a
 * refreshed token is picked up by retries and SSE reconnects).
 */
export type AuthOption = string | (() => Record<string, string> | Promise<Record<string, string>>);

/** Something the client noticed but did not throw: a contract warning or a pagination guard. */
export type ClientWarning =
  | ContractWarning
  | {
      /** The server repeated a cursor or a whole page, so iteration stopped early. */
      code: 'repeated_cursor' | 'repeated_page';
      path: ReadonlyArray<PropertyKey>;
      message: string;
      contract?: string | undefined;
    }
  | {
      /** A live-stream frame failed its schema in lenient mode and was skipped. */
      code: 'invalid_frame';
      path: ReadonlyArray<PropertyKey>;
      message: string;
      contract?: string | undefined;
    };

/** Receives every {@link ClientWarning}. Must not throw. */
export type WarningHandler = (warning: ClientWarning) => void;

/** The resolved configuration a transport runs with (what `createClient` options become). */
export interface TransportOptions {
  /** Origin (and optional prefix) every endpoint path is appended to. */
  baseURL: string;
  auth?: AuthOption | undefined;
  /** Headers sent with every request (e.g. `x-govkit-user`). */
  defaultHeaders?: Record<string, string> | undefined;
  /** A custom `fetch` (a proxy, a test double); defaults to the global one at call time. */
  fetch?: typeof fetch | undefined;
  /** Per-attempt timeout in ms (default 60 000). */
  timeout: number;
  /** Retries after the first attempt (default 2). */
  maxRetries: number;
  /** Response validation: `lenient` (default), `strict` or `off`. */
  validation: ParseMode;
  onWarning?: WarningHandler | undefined;
  /** Backoff base in ms (default 500). */
  retryBaseDelayMs?: number | undefined;
  /** Backoff cap in ms (default 8 000). */
  retryMaxDelayMs?: number | undefined;
  /** Jitter source in [0, 1); inject for deterministic tests. */
  random?: (() => number) | undefined;
  /** Clock for HTTP-date `Retry-After`; inject for deterministic tests. */
  now?: (() => number) | undefined;
  /** The wait between retries; inject to record waits instead of sleeping. */
  sleep?: SleepFn | undefined;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
