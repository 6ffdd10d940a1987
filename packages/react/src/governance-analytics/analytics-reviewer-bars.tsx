import type { AnalyticsCadenceChart } from './use-governance-analytics-panel';

/**
 * One stacked bar per reviewer (completed, then pending, then other assignments) on a shared
 * scale, with the load band beside the name. Hidden from assistive technology like every chart
 * of the panel: the table has the numbers.
 */
export function AnalyticsReviewerBars({
  chart,
  legend,
}: {
  chart: AnalyticsCadenceChart;
  legend: { completed: string; pending: string };
}) {
  const share = (value: number) => `${(value / chart.max) * 100}%`;
  return (
    <div className="govkit-analytics-reviewers" aria-hidden="true">
      <ul className="govkit-analytics-reviewers__list">
        {chart.bars.map((bar) => (
          <li key={bar.key} className="govkit-analytics-reviewers__row" data-band={bar.band}>
            <span className="govkit-analytics-reviewers__name">
              {bar.name}
              <span className="govkit-analytics-reviewers__band" data-band={bar.band}>
                {bar.bandLabel}
                {bar.streakAlert ? ' ▲' : ''}
              </span>
            </span>
            <span className="govkit-analytics-reviewers__track">
              <span
                className="govkit-analytics-reviewers__segment"
                data-segment="completed"
                style={{ inlineSize: share(bar.completed) }}
              />
              <span
                className="govkit-analytics-reviewers__segment"
                data-segment="pending"
                style={{ inlineSize: share(bar.pending) }}
              />
              <span
                className="govkit-analytics-reviewers__segment"
                data-segment="other"
                style={{ inlineSize: share(bar.other) }}
              />
            </span>
            <span className="govkit-analytics-reviewers__value">{bar.valueText}</span>
          </li>
        ))}
      </ul>
      <p className="govkit-analytics-reviewers__legend">
        <span data-segment="completed">{legend.completed}</span>
        <span data-segment="pending">{legend.pending}</span>
      </p>
    </div>
  );
}
