import { EngineError } from '../shared/engine-error';

/** The 400 detail for a cursor the engine did not issue (or that was tampered with). */
export const LINEAGE_INVALID_CURSOR_DETAIL = 'Invalid cursor';

const PREFIX = 'v1.';

/**
 * An opaque page cursor: the sort key of the last item served (keyset paging, so rows inserted or
 * deleted between pages cause neither duplicates nor gaps), as base64url JSON behind a version tag.
 * Clients must treat it as an opaque string.
 */
export function encodeLineageCursor(parts: ReadonlyArray<string | number>): string {
  const bytes = new TextEncoder().encode(JSON.stringify(parts));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return PREFIX + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The parts of a cursor made by {@link encodeLineageCursor}, checked against the expected kinds.
 *
 * @throws EngineError 400 `Invalid cursor` for anything else.
 */
export function decodeLineageCursor<const TKinds extends ReadonlyArray<'string' | 'number'>>(
  cursor: string,
  kinds: TKinds,
): { [K in keyof TKinds]: TKinds[K] extends 'number' ? number : string } {
  const invalid = () => EngineError.badRequest(LINEAGE_INVALID_CURSOR_DETAIL);
  if (!cursor.startsWith(PREFIX)) throw invalid();
  let parts: unknown;
  try {
    const base64 = cursor.slice(PREFIX.length).replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64);
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    parts = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parts) || parts.length !== kinds.length) throw invalid();
  parts.forEach((part, i) => {
    if (typeof part !== kinds[i]) throw invalid();
    if (typeof part === 'number' && !Number.isSafeInteger(part)) throw invalid();
  });
  return parts as { [K in keyof TKinds]: TKinds[K] extends 'number' ? number : string };
}
