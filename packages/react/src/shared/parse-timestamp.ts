// SQLite's `YYYY-MM-DD HH:MM:SS[.fff]`, which real govkit servers send in UTC without saying so
// (contract-decisions.md). `new Date()` would read it as local time.
const SQLITE_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)$/;

/** A server timestamp (ISO-8601 or the SQLite form, which is UTC) as a Date; invalid → null. */
export function parseTimestamp(value: Date | string | number): Date | null {
  const date =
    typeof value === 'string'
      ? new Date(value.replace(SQLITE_TIMESTAMP, '$1T$2Z'))
      : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
