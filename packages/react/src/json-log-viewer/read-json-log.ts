import { parseJsonPrefix } from './parse-json-prefix';

export interface ReadJsonLogOptions {
  /** The bytes are gzip (a `.json.gz` log): inflated by the browser's own `DecompressionStream`. */
  gzip?: boolean | undefined;
  /**
   * Called once with the parsed beginning of the log (see `parseJsonPrefix`) as soon as enough
   * text has arrived, while the rest still streams in: show it with `partial` set.
   */
  onPrefix?: ((value: unknown) => void) | undefined;
  /** Characters to wait for before the first prefix parse. Default 64 Ki. */
  prefixChars?: number | undefined;
  /** The deepest container whose entries the prefix may cut after. Default 2 (the events). */
  prefixDepth?: number | undefined;
}

// The inflater gets its input in pieces of this size: given a whole in-memory 2 MB download as
// one chunk, `DecompressionStream` inflates all of it before handing over the first bytes.
const INPUT_PIECE_BYTES = 32 * 1024;

/** Split large chunks (zero-copy views), so the first text comes out of the inflater early. */
function inPieces(): TransformStream<Uint8Array, Uint8Array> {
  return new TransformStream({
    transform(chunk, controller) {
      for (let at = 0; at < chunk.byteLength; at += INPUT_PIECE_BYTES) {
        controller.enqueue(chunk.subarray(at, at + INPUT_PIECE_BYTES));
      }
    },
  });
}

/**
 * Let the browser paint the first rows before inflating on: the inflater's work runs on the
 * main thread too and would otherwise hold the frame back until most of the log is read.
 */
function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

// Past this the prefix parse stops trying: the first rows would not come much sooner than
// the whole log (a log whose first entry alone is this large).
const PREFIX_CHARS_MAX = 4 * 1024 * 1024;

/**
 * Read a JSON log from a `Blob` (a download, a file input) or a byte stream (`response.body`),
 * inflating gzip natively, and return its whole text for the viewer's `source` (which parses it
 * and shows invalid JSON as the `invalid` state). With `onPrefix`, the first rows can show
 * before the log has finished arriving and parsing: a 12 MB log takes a few hundred
 * milliseconds to inflate and parse, its first 64 KB a few.
 */
export async function readJsonLog(
  body: Blob | ReadableStream<Uint8Array>,
  { gzip = false, onPrefix, prefixChars = 65_536, prefixDepth = 2 }: ReadJsonLogOptions = {},
): Promise<string> {
  let stream = body instanceof Blob ? body.stream() : body;
  if (gzip) {
    if (typeof DecompressionStream === 'undefined') {
      throw new Error(
        '[govkit] readJsonLog: this browser cannot inflate gzip (no DecompressionStream).',
      );
    }
    stream = stream
      .pipeThrough(inPieces())
      .pipeThrough(
        new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
      );
  }
  const decoder = new TextDecoder();
  const reader = stream.getReader();
  const chunks: string[] = [];
  let length = 0;
  let wanted = onPrefix ? prefixChars : Number.POSITIVE_INFINITY;
  for (;;) {
    const { done, value } = await reader.read();
    const chunk = done ? decoder.decode() : decoder.decode(value, { stream: true });
    if (chunk) {
      chunks.push(chunk);
      length += chunk.length;
    }
    if (done) break;
    if (length >= wanted && onPrefix) {
      const head = chunks.length === 1 ? chunk : chunks.join('');
      const prefix = parseJsonPrefix(head.slice(0, wanted), prefixDepth);
      if (prefix !== undefined) {
        wanted = Number.POSITIVE_INFINITY;
        onPrefix(prefix);
        await afterNextPaint();
      } else {
        // No whole entry yet (or not JSON: the full parse will say so): look further next time.
        wanted = wanted * 4 > PREFIX_CHARS_MAX ? Number.POSITIVE_INFINITY : wanted * 4;
      }
    }
  }
  return chunks.length === 1 ? (chunks[0] as string) : chunks.join('');
}
