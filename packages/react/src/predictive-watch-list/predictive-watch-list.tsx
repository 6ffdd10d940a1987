import { useId } from 'react';
import { EmptyState } from '../shared/empty-state';
import { ErrorState } from '../shared/error-state';
import { Skeleton } from '../shared/skeleton';
import {
  PredictiveWatchListField,
  PredictiveWatchListHeading,
  PredictiveWatchListItem,
  PredictiveWatchListPanel,
  PredictiveWatchListRoot,
  PredictiveWatchListTrigger,
} from './predictive-watch-list-parts';
import {
  type UsePredictiveWatchListOptions,
  usePredictiveWatchList,
} from './use-predictive-watch-list';

export interface PredictiveWatchListProps extends UsePredictiveWatchListOptions {
  onRetry?: (() => void) | undefined;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string | undefined;
}

/**
 * "What might shift in the next 30–90 days (optional)": 2–4 industry pressures, each
 * with why it matters, what to watch and its time horizon, and the disclaimer "This is a watch
 * list, not a forecast." Collapsed by default in quiet mode. Presentational: pass the run's
 * `presented_watch_list`, or use {@link ConnectedPredictiveWatchList}.
 */
export function PredictiveWatchList({
  onRetry,
  headingLevel = 2,
  className,
  ...options
}: PredictiveWatchListProps) {
  const model = usePredictiveWatchList(options);
  const titleId = useId();
  const { state, messages } = model;
  const itemLevel = Math.min(headingLevel + 1, 6) as 3 | 4 | 5 | 6;
  return (
    <PredictiveWatchListRoot
      state={state}
      titleId={titleId}
      open={model.open}
      className={
        className
          ? `govkit-widget govkit-panel govkit-predictive-watch-list ${className}`
          : 'govkit-widget govkit-panel govkit-predictive-watch-list'
      }
    >
      <PredictiveWatchListHeading
        level={headingLevel}
        className="govkit-predictive-watch-list__heading"
      >
        <PredictiveWatchListTrigger
          {...model.triggerProps}
          id={titleId}
          className="govkit-predictive-watch-list__trigger"
        >
          <span aria-hidden="true" className="govkit-predictive-watch-list__chevron" />
          {messages.title}
        </PredictiveWatchListTrigger>
      </PredictiveWatchListHeading>
      <PredictiveWatchListPanel
        id={model.panelId}
        open={model.open}
        className="govkit-predictive-watch-list__panel"
      >
        {state === 'error' ? (
          <ErrorState error={options.error} onRetry={onRetry} />
        ) : state === 'empty' ? (
          <EmptyState title={messages.emptyTitle} description={messages.emptyDescription} />
        ) : state === 'loading' ? (
          <>
            <span className="govkit-visually-hidden" role="status">
              {messages.loading}
            </span>
            <ul className="govkit-predictive-watch-list__items">
              {['a', 'b', 'c'].map((key) => (
                <li key={key} className="govkit-predictive-watch-list__item">
                  <Skeleton width="12em" />
                  <Skeleton width="90%" />
                  <Skeleton width="70%" />
                </li>
              ))}
            </ul>
          </>
        ) : (
          <>
            <ul className="govkit-predictive-watch-list__items">
              {model.items.map((item, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a finite list the server orders; topics may repeat.
                <PredictiveWatchListItem key={index} className="govkit-predictive-watch-list__item">
                  {/* A heading per item, so screen-reader users can jump between topics. */}
                  {headingLevel < 6 ? (
                    <PredictiveWatchListHeading
                      level={itemLevel}
                      className="govkit-predictive-watch-list__topic"
                    >
                      {item.topic}
                    </PredictiveWatchListHeading>
                  ) : (
                    <p className="govkit-predictive-watch-list__topic">{item.topic}</p>
                  )}
                  <dl className="govkit-fields govkit-predictive-watch-list__fields">
                    <PredictiveWatchListField field="why-it-matters" label={messages.whyItMatters}>
                      {item.whyItMatters}
                    </PredictiveWatchListField>
                    <PredictiveWatchListField field="what-to-watch" label={messages.whatToWatch}>
                      {item.whatToWatch}
                    </PredictiveWatchListField>
                    <PredictiveWatchListField field="time-horizon" label={messages.timeHorizon}>
                      {item.timeHorizon}
                    </PredictiveWatchListField>
                  </dl>
                </PredictiveWatchListItem>
              ))}
            </ul>
            <p className="govkit-predictive-watch-list__disclaimer">{messages.disclaimer}</p>
          </>
        )}
      </PredictiveWatchListPanel>
    </PredictiveWatchListRoot>
  );
}
