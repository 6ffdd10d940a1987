import { type ReactNode, useId } from 'react';
import { useControllableState } from '../internal/use-controllable-state';

export interface ChartOrTableProps {
  title: ReactNode;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  /** The one number people read first (a mean, a total), under the title. */
  headline?: ReactNode;
  /** Drawn picture; hidden from assistive technology, which always gets the table. */
  chart: ReactNode;
  table: ReactNode;
  /** Shown instead of chart and table when there is nothing to draw. */
  empty?: ReactNode;
  /** Label of the toggle button (`Show as table`); it is a pressed/unpressed button. */
  toggleLabel: string;
  showTable?: boolean | undefined;
  defaultShowTable?: boolean | undefined;
  onShowTableChange?: ((showTable: boolean) => void) | undefined;
  className?: string | undefined;
  /** Attributes for the card's root (`data-chart="sla"`). */
  id?: string | undefined;
  [dataAttribute: `data-${string}`]: string | undefined;
}

/**
 * A titled chart with its table alternative. The table is always in the document: visually
 * hidden while the chart shows, so screen readers read numbers, not a drawing; the toggle shows
 * it to everyone (`aria-pressed`, controllable).
 */
export function ChartOrTable({
  title,
  headingLevel,
  headline,
  chart,
  table,
  empty,
  toggleLabel,
  showTable: showTableProp,
  defaultShowTable = false,
  onShowTableChange,
  className,
  ...attributes
}: ChartOrTableProps) {
  const titleId = useId();
  const tableId = useId();
  const [showTable, setShowTable] = useControllableState({
    prop: showTableProp,
    defaultProp: defaultShowTable,
    onChange: onShowTableChange,
    caller: 'ChartOrTable',
  });
  const Heading = `h${headingLevel}` as const;
  return (
    <section
      {...attributes}
      className={className}
      aria-labelledby={titleId}
      data-view={empty ? 'empty' : showTable ? 'table' : 'chart'}
    >
      <Heading id={titleId} data-part="title">
        {title}
      </Heading>
      {headline ? <p data-part="headline">{headline}</p> : null}
      {empty ?? (
        <>
          {showTable ? null : <div data-part="chart">{chart}</div>}
          <div
            id={tableId}
            data-part="table"
            className={showTable ? undefined : 'govkit-visually-hidden'}
          >
            {table}
          </div>
          <button
            type="button"
            data-part="toggle"
            aria-controls={tableId}
            aria-pressed={showTable}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {toggleLabel}
          </button>
        </>
      )}
    </section>
  );
}
