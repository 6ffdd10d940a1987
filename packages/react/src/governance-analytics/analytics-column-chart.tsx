import type { AnalyticsTimeChart } from './use-governance-analytics-panel';

// Columns leave a gap of a fifth of their slot; a missing value gets a thin marker so a gap in
// the data never reads as zero.
const GAP = 0.2;
const MISSING_HEIGHT = 1.5;

/**
 * A column per preview summary, oldest left, drawn as SVG scaled to the card (no chart
 * library). Hidden from assistive technology: the card's table carries the same numbers.
 * Each column has a `<title>` for pointer users.
 */
export function AnalyticsColumnChart({ chart }: { chart: AnalyticsTimeChart }) {
  const count = Math.max(1, chart.columns.length);
  return (
    <div className="govkit-analytics-chart" aria-hidden="true">
      <div className="govkit-analytics-chart__plot">
        <span className="govkit-analytics-chart__max">{chart.maxText}</span>
        <svg
          className="govkit-analytics-chart__svg"
          viewBox={`0 0 ${count} 100`}
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          <line x1="0" x2={count} y1="50" y2="50" className="govkit-analytics-chart__grid" />
          <line x1="0" x2={count} y1="0.5" y2="0.5" className="govkit-analytics-chart__grid" />
          {chart.columns.map((column, index) => {
            const height =
              column.value === null
                ? MISSING_HEIGHT
                : Math.max(0.5, Math.min(100, (column.value / chart.max) * 100));
            return (
              <rect
                key={column.key}
                x={index + GAP / 2}
                y={100 - height}
                width={1 - GAP}
                height={height}
                data-tone={column.tone}
                className="govkit-analytics-chart__column"
              >
                <title>{`${column.label}: ${column.valueText}`}</title>
              </rect>
            );
          })}
        </svg>
      </div>
      <div className="govkit-analytics-chart__axis">
        <span>{chart.firstLabel}</span>
        {chart.columns.length > 1 ? <span>{chart.lastLabel}</span> : null}
      </div>
    </div>
  );
}
