import type { AnalyticsTable as AnalyticsTableModel } from './use-governance-analytics-panel';

/** The numbers of one chart as a table; the first cell of each row is its header. */
export function AnalyticsTable({
  table,
  caption,
  shown,
}: {
  table: AnalyticsTableModel;
  caption: string;
  /** Shown to everyone: it may scroll sideways, so it takes focus for keyboard scrolling. */
  shown: boolean;
}) {
  return (
    <div
      className="govkit-analytics-table"
      data-shown={shown || undefined}
      {...(shown ? { tabIndex: 0, role: 'group', 'aria-label': caption } : {})}
    >
      <table>
        <caption className="govkit-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional columns.
                  <th key={index} scope="row">
                    {cell}
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional columns.
                  <td key={index}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
