import { type Column, cellText } from './column';
import type { Colors } from './output-context';

const DEFAULT_WIDTH = 16;
const GAP = '  ';

/**
 * A streaming table: widths are fixed from the column definitions (a table library would need
 * every row first, which a 100,000-item trace must not have to hold), so the header goes out
 * once and each row is printed as it arrives.
 */
export class TableLayout<T> {
  private readonly columns: readonly Column<T>[];
  private readonly widths: number[];
  private readonly colors: Colors;

  constructor(columns: readonly Column<T>[], colors: Colors) {
    this.columns = columns;
    this.colors = colors;
    this.widths = columns.map((column) =>
      Math.max(column.header.length, column.width ?? DEFAULT_WIDTH),
    );
  }

  header(): string {
    const cells = this.columns.map((column, i) => this.fit(column.header, i));
    return `${this.colors.bold(cells.join(GAP).trimEnd())}\n`;
  }

  row(row: T): string {
    const cells = this.columns.map((column, i) => {
      const text = this.fit(cellText(column.value(row)).replace(/\s+/g, ' '), i);
      return column.paint ? column.paint(text, this.colors) : text;
    });
    return `${cells.join(GAP).trimEnd()}\n`;
  }

  private fit(text: string, index: number): string {
    if (index === this.columns.length - 1) return text;
    const width = this.widths[index] ?? DEFAULT_WIDTH;
    const chars = Array.from(text);
    if (chars.length > width) return `${chars.slice(0, width - 1).join('')}…`;
    return text + ' '.repeat(width - chars.length);
  }
}

/** A two-column key/value table of one object's top-level fields. */
export function keyValueTable(record: Record<string, unknown>, colors: Colors): string {
  const keys = Object.keys(record);
  const width = Math.max(0, ...keys.map((key) => key.length));
  return keys
    .map((key) => `${colors.bold(key.padEnd(width))}  ${cellText(record[key])}\n`)
    .join('');
}
