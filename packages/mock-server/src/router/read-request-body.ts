/** The default request-body cap: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** A body read under a size cap. */
export type BodyReadResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'too_large'; limit: number }
  | { ok: false; reason: 'invalid_utf8' };

/**
 * Read a request body as UTF-8 text, refusing anything over `limit` bytes. A declared
 * `Content-Length` over the cap is refused before reading; a chunked body is counted as it streams
 * and the stream is cancelled at the first byte over, so an oversized upload never sits in memory.
 */
export async function readRequestBody(request: Request, limit: number): Promise<BodyReadResult> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit)
    return { ok: false, reason: 'too_large', limit };
  if (!request.body) return { ok: true, text: '' };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: 'too_large', limit };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'invalid_utf8' };
  }
}
