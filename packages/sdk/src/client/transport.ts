import type { EndpointDefinition } from '../schemas/shared/endpoint';
import { abortableSleep, abortErrorFrom } from './abortable-sleep';
import { createApiError } from './create-api-error';
import { AbortError, ConnectionError, GovkitError, TimeoutError } from './errors';
import { joinUrl, prepareRequest, type RequestInput } from './request-input';
import type { RequestOptions, TransportOptions } from './request-options';
import { nextRetryDelay } from './retry-policy';

/** How the body of a successful response will be consumed. */
export type BodyMode = 'text' | 'stream';

/** A successful (2xx) response; `text` is set in `text` mode, else read `response.body`. */
export interface SentResponse {
  response: Response;
  text: string | undefined;
  /** Attempts made, 1 + retries (for diagnostics and tests). */
  attempts: number;
}

/** Extra, per-call knobs the client's helpers (SSE, downloads) need. */
export interface SendExtras {
  /** `Accept` header; defaults to JSON. */
  accept?: string;
  /** Headers computed per attempt (the SSE reader's `Last-Event-ID`). */
  headers?: Record<string, string>;
}

/**
 * The one HTTP pipeline of the client: validate the input, build the URL, then attempt the request
 * with `fetch` until it succeeds or the retry policy says stop. Errors come out as govkit classes
 * only. Plain `fetch` rather than a wrapper (ofetch until 0.x): the client already owns retries,
 * timeouts, JSON bodies and error bodies, and a wrapper cost a third of a one-endpoint bundle.
 */
export class Transport {
  readonly options: TransportOptions;
  private readonly fetch: typeof fetch;

  constructor(options: TransportOptions) {
    this.options = options;
    // Resolve the global fetch at call time, so a fetch patched after the client was built (MSW,
    // a polyfill) is still the one used.
    this.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  /**
   * Send a request with retries. Resolves with the successful response; rejects with an
   * `ApiError` subclass, `ConnectionError`, `TimeoutError`, `AbortError` or
   * `RequestValidationError`.
   */
  async send(
    endpoint: EndpointDefinition,
    input: RequestInput,
    options: RequestOptions = {},
    mode: BodyMode = 'text',
    extras: SendExtras = {},
  ): Promise<SentResponse> {
    const prepared = prepareRequest(endpoint, input);
    const url = joinUrl(this.options.baseURL, prepared.path);
    const signal = options.signal;
    const maxRetries = options.maxRetries ?? this.options.maxRetries;
    const sleep = this.options.sleep ?? abortableSleep;
    const idempotencyKey = options.idempotencyKey;

    for (let retryCount = 0; ; retryCount += 1) {
      if (signal?.aborted) throw abortErrorFrom(signal);
      let failure: GovkitError;
      let status: number | undefined;
      let headers: Headers | undefined;
      try {
        const headersInit = await this.buildHeaders(options, extras, idempotencyKey);
        const result = await this.attempt(endpoint, url, prepared.body, headersInit, options, mode);
        if (result.response.ok) return { ...result, attempts: retryCount + 1 };
        failure = createApiError({
          status: result.response.status,
          statusText: result.response.statusText,
          headers: result.response.headers,
          body: parseMaybeJson(result.text ?? (await safeText(result.response))),
          endpoint: endpoint.id,
        });
        status = result.response.status;
        headers = result.response.headers;
      } catch (error) {
        if (error instanceof AbortError || !(error instanceof GovkitError)) throw error;
        failure = error;
      }
      const delay = nextRetryDelay(
        {
          retryCount,
          idempotent: endpoint.idempotent,
          hasIdempotencyKey: idempotencyKey !== undefined,
          status,
          headers,
          networkError: failure instanceof ConnectionError,
        },
        {
          maxRetries,
          baseDelayMs: this.options.retryBaseDelayMs,
          maxDelayMs: this.options.retryMaxDelayMs,
          random: this.options.random,
          now: this.options.now,
        },
      );
      if (delay === undefined) throw failure;
      await sleep(delay, signal);
    }
  }

  private async buildHeaders(
    options: RequestOptions,
    extras: SendExtras,
    idempotencyKey: string | undefined,
  ): Promise<Headers> {
    const headers = new Headers(this.options.defaultHeaders);
    headers.set('accept', extras.accept ?? 'application/json');
    const auth = this.options.auth;
    if (typeof auth === 'string') headers.set('authorization', `Bearer ${auth}`);
    else if (auth) for (const [k, v] of Object.entries(await auth())) headers.set(k, v);
    for (const [k, v] of Object.entries(options.headers ?? {})) headers.set(k, v);
    for (const [k, v] of Object.entries(extras.headers ?? {})) headers.set(k, v);
    // The same key on every attempt is what lets the server recognise a retry.
    if (idempotencyKey !== undefined) headers.set('idempotency-key', idempotencyKey);
    return headers;
  }

  /** One attempt: a per-attempt timeout linked with the caller's signal. */
  private async attempt(
    endpoint: EndpointDefinition,
    url: string,
    body: unknown,
    headers: Headers,
    options: RequestOptions,
    mode: BodyMode,
  ): Promise<{ response: Response; text: string | undefined }> {
    const timeoutMs = options.timeout ?? this.options.timeout;
    const timer = new AbortController();
    let timedOut = false;
    const handle = setTimeout(() => {
      timedOut = true;
      timer.abort(new TimeoutError(timeoutMs));
    }, timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timer.signal]) : timer.signal;
    try {
      // Bodies are the request schema's parsed output: always JSON.
      if (body !== undefined && !headers.has('content-type')) {
        headers.set('content-type', 'application/json');
      }
      const response = await this.fetch(url, {
        method: endpoint.method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
      // The timeout covers the body too: a server that stalls mid-body is a timeout, not a hang.
      const text = mode === 'text' ? await response.text() : undefined;
      return { response, text };
    } catch (cause) {
      if (options.signal?.aborted) throw abortErrorFrom(options.signal);
      if (timedOut) throw new TimeoutError(timeoutMs, { cause });
      throw new ConnectionError(`Connection error: ${describe(cause)}`, { cause });
    } finally {
      clearTimeout(handle);
    }
  }
}

/** Parse an error body: JSON when it is JSON, the text otherwise, undefined when empty. */
export function parseMaybeJson(text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function safeText(response: Response): Promise<string | undefined> {
  try {
    return await response.text();
  } catch {
    return undefined;
  }
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const nested = cause.cause instanceof Error ? ` (${cause.cause.message})` : '';
    return `${cause.message}${nested}`;
  }
  return String(cause);
}
