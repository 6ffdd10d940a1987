import type { ReplayWindow } from '@govkit/sdk';
import { type ReactNode, useId, useState } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { EmptyState } from '../shared/empty-state';
import { ErrorState } from '../shared/error-state';
import { Skeleton } from '../shared/skeleton';
import type { DecisionStatsMessages } from './decision-stats-messages';
import { StatsWindowSelector } from './stats-window-selector';
import type { DecisionStatsState } from './use-stats-window';

export interface StatsFrameProps {
  kind: 'blocked-reasons' | 'decision-types' | 'decision-lag';
  title: string;
  state: DecisionStatsState;
  /** Data of another window is still shown while the chosen one loads. */
  stale?: boolean | undefined;
  window: ReplayWindow;
  onWindowChange: (window: ReplayWindow) => void;
  windowLabels: Record<ReplayWindow, string>;
  messages: DecisionStatsMessages;
  emptyTitle: string;
  error: unknown;
  onRetry?: (() => void) | undefined;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  className?: string | undefined;
  /** A one-line summary under the title (a total, the sample count). */
  summary?: ReactNode;
  chart: ReactNode;
  /** The same numbers as a table: visually hidden until "Show as table" is pressed. */
  table: ReactNode;
}

/** Title, window selector, states and the chart/table pair every stats widget shares. */
export function StatsFrame({
  kind,
  title,
  state,
  stale,
  window,
  onWindowChange,
  windowLabels,
  messages,
  emptyTitle,
  error,
  onRetry,
  headingLevel,
  className,
  summary,
  chart,
  table,
}: StatsFrameProps) {
  const titleId = useId();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const Heading = `h${headingLevel}` as const;
  const classes = ['govkit-widget', 'govkit-decision-stats', className].filter(Boolean).join(' ');
  return (
    <section
      className={classes}
      data-kind={kind}
      data-state={state}
      data-window={window}
      data-stale={stale || undefined}
      aria-labelledby={titleId}
      aria-busy={state === 'loading' || stale || undefined}
    >
      <header className="govkit-decision-stats__header">
        <Heading id={titleId} className="govkit-decision-stats__title">
          {title}
        </Heading>
        <StatsWindowSelector
          value={window}
          onChange={onWindowChange}
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
          title={emptyTitle}
          description={formatMessage(messages.emptyDescription, { window: windowLabels[window] })}
        />
      ) : null}
      {state === 'ready' ? (
        <div className="govkit-decision-stats__body">
          {summary ? <p className="govkit-decision-stats__summary">{summary}</p> : null}
          {showTable ? null : chart}
          <div
            id={tableId}
            className={showTable ? 'govkit-decision-stats__table' : 'govkit-visually-hidden'}
          >
            {table}
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
    </section>
  );
}
