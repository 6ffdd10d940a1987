import type { ReactNode } from 'react';

export interface StatsBar {
  key: string;
  label: ReactNode;
  /** Secondary text under the label (a reason code, a share). */
  detail?: ReactNode;
  value: number;
  /** The value as people read it (formatted). */
  valueText: string;
}

/**
 * Horizontal bars scaled to the largest value. Plain CSS widths, no chart library; the bars are
 * hidden from assistive technology because every widget renders the same numbers as a table.
 */
export function StatsBars({ bars }: { bars: readonly StatsBar[] }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <ul className="govkit-stats-bars" aria-hidden="true">
      {bars.map((bar) => (
        <li key={bar.key} className="govkit-stats-bars__row">
          <span className="govkit-stats-bars__label">
            {bar.label}
            {bar.detail ? <span className="govkit-stats-bars__detail">{bar.detail}</span> : null}
          </span>
          <span className="govkit-stats-bars__track">
            <span
              className="govkit-stats-bars__fill"
              style={{ inlineSize: `${(bar.value / max) * 100}%` }}
            />
          </span>
          <span className="govkit-stats-bars__value">{bar.valueText}</span>
        </li>
      ))}
    </ul>
  );
}
