import type { DecisionTraceRow } from './decision-trace-row';

/** The export formats of the decision trace. */
export type TraceExportFormat = 'csv' | 'json';

const CSV_COLUMNS = [
  'ts',
  'kind',
  'event_type',
  'decision',
  'reason',
  'decision_id',
  'id',
  'payload',
] as const;

// A cell starting with one of these is run as a formula by spreadsheet apps (CSV injection,
// OWASP): `=HYPERLINK(…)` from an API string must stay text. A leading apostrophe makes Excel,
// LibreOffice and Sheets treat it as text and is hidden in the cell.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: formula-neutralised, quoted when it holds a separator, quote or line break. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(row: DecisionTraceRow): string {
  const values: Record<(typeof CSV_COLUMNS)[number], string | null> = {
    ts: row.ts,
    kind: row.kind,
    event_type: row.eventType,
    decision: row.decision,
    reason: row.reason,
    decision_id: row.decisionId,
    id: row.id,
    payload: row.payload === null || row.payload === undefined ? null : JSON.stringify(row.payload),
  };
  return CSV_COLUMNS.map((column) => csvField(values[column])).join(',');
}

/** The rows as CSV (RFC 4180, CRLF line ends, header line first). */
export function traceToCsv(rows: readonly DecisionTraceRow[]): string {
  return [CSV_COLUMNS.join(','), ...rows.map(csvRow)].join('\r\n').concat('\r\n');
}

/** The rows as a JSON array of the trace items exactly as the API sent them. */
export function traceToJson(rows: readonly DecisionTraceRow[]): string {
  return JSON.stringify(
    rows.map((row) => row.item),
    null,
    2,
  );
}

/** The export's text and MIME type. */
export function serializeTrace(
  rows: readonly DecisionTraceRow[],
  format: TraceExportFormat,
): { text: string; type: string } {
  return format === 'csv'
    ? { text: traceToCsv(rows), type: 'text/csv;charset=utf-8' }
    : { text: traceToJson(rows), type: 'application/json' };
}

/**
 * Save text as a file through a temporary object URL. Only runs on a user's click, never at
 * render, so the widget stays SSR-safe.
 */
export function downloadText(text: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.click();
  // Give the browser the click's tick to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
