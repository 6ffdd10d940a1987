import type { ParseMode } from '../schemas/shared/parse-mode';
import type { SleepFn } from './abortable-sleep';
import {
  type AuthOption,
  DEFAULT_TIMEOUT_MS,
  type TransportOptions,
  type WarningHandler,
} from './request-options';
import { DEFAULT_MAX_RETRIES } from './retry-policy';

/** Options of `createClient` and `createClientContext`. Only `baseURL` is required. */
export interface ClientOptions {
  /** Where the govkit API lives, e.g. `http://127.0.0.1:8080` (the mock server's default). */
  baseURL: string;
  /** A bearer token, or an async provider of headers (called before every attempt). */
  auth?: AuthOption | undefined;
  /** Headers sent with every request. */
  headers?: Record<string, string> | undefined;
  /** A custom `fetch`; defaults to the global one. */
  fetch?: typeof fetch | undefined;
  /** Per-attempt timeout in ms (default 60 000). */
  timeout?: number | undefined;
  /** Retries after the first attempt for retryable failures (default 2). */
  maxRetries?: number | undefined;
  /**
   * Response validation (default `lenient`): `lenient` parses and normalises real-world variants
   * and reports unknown fields/values through `onWarning`; `strict` rejects them; `off` returns
   * bodies unparsed.
   */
  validation?: ParseMode | undefined;
  /** Receives contract warnings (lenient mode) and pagination/stream guards. */
  onWarning?: WarningHandler | undefined;
  /** Backoff base in ms (default 500). */
  retryBaseDelayMs?: number | undefined;
  /** Backoff cap in ms (default 8 000). */
  retryMaxDelayMs?: number | undefined;
  /** Jitter source in [0, 1), for deterministic tests (default `Math.random`). */
  random?: (() => number) | undefined;
  /** Clock for HTTP-date `Retry-After`, for deterministic tests (default `Date.now`). */
  now?: (() => number) | undefined;
  /** Wait between retries and reconnects, for tests that record instead of waiting. */
  sleep?: SleepFn | undefined;
}

/** The transport configuration `options` stand for: defaults filled, `baseURL` required. */
export function resolveClientOptions(options: ClientOptions): TransportOptions {
  if (!options.baseURL) throw new TypeError('createClient: `baseURL` is required.');
  return {
    baseURL: options.baseURL,
    auth: options.auth,
    defaultHeaders: options.headers,
    fetch: options.fetch,
    timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    validation: options.validation ?? 'lenient',
    onWarning: options.onWarning,
    retryBaseDelayMs: options.retryBaseDelayMs,
    retryMaxDelayMs: options.retryMaxDelayMs,
    random: options.random,
    now: options.now,
    sleep: options.sleep,
  };
}
