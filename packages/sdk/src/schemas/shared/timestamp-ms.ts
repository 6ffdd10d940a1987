// SQLite's `YYYY-MM-DD HH:MM:SS[.fff]`, which real govkit servers send in UTC without saying so
// (contract-decisions.md); `Date.parse` would read it as local time.
const SQLITE_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)$/;

/**
 * A contract `Timestamp` (ISO-8601, or the SQLite form, which is UTC) in ms since the epoch;
 * `NaN` when it is not a date.
 */
export function timestampMs(value: string): number {
  return Date.parse(value.replace(SQLITE_TIMESTAMP, '$1T$2Z'));
}
