/**
 * Decision replay timestamps come in two formats that must sort together: supervisor audits use ISO
 * (`2024-01-28T10:30:00.123456+00:00`), task events use SQLite's `CURRENT_TIMESTAMP`
 * (`2024-01-28 10:30:00`, UTC, no zone). Compared as strings, every audit of a day sorts ahead of
 * every event of that day; parsed, they interleave by real time.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Reads `count` ASCII digits at `at`; -1 when any is missing or not a digit.
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const code = text.charCodeAt(i) - 48;
    if (!(code >= 0 && code <= 9)) return -1;
    value = value * 10 + code;
  }
  return value;
}

/**
 * Parses an ISO-8601 or SQLite timestamp to epoch milliseconds: `YYYY-MM-DD`, then optionally
 * `T` or a space, `HH:MM`, `:SS`, a fraction of any length (`.` or `,`), and a zone (`Z`, `±HH`,
 * `±HHMM`, `±HH:MM`). Sub-millisecond digits are kept as a fraction, so two audits in the same
 * millisecond still order by time. A missing zone means UTC (SQLite's convention; `Date.parse`
 * would read it as local time). Returns `NaN` when the text is not such a timestamp or names an
 * impossible date.
 *
 * Hand-rolled rather than a regex: the stats index parses three timestamps per decision, and a
 * million decisions must index in seconds, without a match array per call.
 */
export function parseReplayTimestamp(value: string): number {
  const text =
    value.length > 0 && (value.charCodeAt(0) <= 32 || value.charCodeAt(value.length - 1) <= 32)
      ? value.trim()
      : value;
  const length = text.length;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || text[4] !== '-' || text[7] !== '-') {
    return Number.NaN;
  }
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number))) return Number.NaN;
  let at = 10;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let fractionMs = 0;
  const separator = text[at];
  if (separator === 'T' || separator === 't' || separator === ' ') {
    hour = digitsAt(text, at + 1, 2);
    minute = digitsAt(text, at + 4, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || text[at + 3] !== ':')
      return Number.NaN;
    at += 6;
    if (text[at] === ':') {
      second = digitsAt(text, at + 1, 2);
      if (second < 0 || second > 60) return Number.NaN;
      at += 3;
      if (text[at] === '.' || text[at] === ',') {
        at += 1;
        let fraction = 0;
        let scale = 1;
        const first = at;
        for (; at < length; at++) {
          const code = text.charCodeAt(at) - 48;
          if (!(code >= 0 && code <= 9)) break;
          // Beyond nanoseconds the digits cannot change a double's millisecond value.
          if (at - first < 9) {
            fraction = fraction * 10 + code;
            scale *= 10;
          }
        }
        if (at === first) return Number.NaN;
        fractionMs = (fraction / scale) * 1000;
      }
    }
  }
  while (at < length && text.charCodeAt(at) === 32) at++;
  let offsetMinutes = 0;
  const zone = text[at];
  if (zone === 'Z' || zone === 'z') {
    at += 1;
  } else if (zone === '+' || zone === '-') {
    const hours = digitsAt(text, at + 1, 2);
    if (hours < 0) return Number.NaN;
    at += 3;
    if (text[at] === ':') at += 1;
    let minutes = 0;
    if (at < length) {
      minutes = digitsAt(text, at, 2);
      if (minutes < 0) return Number.NaN;
      at += 2;
    }
    offsetMinutes = (zone === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  if (at !== length) return Number.NaN;
  const base = Date.UTC(year, month - 1, day, hour, minute, second);
  return base + fractionMs - offsetMinutes * 60_000;
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
