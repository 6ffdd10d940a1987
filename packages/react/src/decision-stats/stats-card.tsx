import type { ReplayWindow } from '@govkit/sdk';
import { type ReactNode, useId, useState } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { EmptyState } from '../shared/empty-state';
import { ErrorState } from '../shared/error-state';
import { Skeleton } from '../shared/skeleton';
import { type GovkitFormat, useFormat } from '../shared/use-format';
import { WidgetRegion } from '../shared/widget-parts';
import type { DecisionStatsMessages } from './decision-stats-messages';
import { StatsWindowSelector } from './stats-window-selector';
import { type UseStatsWindowOptions, useStatsWindow } from './use-stats-window';

/** The props every stats card takes: its data, the fetch state and the window. */
export interface StatsCardProps<Data> extends UseStatsWindowOptions {
  /** The stats once loaded; without them (and without an error) the card is loading. */
  data?: Data | undefined;
  error?: unknown;
  /** True while `data` belongs to another window than the chosen one. */
  stale?: boolean | undefined;
  onRetry?: (() => void) | undefined;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string | undefined;
}

type MessageKey = keyof DecisionStatsMessages;

/** What the stats card formats with: the messages and the shared Intl formatters. */
export interface StatsTools {
  messages: DecisionStatsMessages;
  format: GovkitFormat;
}

/**
 * What makes one stats card what it is: which endpoint's data it reads (`Data`), the rows it
 * derives from it (`Row`), and how those rows become the chart and the table alternative. The
 * three public cards are each one of these, so the frame, the states and the chart/table pair
 * exist once.
 */
export interface StatsCardKind<Data, Row> {
  /** `data-kind` on the region. */
  kind: 'blocked-reasons' | 'decision-types' | 'decision-lag';
  title: MessageKey;
  emptyTitle: MessageKey;
  /** The endpoint's own default window. */
  fallbackWindow: ReplayWindow;
  /** The public component's name, for controlled/uncontrolled warnings. */
  caller: string;
  isEmpty: (data: Data) => boolean;
  rows: (data: Data, tools: StatsTools) => Row[];
  /** A one-line summary under the title (a total, the sample count). */
  summary?: ((data: Data | undefined, tools: StatsTools) => ReactNode) | undefined;
  chart: (rows: Row[], tools: StatsTools) => ReactNode;
  /** The table's column headers (the first one heads the row headers). */
  columns: readonly MessageKey[];
  /** A row's key, its row header and its other cells, in `columns` order. */
  cells: (row: Row, tools: StatsTools) => [key: string, header: ReactNode, ...cells: ReactNode[]];
}

/**
 * One stats card, parametrised by its {@link StatsCardKind}: title, window selector, the
 * loading / empty / error states, and the chart with the same numbers as a table, visually
 * hidden until "Show as table" is pressed.
 */
export function StatsCard<Data, Row>({
  of: kind,
  data,
  error,
  stale,
  onRetry,
  headingLevel = 2,
  className,
  ...options
}: StatsCardProps<Data> & { of: StatsCardKind<Data, Row> }) {
  const format = useFormat();
  const { messages, window, setWindow, windowLabels, state } = useStatsWindow({
    ...options,
    data,
    error,
    isEmpty: kind.isEmpty,
    fallbackWindow: kind.fallbackWindow,
    caller: kind.caller,
  });
  const titleId = useId();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const tools = { messages, format };
  const title = messages[kind.title];
  const rows = data === undefined ? [] : kind.rows(data, tools);
  const summary = kind.summary?.(data, tools);
  const Heading = `h${headingLevel}` as const;
  return (
    <WidgetRegion
      className={['govkit-widget govkit-panel govkit-decision-stats', className]
        .filter(Boolean)
        .join(' ')}
      state={state}
      titleId={titleId}
      data-kind={kind.kind}
      data-window={window}
      data-stale={stale || undefined}
      aria-busy={state === 'loading' || stale || undefined}
    >
      <header className="govkit-decision-stats__header">
        <Heading id={titleId} className="govkit-decision-stats__title">
          {title}
        </Heading>
        <StatsWindowSelector
          value={window}
          onChange={setWindow}
          label={messages.window}
          labels={windowLabels}
        />
      </header>
      {state === 'error' ? <ErrorState error={error} onRetry={onRetry} /> : null}
      {state === 'loading' ? (
        <div className="govkit-decision-stats__body">
          <span className="govkit-visually-hidden" role="status">
            {messages.loading}
          </span>
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} width={`${90 - row * 25}%`} />
          ))}
        </div>
      ) : null}
      {state === 'empty' ? (
        <EmptyState
          title={messages[kind.emptyTitle]}
          description={formatMessage(messages.emptyDescription, { window: windowLabels[window] })}
        />
      ) : null}
      {state === 'ready' ? (
        <div className="govkit-decision-stats__body">
          {summary ? <p className="govkit-decision-stats__summary">{summary}</p> : null}
          {showTable ? null : kind.chart(rows, tools)}
          <div
            id={tableId}
            className={showTable ? 'govkit-decision-stats__table' : 'govkit-visually-hidden'}
          >
            <table>
              <caption className="govkit-visually-hidden">{title}</caption>
              <thead>
                <tr>
                  {kind.columns.map((column) => (
                    <th key={column} scope="col">
                      {messages[column]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const [key, header, ...cells] = kind.cells(row, tools);
                  return (
                    <tr key={key}>
                      <th scope="row">{header}</th>
                      {cells.map((cell, index) => (
                        // Cells are positional (one per column), never reordered.
                        // biome-ignore lint/suspicious/noArrayIndexKey: see above
                        <td key={index}>{cell}</td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <button
            type="button"
            className="govkit-decision-stats__toggle"
            aria-controls={tableId}
            aria-pressed={showTable}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {messages.showAsTable}
          </button>
        </div>
      ) : null}
    </WidgetRegion>
  );
}
