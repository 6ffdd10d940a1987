import { EngineError } from '../shared/engine-error';

/**
 * A position in a task's decision trace. The trace is ordered newest first: time desc, then id
 * desc, then audits before events (audit and event ids are separate sequences, so the kind breaks
 * the last tie and the order is total).
 */
export interface TracePosition {
  /** Epoch ms (fractional) of the item's timestamp; `-Infinity` when unparsable (sorts last). */
  ts: number;
  /** Numeric `audit_id` or `event_id`. */
  id: number;
  kind: 'audit' | 'event';
}

/** Negative when `a` comes before `b` in the trace (newest first), 0 when equal. */
export function compareTracePositions(a: TracePosition, b: TracePosition): number {
  if (a.ts !== b.ts) return a.ts > b.ts ? -1 : 1;
  if (a.id !== b.id) return b.id - a.id;
  if (a.kind === b.kind) return 0;
  return a.kind === 'audit' ? -1 : 1;
}

interface CursorPayload {
  v: 1;
  t: string;
  s: number | null;
  i: number;
  k: 'a' | 'e';
}

/**
 * An opaque cursor for "the items after this position". It is keyset-based (the position, not an
 * offset), so items appended between two page requests never cause duplicates or gaps among the
 * items that were already there. It names its task, so it cannot be replayed against another.
 */
export function encodeTraceCursor(taskId: string, position: TracePosition): string {
  const payload: CursorPayload = {
    v: 1,
    t: taskId,
    // JSON has no -Infinity.
    s: Number.isFinite(position.ts) ? position.ts : null,
    i: position.id,
    k: position.kind === 'audit' ? 'a' : 'e',
  };
  return toBase64Url(JSON.stringify(payload));
}

/**
 * Reads a cursor made by {@link encodeTraceCursor} for this task. Anything else (garbage, another
 * task's cursor, the original system's `<ts>_<id>` form) is a 400 `Invalid cursor`: the original
 * system silently restarted from the first page, which made paginators loop.
 */
export function decodeTraceCursor(taskId: string, cursor: string): TracePosition {
  const payload = readPayload(cursor);
  if (!payload || payload.t !== taskId) {
    throw EngineError.badRequest('Invalid cursor', { code: 'invalid_cursor' });
  }
  return {
    ts: payload.s ?? Number.NEGATIVE_INFINITY,
    id: payload.i,
    kind: payload.k === 'a' ? 'audit' : 'event',
  };
}

function readPayload(cursor: string): CursorPayload | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromBase64Url(cursor));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { v, t, s, i, k } = parsed as Record<string, unknown>;
  const validTs = s === null || (typeof s === 'number' && Number.isFinite(s));
  if (v !== 1 || typeof t !== 'string' || !validTs) return null;
  if (typeof i !== 'number' || !Number.isSafeInteger(i) || (k !== 'a' && k !== 'e')) return null;
  return { v, t, s: s as number | null, i, k };
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) throw new SyntaxError('Not base64url');
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
