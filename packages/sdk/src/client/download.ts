import { abortErrorFrom } from './abortable-sleep';
import { ArtifactIntegrityError } from './domain-errors';
import { DecompressionLimitError, GovkitError } from './errors';

/** Default cap for {@link gunzip}: 64 MiB of decompressed data. */
export const DEFAULT_DECOMPRESSED_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * A binary response (the narrative export zip, the lineage raw-inputs gzip). The body is read
 * once, either as bytes or as a stream, like a fetch `Response`.
 */
export class Download {
  /** From `Content-Disposition` (quoted, unquoted or RFC 5987 `filename*`), if the server sent one. */
  readonly filename: string | undefined;
  readonly contentType: string | undefined;
  /** From `Content-Length`, when the server sent it. */
  readonly contentLength: number | undefined;
  readonly headers: Headers;
  private readonly response: Response;
  private used = false;

  constructor(response: Response) {
    this.response = response;
    this.headers = response.headers;
    this.filename = parseContentDisposition(response.headers.get('content-disposition'));
    this.contentType = response.headers.get('content-type') ?? undefined;
    const length = Number(response.headers.get('content-length') ?? Number.NaN);
    this.contentLength = Number.isFinite(length) ? length : undefined;
  }

  /** The body as a stream (single use). */
  stream(): ReadableStream<Uint8Array> {
    this.claim();
    return this.response.body ?? new ReadableStream({ start: (c) => c.close() });
  }

  /**
   * The whole body as bytes (single use). With `sha256`, the bytes are verified first and an
   * `ArtifactIntegrityError` (origin `client`) is thrown on mismatch.
   */
  async bytes(options: { sha256?: string | undefined } = {}): Promise<Uint8Array> {
    this.claim();
    const bytes = new Uint8Array(await this.response.arrayBuffer());
    if (options.sha256 !== undefined) await verifyChecksum(bytes, options.sha256);
    return bytes;
  }

  private claim() {
    if (this.used) throw new GovkitError('The download body was already read.');
    this.used = true;
  }
}

/**
 * The filename of a `Content-Disposition` header. Handles `filename="a b.zip"` (quoted, with
 * backslash escapes), `filename=a.zip` (unquoted, as the real lineage download sends it) and
 * `filename*=UTF-8''a%20b.zip`, which wins when present.
 */
export function parseContentDisposition(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      return decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''));
    } catch {
      // A malformed percent-encoding: fall back to the plain parameter below.
    }
  }
  const quoted = /(?:^|;)\s*filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
  if (quoted?.[1] !== undefined) return quoted[1].replace(/\\(.)/g, '$1');
  const bare = /(?:^|;)\s*filename\s*=\s*([^;]+)/i.exec(header);
  const value = bare?.[1]?.trim();
  return value ? value : undefined;
}

/** Lowercase hex SHA-256 of some bytes, via Web Crypto (Node 20+ and browsers alike). */
export async function sha256Hex(data: Uint8Array | ArrayBuffer): Promise<string> {
  const view = data instanceof Uint8Array ? data : new Uint8Array(data);
  const digest = await crypto.subtle.digest('SHA-256', view as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Check bytes against an expected SHA-256 (hex, any case, optionally prefixed `sha256:`).
 * Resolves with the observed digest; throws `ArtifactIntegrityError` (origin `client`) on mismatch.
 */
export async function verifyChecksum(
  data: Uint8Array | ArrayBuffer,
  expected: string,
): Promise<string> {
  const normalized = expected
    .trim()
    .toLowerCase()
    .replace(/^sha-?256:/, '');
  const observed = await sha256Hex(data);
  if (observed !== normalized) throw ArtifactIntegrityError.checksumMismatch(normalized, observed);
  return observed;
}

/** Options of {@link gunzip}. */
export interface GunzipOptions {
  /** Largest decompressed size accepted, in bytes (default 64 MiB). */
  maxBytes?: number | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Decompress gzip data with `DecompressionStream`, counting bytes as they stream out and failing
 * with {@link DecompressionLimitError} as soon as the cap is passed: a small hostile gzip (a
 * "zip bomb") never gets to allocate its full size.
 */
export async function gunzip(
  input: Uint8Array | ArrayBuffer | ReadableStream<Uint8Array>,
  options: GunzipOptions = {},
): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? DEFAULT_DECOMPRESSED_LIMIT_BYTES;
  const source =
    input instanceof ReadableStream
      ? input
      : new Blob([
          input instanceof Uint8Array ? (input as Uint8Array<ArrayBuffer>) : input,
        ]).stream();
  const reader = source
    .pipeThrough(new DecompressionStream('gzip') as ReadableWritablePair<Uint8Array, Uint8Array>)
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const onAbort = () => void reader.cancel(options.signal?.reason).catch(() => undefined);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      // A cancel on abort ends the stream early; never mistake that for the end of the data.
      if (options.signal?.aborted) throw abortErrorFrom(options.signal);
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new DecompressionLimitError(maxBytes);
      }
      chunks.push(value);
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** {@link gunzip} then UTF-8 decode and `JSON.parse` (the lineage raw-inputs bundle). */
export async function gunzipJson(
  input: Uint8Array | ArrayBuffer | ReadableStream<Uint8Array>,
  options: GunzipOptions = {},
): Promise<unknown> {
  return JSON.parse(new TextDecoder().decode(await gunzip(input, options))) as unknown;
}
