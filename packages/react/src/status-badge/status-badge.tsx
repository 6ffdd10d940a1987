import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { GovkitMessageOverrides } from '../i18n/message-catalog';
import { useGovkitSettings } from '../provider/govkit-context';
import { humanize } from '../shared/humanize';
import type { KnownStatus } from './status-badge-messages';
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
  const { messages, translations } = useGovkitSettings();
  return (
    <span
      ref={ref}
      data-status={normalized}
      data-tone={statusTone(status)}
      className={className ? `govkit-status-badge ${className}` : 'govkit-status-badge'}
      {...props}
    >
      {label ?? statusWord(normalized, messages, translations)}
    </span>
  );
});

/** The host's word, else the registered translation's, else the word itself humanised. */
function statusWord(
  normalized: string,
  messages: GovkitMessageOverrides,
  translations: GovkitMessageOverrides,
): string {
  const key = normalized as KnownStatus;
  return messages.statusBadge?.[key] ?? translations.statusBadge?.[key] ?? humanize(normalized);
}
