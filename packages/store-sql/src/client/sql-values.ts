/**
 * ISO-8601 (UTC, milliseconds) of a timestamp as a driver returns it: both drivers give `Date`
 * for `timestamptz`; a string is accepted for drivers configured to keep text.
 */
export function isoOf(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return new Date(value).toISOString();
  throw new TypeError(`Expected a timestamp, got ${String(value)}`);
}

/** Like {@link isoOf}, keeping SQL NULL as null. */
export function isoOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : isoOf(value);
}

/** A `bytea` as a plain Uint8Array (pg gives a Buffer, PGlite a Uint8Array). */
export function bytesOf(value: unknown): Uint8Array | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Uint8Array)
    return new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice();
  throw new TypeError('Expected bytea');
}

/** Epoch ms → a `timestamptz` parameter both drivers accept. */
export function timestampParam(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
