import { EngineError } from '../shared/engine-error';

/** Where a page ends: the last entry's time and id (the sort key). */
export interface TimelineCursorPosition {
  occurred_at: string;
  entry_id: string;
}

/** The 400 detail of a cursor that was not issued by the timeline. */
export const TIMELINE_INVALID_CURSOR_DETAIL = 'Invalid cursor';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string {
  const padded = value
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(value.length / 4) * 4, '=');
  const binary = atob(padded);
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** An opaque cursor: base64url JSON `{occurred_at, entry_id}`, the timeline's wire format. */
export function encodeTimelineCursor(position: TimelineCursorPosition): string {
  return toBase64Url(
    JSON.stringify({ occurred_at: position.occurred_at, entry_id: position.entry_id }),
  );
}

/**
 * Decode a cursor, or refuse with 400 "Invalid cursor". A bad cursor is never ignored
 * (restarting at page one would show a client duplicates).
 */
export function decodeTimelineCursor(cursor: string): TimelineCursorPosition {
  try {
    const value = JSON.parse(fromBase64Url(cursor)) as Record<string, unknown>;
    if (
      typeof value.occurred_at === 'string' &&
      Number.isFinite(Date.parse(value.occurred_at)) &&
      typeof value.entry_id === 'string'
    ) {
      return { occurred_at: value.occurred_at, entry_id: value.entry_id };
    }
  } catch {
    // Falls through to the refusal below.
  }
  throw EngineError.badRequest(TIMELINE_INVALID_CURSOR_DETAIL, { code: 'invalid_cursor' });
}

/** Newest first: `occurred_at` desc, then `entry_id` desc. A total order, so pages never overlap. */
export function compareTimelinePositions(
  a: TimelineCursorPosition,
  b: TimelineCursorPosition,
): number {
  const byTime = Date.parse(b.occurred_at) - Date.parse(a.occurred_at);
  if (byTime !== 0) return byTime;
  return a.entry_id < b.entry_id ? 1 : a.entry_id > b.entry_id ? -1 : 0;
}
