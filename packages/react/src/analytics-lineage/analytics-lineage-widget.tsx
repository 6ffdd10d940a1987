import { useId } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { ErrorState } from '../shared/error-state';
import { Skeleton } from '../shared/skeleton';
import type { AnalyticsLineageMessages } from './analytics-lineage-messages';
import {
  AnalyticsLineageHeading,
  AnalyticsLineageRoot,
  AnalyticsLineageSide,
} from './analytics-lineage-parts';
import {
  type AnalyticsLineageSide as Side,
  type UseAnalyticsLineageOptions,
  useAnalyticsLineage,
} from './use-analytics-lineage';

export interface AnalyticsLineageWidgetProps extends UseAnalyticsLineageOptions {
  /** Shows a retry action in the error state. */
  onRetry?: (() => void) | undefined;
  /** Heading level of the title (each side's heading is one below). Default 3. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string | undefined;
}

function SideView({
  side,
  level,
  messages,
}: {
  side: Side;
  level: 3 | 4 | 5 | 6 | 7;
  messages: AnalyticsLineageMessages;
}) {
  const titleId = useId();
  return (
    <AnalyticsLineageSide
      side={side.id}
      titleId={titleId}
      empty={side.count === 0}
      className="govkit-analytics-lineage__side"
    >
      <AnalyticsLineageHeading
        level={level}
        id={titleId}
        className="govkit-analytics-lineage__side-title"
      >
        {side.title}
      </AnalyticsLineageHeading>
      {side.count === 0 ? (
        <p className="govkit-analytics-lineage__empty">{messages.emptySide}</p>
      ) : (
        <>
          <p className="govkit-analytics-lineage__totals">{side.totals}</p>
          <ol className="govkit-analytics-lineage__items">
            {side.items.map((item) => (
              <li
                key={item.key}
                className="govkit-analytics-lineage__item"
                data-net={item.net > 0 ? 'positive' : item.net < 0 ? 'negative' : 'zero'}
              >
                <span className="govkit-analytics-lineage__label">{item.label}</span>
                {item.detail ? (
                  <span className="govkit-analytics-lineage__detail">{item.detail}</span>
                ) : null}
                {/* The numbers are in the text next to it; the bar only draws them. */}
                <span className="govkit-analytics-lineage__track" aria-hidden="true">
                  <span
                    className="govkit-analytics-lineage__bar"
                    style={{ inlineSize: `${item.barPercent}%` }}
                  >
                    <span
                      className="govkit-analytics-lineage__bar-reversed"
                      style={{ inlineSize: `${item.reversedPercent}%` }}
                    />
                  </span>
                </span>
                <span className="govkit-analytics-lineage__counts">
                  {formatMessage(messages.itemCounts, {
                    executed: item.executedText,
                    reversed: item.reversedText,
                  })}
                </span>
                <span className="govkit-analytics-lineage__net">
                  {formatMessage(messages.netImpact, { net: item.netText })}
                </span>
              </li>
            ))}
          </ol>
          {side.count > side.items.length ? (
            <p className="govkit-analytics-lineage__more">
              {formatMessage(messages.moreItems, { shown: side.items.length, count: side.count })}
            </p>
          ) : null}
        </>
      )}
    </AnalyticsLineageSide>
  );
}

/**
 * Override activity by provenance (seed 000): executed, reversed and net override counts per
 * scenario and per notebook entry, the top items with proportional bars (the reversed share
 * drawn inside), "No lineage activity captured." for an empty side, and nothing at all when both
 * sides are empty. Presentational: pass `summary` (the analytics report's `lineage_summary`) or
 * an analytics entry's `detail`; {@link ConnectedAnalyticsLineageWidget} fetches the report.
 */
export function AnalyticsLineageWidget({
  onRetry,
  headingLevel = 3,
  className,
  ...options
}: AnalyticsLineageWidgetProps) {
  const model = useAnalyticsLineage(options);
  const titleId = useId();
  const { state, messages } = model;
  if (state === 'none') return null;
  const sideLevel = (headingLevel + 1) as 3 | 4 | 5 | 6 | 7;
  return (
    <AnalyticsLineageRoot
      state={state}
      titleId={titleId}
      className={
        className
          ? `govkit-widget govkit-panel govkit-analytics-lineage ${className}`
          : 'govkit-widget govkit-panel govkit-analytics-lineage'
      }
    >
      <AnalyticsLineageHeading
        level={headingLevel}
        id={titleId}
        className="govkit-analytics-lineage__title"
      >
        {messages.title}
      </AnalyticsLineageHeading>
      {state === 'error' ? (
        <ErrorState error={options.error} onRetry={onRetry} />
      ) : state === 'loading' ? (
        <>
          <span className="govkit-visually-hidden" role="status">
            {messages.loading}
          </span>
          <div className="govkit-analytics-lineage__sides">
            {[messages.scenarios, messages.notebooks].map((title) => (
              <div key={title} className="govkit-analytics-lineage__side">
                <p className="govkit-analytics-lineage__side-title">{title}</p>
                <Skeleton width="14em" />
                {[0, 1, 2].map((row) => (
                  <Skeleton key={row} shape="block" height="2.6rem" />
                ))}
              </div>
            ))}
          </div>
        </>
      ) : (
        <div className="govkit-analytics-lineage__sides">
          {model.sides.map((side) => (
            <SideView key={side.id} side={side} level={sideLevel} messages={messages} />
          ))}
        </div>
      )}
    </AnalyticsLineageRoot>
  );
}
