import { useId } from 'react';
import { useControllableState } from '../internal/use-controllable-state';
import { ChartOrTable } from '../shared/chart-or-table';
import { EmptyState } from '../shared/empty-state';
import { ErrorState } from '../shared/error-state';
import { Skeleton } from '../shared/skeleton';
import { AnalyticsColumnChart } from './analytics-column-chart';
import { AnalyticsReviewerBars } from './analytics-reviewer-bars';
import { AnalyticsTable } from './analytics-table';
import {
  ANALYTICS_CHARTS,
  type AnalyticsChartId,
  type AnalyticsTimeChart,
  type UseGovernanceAnalyticsPanelOptions,
  useGovernanceAnalyticsPanel,
} from './use-governance-analytics-panel';

/** Which charts show their table instead (the others show the drawing). */
export type AnalyticsTableViews = Readonly<Partial<Record<AnalyticsChartId, boolean>>>;

export interface GovernanceAnalyticsPanelProps extends UseGovernanceAnalyticsPanelOptions {
  onRetry?: (() => void) | undefined;
  /** Charts shown as tables (controlled). */
  tableViews?: AnalyticsTableViews | undefined;
  defaultTableViews?: AnalyticsTableViews | undefined;
  onTableViewsChange?: ((views: AnalyticsTableViews) => void) | undefined;
  /** Data of an earlier load still shown while a refresh runs (desaturated, `data-stale`). */
  stale?: boolean | undefined;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string | undefined;
}

/**
 * Governance analytics at a glance: SLA accuracy, blocker trend and ladder load per
 * preview summary, and reviewer cadence per reviewer — each a small hand-drawn chart with the
 * same numbers as a table (toggle). Presentational: pass the report, or use
 * {@link ConnectedGovernanceAnalyticsPanel}.
 */
export function GovernanceAnalyticsPanel({
  onRetry,
  tableViews: tableViewsProp,
  defaultTableViews = {},
  onTableViewsChange,
  stale,
  headingLevel = 2,
  className,
  ...options
}: GovernanceAnalyticsPanelProps) {
  const model = useGovernanceAnalyticsPanel(options);
  const { state, messages } = model;
  const titleId = useId();
  const [tableViews, setTableViews] = useControllableState<AnalyticsTableViews>({
    prop: tableViewsProp,
    defaultProp: defaultTableViews,
    onChange: onTableViewsChange,
    caller: 'GovernanceAnalyticsPanel',
  });
  const Heading = `h${headingLevel}` as const;
  const cardLevel = Math.min(6, headingLevel + 1) as 3 | 4 | 5 | 6;
  const classes = ['govkit-widget govkit-panel govkit-governance-analytics', className]
    .filter(Boolean)
    .join(' ');
  const viewProps = (id: AnalyticsChartId) => ({
    'data-chart': id,
    className: 'govkit-governance-analytics__card',
    headingLevel: cardLevel,
    toggleLabel: messages.showAsTable,
    showTable: tableViews[id] ?? false,
    onShowTableChange: (shown: boolean) => setTableViews((views) => ({ ...views, [id]: shown })),
  });
  const timeCard = (chart: AnalyticsTimeChart) => (
    <ChartOrTable
      key={chart.id}
      {...viewProps(chart.id)}
      title={chart.title}
      headline={chart.columns.length > 0 ? chart.headline : undefined}
      chart={<AnalyticsColumnChart chart={chart} />}
      table={
        <AnalyticsTable
          table={chart.table}
          caption={chart.title}
          shown={tableViews[chart.id] ?? false}
        />
      }
      empty={
        chart.columns.length === 0 ? (
          <p className="govkit-governance-analytics__none">{messages.noPreviews}</p>
        ) : undefined
      }
    />
  );

  return (
    <section
      className={classes}
      aria-labelledby={titleId}
      aria-busy={state === 'loading' || stale || undefined}
      data-state={state}
      data-stale={stale || undefined}
    >
      <header className="govkit-governance-analytics__header">
        <Heading id={titleId} className="govkit-governance-analytics__title">
          {messages.title}
        </Heading>
        <p className="govkit-governance-analytics__scope">
          {model.scope}
          {state === 'ready' && model.previewText ? ` · ${model.previewText}` : null}
        </p>
      </header>
      {state === 'forbidden' ? (
        <ErrorState
          error={options.error}
          title={messages.forbiddenTitle}
          detail={messages.forbiddenDetail}
          onRetry={onRetry}
        />
      ) : state === 'not-found' ? (
        <ErrorState error={options.error} title={messages.notFoundTitle} onRetry={onRetry} />
      ) : state === 'error' ? (
        <ErrorState error={options.error} onRetry={onRetry} />
      ) : state === 'empty' ? (
        <EmptyState title={messages.emptyTitle} description={messages.emptyDescription} />
      ) : state === 'loading' ? (
        <div className="govkit-governance-analytics__grid">
          <span className="govkit-visually-hidden" role="status">
            {messages.loading}
          </span>
          {ANALYTICS_CHARTS.map((id) => (
            <div key={id} className="govkit-governance-analytics__card" data-chart={id}>
              <Skeleton width="8em" />
              <Skeleton width="70%" />
              <Skeleton shape="block" height="8rem" />
            </div>
          ))}
        </div>
      ) : (
        <div className="govkit-governance-analytics__grid">
          {model.sla ? timeCard(model.sla) : null}
          {model.blockers ? timeCard(model.blockers) : null}
          {model.ladder ? timeCard(model.ladder) : null}
          {model.cadence ? (
            <ChartOrTable
              {...viewProps('cadence')}
              title={model.cadence.title}
              headline={
                model.cadence.bars.length > 0
                  ? [model.cadence.headline, model.cadence.streakText].filter(Boolean).join(' · ')
                  : undefined
              }
              chart={
                <AnalyticsReviewerBars
                  chart={model.cadence}
                  legend={{ completed: messages.legendCompleted, pending: messages.legendPending }}
                />
              }
              table={
                <AnalyticsTable
                  table={model.cadence.table}
                  caption={model.cadence.title}
                  shown={tableViews.cadence ?? false}
                />
              }
              empty={
                model.cadence.bars.length === 0 ? (
                  <p className="govkit-governance-analytics__none">{messages.noReviewers}</p>
                ) : undefined
              }
            />
          ) : null}
        </div>
      )}
    </section>
  );
}
