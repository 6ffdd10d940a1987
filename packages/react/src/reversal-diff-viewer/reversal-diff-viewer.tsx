import { useId } from 'react';
import { ErrorState } from '../shared/error-state';
import { JsonText } from '../shared/json-text';
import { Skeleton } from '../shared/skeleton';
import {
  ReversalCountdown,
  ReversalDiffViewerRoot,
  ReversalDiffViewerTitle,
} from './reversal-diff-viewer-parts';
import {
  type ReversalDiffValue,
  type UseReversalDiffViewerOptions,
  useReversalDiffViewer,
} from './use-reversal-diff-viewer';

export interface ReversalDiffViewerProps extends UseReversalDiffViewerOptions {
  /** Shows a retry action in the error state. */
  onRetry?: (() => void) | undefined;
  /** Heading level of the title. Default 3. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string | undefined;
}

function Value({ value }: { value: ReversalDiffValue }) {
  if (value.kind === 'empty') {
    return <span className="govkit-reversal-diff__none">{value.text}</span>;
  }
  if (value.kind === 'json') return <JsonText value={value.value} />;
  return <span className="govkit-reversal-diff__text">{value.text}</span>;
}

/**
 * An override's reversal (seed 000): who reversed it and when, the enforced cooldown window with
 * a live countdown that switches to "Cooldown cleared", and the before/after value of every
 * changed field (objects as readable JSON, `null` as "—"). Renders nothing without a
 * `reversal_event`. Presentational: pass `reversal` or an override entry's `detail`; the
 * countdown follows `now` when given. {@link ConnectedReversalDiffViewer} fetches the entry.
 */
export function ReversalDiffViewer({
  onRetry,
  headingLevel,
  className,
  ...options
}: ReversalDiffViewerProps) {
  const model = useReversalDiffViewer(options);
  const titleId = useId();
  const { state, messages, cooldown } = model;
  if (state === 'none') return null;
  return (
    <ReversalDiffViewerRoot
      state={state}
      cooldown={cooldown.phase}
      titleId={titleId}
      className={
        className
          ? `govkit-widget govkit-panel govkit-reversal-diff ${className}`
          : 'govkit-widget govkit-panel govkit-reversal-diff'
      }
    >
      <ReversalDiffViewerTitle
        id={titleId}
        level={headingLevel}
        className="govkit-reversal-diff__title"
      >
        {messages.title}
      </ReversalDiffViewerTitle>
      {state === 'error' ? (
        <ErrorState error={options.error} onRetry={onRetry} />
      ) : state === 'loading' ? (
        <>
          <span className="govkit-visually-hidden" role="status">
            {messages.loading}
          </span>
          <p className="govkit-reversal-diff__chips">
            <Skeleton width="12em" />
            <Skeleton width="9em" />
          </p>
          <Skeleton shape="block" height="7rem" />
        </>
      ) : (
        <>
          <ul className="govkit-reversal-diff__chips">
            {model.reversedAt ? (
              <li className="govkit-reversal-diff__chip">
                <time dateTime={model.reversedAt.iso}>{model.reversedAt.text}</time>
              </li>
            ) : null}
            {model.actorText ? (
              <li className="govkit-reversal-diff__chip" data-chip="actor">
                {model.actorText}
              </li>
            ) : null}
            {cooldown.untilText ? (
              <li className="govkit-reversal-diff__chip" data-chip="cooldown">
                <time dateTime={cooldown.expiresIso}>{cooldown.untilText}</time>
              </li>
            ) : null}
            {cooldown.windowText ? (
              <li className="govkit-reversal-diff__chip" data-chip="window">
                {cooldown.windowText}
              </li>
            ) : null}
          </ul>
          {cooldown.phase === 'active' || cooldown.phase === 'cleared' ? (
            <ReversalCountdown phase={cooldown.phase} className="govkit-reversal-diff__countdown">
              {cooldown.statusText}
            </ReversalCountdown>
          ) : null}
          {model.notes ? (
            <p className="govkit-reversal-diff__notes">
              <span className="govkit-reversal-diff__notes-label">{messages.notes}</span>{' '}
              {model.notes}
            </p>
          ) : null}
          {model.rows.length === 0 ? (
            <p className="govkit-reversal-diff__empty">{messages.noChanges}</p>
          ) : (
            <table className="govkit-reversal-diff__table">
              <caption className="govkit-visually-hidden">{messages.changes}</caption>
              <thead>
                <tr>
                  <th scope="col">{messages.field}</th>
                  <th scope="col">{messages.before}</th>
                  <th scope="col">{messages.after}</th>
                </tr>
              </thead>
              <tbody>
                {model.rows.map((row) => (
                  <tr key={row.key} data-key={row.key}>
                    <th scope="row">
                      <code>{row.key}</code>
                    </th>
                    <td data-label={messages.before} data-kind={row.before.kind}>
                      <Value value={row.before} />
                    </td>
                    <td data-label={messages.after} data-kind={row.after.kind}>
                      <Value value={row.after} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </ReversalDiffViewerRoot>
  );
}
