import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useApiWord } from '../shared/api-words';
import { statusTone } from './status-tone';

export interface StatusBadgeProps extends ComponentPropsWithoutRef<'span'> {
  /** A decision or lifecycle word as the API sends it (`BLOCKED`, `paused`, `in_progress`, …). */
  status: string;
  /** Text to show instead of the status word (translated, or humanised in English). */
  label?: string;
}

/**
 * A status word with its tone. Unstyled except through `govkit-status-badge` and the
 * `data-status`/`data-tone` attributes, which `styles.css` themes with CSS variables.
 */
export const StatusBadge = forwardRef<HTMLSpanElement, StatusBadgeProps>(function StatusBadge(
  { status, label, className, ...props },
  ref,
) {
  const normalized = status
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const word = useApiWord();
  return (
    <span
      ref={ref}
      data-status={normalized}
      data-tone={statusTone(status)}
      className={className ? `govkit-status-badge ${className}` : 'govkit-status-badge'}
      {...props}
    >
      {label ?? word(normalized)}
    </span>
  );
});
