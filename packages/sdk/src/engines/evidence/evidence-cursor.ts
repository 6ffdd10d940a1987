import { EngineError } from '../shared/engine-error';

/**
 * Position after the last item of a page. Items are ordered newest first by (`created_at`, `id`),
 * so the pair is a total order and a page boundary never repeats or skips an item, even when many
 * items share a timestamp (a timestamp alone could not).
 */
export interface EvidenceCursor {
  created_at: string;
  /** Null for a bare-timestamp cursor (an older server's format): strictly older items follow. */
  id: string | null;
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(token: string): string {
  const padded = token.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(binary, (c) => c.charCodeAt(0)),
  );
}

/** An opaque cursor for the item a page ended with. */
export function encodeEvidenceCursor(item: { created_at: string; id: string }): string {
  return toBase64Url(JSON.stringify({ c: item.created_at, i: item.id }));
}

/**
 * Read a cursor: govkit's opaque form or a bare ISO timestamp. Anything else is 400
 * "Invalid cursor".
 */
export function decodeEvidenceCursor(cursor: string): EvidenceCursor {
  if (/^\d{4}-\d{2}-\d{2}[T ]/.test(cursor) && Number.isFinite(Date.parse(cursor))) {
    return { created_at: cursor, id: null };
  }
  try {
    const parsed: unknown = JSON.parse(fromBase64Url(cursor));
    if (parsed && typeof parsed === 'object') {
      const { c, i } = parsed as { c?: unknown; i?: unknown };
      if (typeof c === 'string' && typeof i === 'string' && Number.isFinite(Date.parse(c))) {
        return { created_at: c, id: i };
      }
    }
  } catch {
    // Fall through: malformed base64 or JSON is the same client error as a wrong shape.
  }
  throw EngineError.badRequest('Invalid cursor');
}

/** Newest-first order on (`created_at`, `id`): negative when `a` comes first. */
export function compareEvidenceNewestFirst(
  a: { created_at: string; id: string },
  b: { created_at: string; id: string },
): number {
  const delta = Date.parse(b.created_at) - Date.parse(a.created_at);
  if (delta !== 0) return delta;
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}

/** True when `item` comes strictly after the cursor in newest-first order. */
export function isAfterEvidenceCursor(
  item: { created_at: string; id: string },
  cursor: EvidenceCursor,
): boolean {
  const delta = Date.parse(cursor.created_at) - Date.parse(item.created_at);
  if (delta !== 0) return delta > 0;
  return cursor.id !== null && item.id < cursor.id;
}

/**
 * One page of an already sorted list: `limit` items after the cursor and a `next_cursor` only when
 * more items exist.
 */
export function evidencePageAfter<T extends { created_at: string; id: string }>(
  sorted: T[],
  limit: number,
  cursor: string | undefined,
): { items: T[]; next_cursor: string | null } {
  const position = cursor === undefined ? undefined : decodeEvidenceCursor(cursor);
  const rest = position ? sorted.filter((item) => isAfterEvidenceCursor(item, position)) : sorted;
  const items = rest.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    next_cursor: rest.length > limit && last ? encodeEvidenceCursor(last) : null,
  };
}
