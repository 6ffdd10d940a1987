/** Options of {@link binaryBody}. */
export interface BinaryBodyOptions {
  /** Overrides `endpoint.contentType`. */
  contentType?: string;
  /** Sent as a quoted `Content-Disposition: attachment; filename="…"`. */
  filename?: string;
  /** Extra response headers. */
  headers?: Record<string, string>;
}

/** A binary success body (a zip artifact, a gzip bundle). Build it with {@link binaryBody}. */
export class BinaryBody {
  constructor(
    readonly bytes: Uint8Array | string,
    readonly options: BinaryBodyOptions = {},
  ) {}
}

/**
 * Answer a `binary` endpoint with raw bytes; the content type defaults to the endpoint's.
 *
 * @example
 * return binaryBody(gzipped, { filename: `lineage_${id}_raw_inputs.json.gz` });
 */
export function binaryBody(bytes: Uint8Array | string, options?: BinaryBodyOptions): BinaryBody {
  return new BinaryBody(bytes, options);
}

/** One Server-Sent Event. `data` is JSON-encoded on the `data:` line. */
export interface SseEvent {
  data: unknown;
  id?: string;
  event?: string;
}

/**
 * Starts a stream: push events with `send`, stop with `close`. May return a cleanup function (e.g.
 * an event-log unsubscribe); it runs when the client goes away (`request.signal` aborts), when the
 * stream is cancelled, or after `close`. Any other return value is ignored.
 */
export type SseStart = (
  send: (event: SseEvent) => void,
  close: () => void,
  signal: AbortSignal,
) => unknown;

/** Options of {@link sseStream}. */
export interface SseStreamOptions {
  /** Interval of `: keep-alive` comments in ms (default 15 000; 0 disables). */
  keepAliveMs?: number;
  /** Sent as the stream's `retry:` field (client reconnect delay), when set. */
  retryMs?: number;
}

/** A live event stream. Build it with {@link sseStream}. */
export class SseStream {
  constructor(
    readonly start: SseStart,
    readonly options: SseStreamOptions = {},
  ) {}
}

/**
 * Answer an `sse` endpoint with a stream of `data: <json>\n\n` frames. Each frame is validated
 * against the endpoint's response (frame) schema when `validateResponses` is on.
 *
 * @example
 * return sseStream((send) => store.events.subscribe((event) => send({ data: toFrame(event) })));
 */
export function sseStream(start: SseStart, options?: SseStreamOptions): SseStream {
  return new SseStream(start, options);
}
