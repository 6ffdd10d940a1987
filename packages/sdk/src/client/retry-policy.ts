/** Knobs of the retry policy. Every field has a default; tests inject `random` and `now`. */
export interface RetryPolicyOptions {
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /** First backoff ceiling in ms (default 500); doubles each attempt. */
  baseDelayMs?: number;
  /** Ceiling of the exponential backoff in ms (default 8 000). */
  maxDelayMs?: number;
  /** Longest `Retry-After` honoured, in ms (default 60 000); longer hints are clamped to it. */
  maxRetryAfterMs?: number;
  /** Uniform random source in [0, 1) for the jitter (default `Math.random`). */
  random?: () => number;
  /** Epoch ms, for `Retry-After` given as an HTTP date (default `Date.now`). */
  now?: () => number;
}

/** What happened on the attempt that just finished. */
export interface RetryAttempt {
  /** Zero-based number of retries already made (0 after the first attempt). */
  retryCount: number;
  /** Whether the endpoint is safe to repeat (GET, PUT, DELETE). */
  idempotent: boolean;
  /** Whether the request carries an `Idempotency-Key`, which makes any method safe to repeat. */
  hasIdempotencyKey: boolean;
  /** HTTP status, when a response arrived. */
  status?: number | undefined;
  /** Response headers, when a response arrived. */
  headers?: Headers | undefined;
  /** True when no response arrived (connection error or per-attempt timeout). */
  networkError?: boolean | undefined;
  /** True when the caller aborted: never retried. */
  aborted?: boolean | undefined;
}

/** Statuses worth repeating: timeouts, "too early", rate limits and every server error. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

export const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_BASE_DELAY_MS = 500;
const DEFAULT_MAX_DELAY_MS = 8_000;
const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

/**
 * The whole retry policy in one function: returns how long to wait before the next attempt, or
 * `undefined` when the request must not be retried.
 *
 * - Only idempotent requests (or any request with an `Idempotency-Key`) are retried: repeating a
 *   plain POST could apply it twice.
 * - Retried on 408/425/429/5xx and on network errors; never after an abort.
 * - `retry-after-ms` wins, then `Retry-After` (seconds or an HTTP date), clamped to 60 s.
 * - Otherwise exponential backoff with full jitter: `random() * min(maxDelay, base * 2^n)`, which
 *   spreads a thundering herd better than a fixed delay minus a little jitter.
 */
export function nextRetryDelay(
  attempt: RetryAttempt,
  options: RetryPolicyOptions = {},
): number | undefined {
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  if (attempt.aborted || attempt.retryCount >= maxRetries) return undefined;
  if (!attempt.idempotent && !attempt.hasIdempotencyKey) return undefined;
  const retryable =
    attempt.networkError === true ||
    (attempt.status !== undefined && isRetryableStatus(attempt.status));
  if (!retryable) return undefined;

  const maxRetryAfter = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  const hinted = attempt.headers
    ? retryAfterMs(attempt.headers, options.now ?? Date.now)
    : undefined;
  if (hinted !== undefined) return Math.min(hinted, maxRetryAfter);

  const base = options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
  const cap = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  const ceiling = Math.min(cap, base * 2 ** attempt.retryCount);
  const random = options.random ?? Math.random;
  // Clamp in case an injected source returns exactly 1 or slightly out of range.
  const unit = Math.min(Math.max(random(), 0), 1);
  return Math.floor(unit * ceiling);
}

/**
 * The server's retry hint in ms: `retry-after-ms`, else `Retry-After` as seconds or an HTTP date.
 * Negative, unparsable or missing hints give `undefined` (fall back to backoff).
 */
export function retryAfterMs(headers: Headers, now: () => number = Date.now): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '') {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const header = headers.get('retry-after');
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(header);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now());
}
