import type { ReplayWindow } from '@govkit/sdk';
import { useId } from 'react';
import { STATS_WINDOWS } from './use-stats-window';

export interface StatsWindowSelectorProps {
  value: ReplayWindow;
  onChange: (window: ReplayWindow) => void;
  label: string;
  labels: Record<ReplayWindow, string>;
}

/**
 * The 24h / 7d / 30d choice as a native radio group: arrow keys move between windows and screen
 * readers announce "1 of 3" without any ARIA of our own. Styled as a segmented control.
 */
export function StatsWindowSelector({ value, onChange, label, labels }: StatsWindowSelectorProps) {
  const name = useId();
  return (
    <fieldset className="govkit-stats-window">
      <legend className="govkit-visually-hidden">{label}</legend>
      {STATS_WINDOWS.map((window) => (
        <label key={window} className="govkit-stats-window__option" data-checked={window === value}>
          <input
            type="radio"
            name={name}
            value={window}
            checked={window === value}
            onChange={() => onChange(window)}
          />
          <span>{labels[window]}</span>
        </label>
      ))}
    </fieldset>
  );
}
