import { abortableSleep, abortErrorFrom, type SleepFn } from './abortable-sleep';
import { AbortError, ApiError, ConnectionError } from './errors';
import { isRetryableStatus, retryAfterMs } from './retry-policy';
import { type SseMessage, SseParser } from './sse-parser';

/** Reconnect behaviour of {@link readSse}. */
export interface SseReconnectOptions {
  /** Consecutive failed connections tolerated before giving up (default: unlimited, like EventSource). */
  maxAttempts?: number | undefined;
  /** Wait before the first reconnect, in ms (default 1 000); a server `retry:` field replaces it. */
  initialDelayMs?: number | undefined;
  /** Ceiling of the doubling wait between consecutive failures, in ms (default 30 000). */
  maxDelayMs?: number | undefined;
  /**
   * Called before each reconnect wait, with the wait and the error that dropped the connection
   * (UIs show "reconnecting in 4 s"; logs and tests see every attempt).
   */
  onReconnect?: ((info: { attempt: number; delayMs: number; error?: unknown }) => void) | undefined;
}

/** Everything {@link readSse} needs; the client fills `connect` with its transport. */
export interface SseReaderOptions<T> extends SseReconnectOptions {
  /**
   * Open one connection. Receives the id to send as `Last-Event-ID` (undefined on the first
   * connect). Must resolve with a 2xx response or reject with a govkit error.
   */
  connect: (lastEventId: string | undefined) => Promise<Response>;
  /** Turn one message into a value, or `undefined` to skip it (e.g. an invalid frame). */
  parse: (message: SseMessage) => T | undefined;
  signal?: AbortSignal | undefined;
  /** Replaceable wait, for tests. */
  sleep?: SleepFn | undefined;
}

/**
 * Read a Server-Sent-Events endpoint over `fetch` (so auth headers work, unlike `EventSource`),
 * yielding parsed messages and reconnecting when the stream drops: it waits the server's `retry:`
 * (or `initialDelayMs`), doubling on consecutive failures up to `maxDelayMs`, and resumes with
 * `Last-Event-ID`. Client errors (4xx other than 408/425/429) are thrown, not retried.
 *
 * Stop it with `break` (the connection is closed) or by aborting `signal` (rejects with
 * `AbortError`, immediately, also during a reconnect wait).
 */
export async function* readSse<T>(
  options: SseReaderOptions<T>,
): AsyncGenerator<T, void, undefined> {
  const { signal } = options;
  const sleep = options.sleep ?? abortableSleep;
  const maxAttempts = options.maxAttempts ?? Number.POSITIVE_INFINITY;
  const maxDelay = options.maxDelayMs ?? 30_000;
  let baseDelay = options.initialDelayMs ?? 1_000;
  let failures = 0;
  let lastEventId: string | undefined;

  for (;;) {
    if (signal?.aborted) throw abortErrorFrom(signal);
    let lastError: unknown;
    try {
      const response = await options.connect(lastEventId);
      const parser = new SseParser(lastEventId);
      for await (const text of decodeBody(response, signal)) {
        const { messages, retry } = parser.push(text);
        if (retry !== undefined) baseDelay = retry;
        for (const message of messages) {
          lastEventId = message.lastEventId;
          // A delivered message proves the connection works: the backoff starts over.
          failures = 0;
          const value = options.parse(message);
          if (value !== undefined) yield value;
        }
      }
    } catch (error) {
      if (signal?.aborted) throw abortErrorFrom(signal);
      if (!isReconnectable(error)) throw error;
      lastError = error;
    }
    // Either the server closed the stream or the connection failed: reconnect.
    failures += 1;
    if (failures > maxAttempts) {
      throw (
        lastError ?? new ConnectionError('The event stream kept closing; gave up reconnecting.')
      );
    }
    const backoff = Math.min(maxDelay, baseDelay * 2 ** (failures - 1));
    // A 429/503 may say when to come back; never reconnect sooner than that (capped at 60 s).
    const hinted = lastError instanceof ApiError ? retryAfterMs(lastError.headers) : undefined;
    const delayMs = hinted === undefined ? backoff : Math.max(backoff, Math.min(hinted, 60_000));
    options.onReconnect?.({ attempt: failures, delayMs, error: lastError });
    await sleep(delayMs, signal);
  }
}

function isReconnectable(error: unknown): boolean {
  if (error instanceof AbortError) return false;
  if (error instanceof ApiError) return isRetryableStatus(error.status);
  // Timeouts are ConnectionErrors too; anything else (validation, a throwing hook) is a bug to
  // surface, not a reason to hammer the server.
  return error instanceof ConnectionError;
}

/** The response body as decoded text chunks; network failures become `ConnectionError`. */
async function* decodeBody(
  response: Response,
  signal: AbortSignal | undefined,
): AsyncGenerator<string, void, undefined> {
  if (!response.body) return;
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (cause) {
        if (signal?.aborted) throw abortErrorFrom(signal);
        throw new ConnectionError('The event stream was interrupted.', { cause });
      }
      if (chunk.done) break;
      yield decoder.decode(chunk.value, { stream: true });
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  } finally {
    // Runs on `break` by the consumer too: close the connection instead of leaking it.
    await reader.cancel().catch(() => undefined);
  }
}
