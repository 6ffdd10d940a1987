import { timestampMs } from '@govkit/sdk';

/**
 * A server timestamp (ISO-8601, or SQLite's zone-less form, which is UTC: the sdk's
 * `timestampMs` reads both) as a Date; invalid → null.
 */
export function parseTimestamp(value: Date | string | number): Date | null {
  const date = new Date(typeof value === 'string' ? timestampMs(value) : value);
  return Number.isNaN(date.getTime()) ? null : date;
}
