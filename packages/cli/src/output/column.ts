import type { Colors } from './output-context';

/** One column of a table or CSV export. */
export interface Column<T> {
  header: string;
  value: (row: T) => unknown;
  /** Table width in characters (longer cells end in `…`); the last column is never cut. */
  width?: number;
  /** Colour a table cell by its text (only applied when colour is on). */
  paint?: (text: string, colors: Colors) => string;
}

/** Table text of a value: empty for null, JSON for objects. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Colours decision types and statuses the same way in every table. */
export function paintOutcome(text: string, colors: Colors): string {
  const upper = text.toUpperCase();
  if (/BLOCK|REJECT|FAIL|DECLIN|ERROR|EXPIRED/.test(upper)) return colors.red(text);
  if (/PAUSE|RETRY|PENDING|QUEUED|WAIT|RUNNING/.test(upper)) return colors.yellow(text);
  if (/ALLOW|APPROV|SUCCE|READY|PUBLISH|ACCEPT|EXECUT/.test(upper)) return colors.green(text);
  return text;
}
