/**
 * Timestamps in seed 002 come in two formats that must sort together: supervisor audits use ISO
 * (`2024-01-28T10:30:00.123456+00:00`), task events use SQLite's `CURRENT_TIMESTAMP`
 * (`2024-01-28 10:30:00`, UTC, no zone). Compared as strings, every audit of a day sorts ahead of
 * every event of that day; parsed, they interleave by real time.
 */

// date, optional time (T or space), optional fraction of any length, optional zone.
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * Parses an ISO-8601 or SQLite timestamp to epoch milliseconds. Sub-millisecond digits are kept
 * as a fraction, so two audits in the same millisecond still order by time. A missing zone means
 * UTC (SQLite's convention; `Date.parse` would read it as local time). Returns `NaN` when the text
 * is not a timestamp or names an impossible date.
 */
export function parseReplayTimestamp(value: string): number {
  const match = TIMESTAMP.exec(value.trim());
  if (!match) return Number.NaN;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) {
    return Number.NaN;
  }
  const base = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 2024-02-31 over into March; a real timestamp never does.
  if (new Date(base).getUTCDate() !== day && second < 60) return Number.NaN;
  const fractionMs = fraction ? Number(`0.${fraction}`) * 1000 : 0;
  return base + fractionMs - zoneOffsetMs(zone);
}

function zoneOffsetMs(zone: string | undefined): number {
  if (!zone || zone === 'Z' || zone === 'z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  return sign * (hours * 60 + minutes) * 60_000;
}

const SQLITE_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)$/;

/**
 * A stored timestamp as govkit sends it: SQLite's zone-less `YYYY-MM-DD HH:MM:SS` becomes ISO
 * UTC (`YYYY-MM-DDTHH:MM:SSZ`), keeping its digits; anything else is returned as stored, so
 * microseconds and offsets written by the supervisor survive unchanged.
 */
export function formatReplayTimestamp(value: string): string {
  const match = SQLITE_TIMESTAMP.exec(value);
  return match ? `${match[1]}T${match[2]}Z` : value;
}
