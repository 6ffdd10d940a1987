import type { Column } from './column';
import { csvRow } from './csv-cell';
import type { OutputContext } from './output-context';
import { keyValueTable, TableLayout } from './table-layout';
import { writeText } from './write-text';

/**
 * Print records as they arrive, in the context's format: a table or CSV (the given columns), a
 * JSON array or NDJSON (the whole records). Only one record is held at a time, so iterating a
 * paged API through here streams it end to end. Resolves with the number of records printed.
 */
export async function writeRecords<T>(
  records: AsyncIterable<T> | Iterable<T>,
  columns: readonly Column<T>[],
  out: OutputContext,
): Promise<number> {
  const { stdout } = out;
  const table = out.format === 'table' ? new TableLayout(columns, out.colors) : undefined;
  let count = 0;
  if (out.format === 'csv') await writeText(stdout, csvRow(columns.map((c) => c.header)));
  if (table) await writeText(stdout, table.header());
  if (out.format === 'json') await writeText(stdout, '[');
  for await (const record of records) {
    switch (out.format) {
      case 'json':
        await writeText(stdout, `${count === 0 ? '\n' : ',\n'}  ${JSON.stringify(record)}`);
        break;
      case 'ndjson':
        await writeText(stdout, `${JSON.stringify(record)}\n`);
        break;
      case 'csv':
        await writeText(stdout, csvRow(columns.map((column) => column.value(record))));
        break;
      default:
        await writeText(stdout, (table as TableLayout<T>).row(record));
    }
    count += 1;
  }
  if (out.format === 'json') await writeText(stdout, count === 0 ? ']\n' : '\n]\n');
  if (table && count === 0) await writeText(stdout, `${out.colors.dim('(no rows)')}\n`);
  return count;
}

/**
 * Print every item of a paged API call ({@link writeRecords} over the client's page iterator).
 * The first page is awaited before anything is printed, so an unknown id fails with an empty
 * stdout instead of a header followed by an error.
 */
export async function writePages<T>(
  pages: PromiseLike<unknown> & AsyncIterable<T>,
  columns: readonly Column<T>[],
  out: OutputContext,
): Promise<number> {
  await pages;
  return writeRecords(pages, columns, out);
}

/**
 * Print one object: pretty JSON, one NDJSON line, a CSV header and row of its top-level fields,
 * or a key/value table.
 */
export async function writeObject(record: object, out: OutputContext): Promise<void> {
  const fields = record as Record<string, unknown>;
  switch (out.format) {
    case 'json':
      return writeText(out.stdout, `${JSON.stringify(record, null, 2)}\n`);
    case 'ndjson':
      return writeText(out.stdout, `${JSON.stringify(record)}\n`);
    case 'csv':
      return writeText(out.stdout, csvRow(Object.keys(fields)) + csvRow(Object.values(fields)));
    default:
      return writeText(out.stdout, keyValueTable(fields, out.colors));
  }
}
