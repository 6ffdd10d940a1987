// Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection");
// tab and carriage return start one too in some of them.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One CSV field (RFC 4180): empty for null/undefined, numbers and booleans as written, objects as
 * compact JSON. A string that a spreadsheet would evaluate (`=`, `+`, `-`, `@`, tab, CR first) is
 * prefixed with `'` so it stays text; a field with a comma, quote, line break or edge whitespace
 * is quoted, its quotes doubled.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'string') {
    text = FORMULA_START.test(value) ? `'${value}` : value;
  } else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    text = String(value);
  } else {
    text = JSON.stringify(value);
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record, CRLF-terminated as RFC 4180 asks. */
export function csvRow(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
