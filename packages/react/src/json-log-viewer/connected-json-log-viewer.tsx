import { useMemo } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';
import { useLineageLogs } from '../lineage/use-lineage-logs';
import { useFormat } from '../shared/use-format';
import { JsonLogViewer, type JsonLogViewerProps } from './json-log-viewer';
import { jsonLogViewerMessages } from './json-log-viewer-messages';

export interface ConnectedJsonLogViewerProps
  extends Omit<JsonLogViewerProps, 'value' | 'source' | 'error' | 'onRetry' | 'footer'> {
  lineageId: string;
  /** Events per request (1–1000, default 1000). */
  pageSize?: number | undefined;
}

function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

/**
 * A lineage's pipeline log in the {@link JsonLogViewer}, fetched through the provider's client:
 * `summary` (the stored counters), `events` (every page loaded so far; "Load more events" fetches
 * the next) and `raw_inputs`. A truncated bundle says so above the tree.
 */
export function ConnectedJsonLogViewer({
  lineageId,
  pageSize,
  ...props
}: ConnectedJsonLogViewerProps) {
  const query = useLineageLogs(lineageId, { pageSize });
  const messages = useMessages('jsonLogViewer', jsonLogViewerMessages, props.messages);
  const format = useFormat();
  const pages = query.data?.pages;
  const value = useMemo(() => {
    const first = pages?.[0];
    if (!first) return undefined;
    const events = pages.flatMap((page) => page.events);
    const log = { summary: first.pipeline_logs, events, raw_inputs: first.raw_inputs };
    return isEmpty(first.pipeline_logs) && events.length === 0 && isEmpty(first.raw_inputs)
      ? {}
      : log;
  }, [pages]);
  const first = pages?.[0];
  const loaded = pages?.reduce((sum, page) => sum + page.events.length, 0) ?? 0;
  const footer =
    first && (first.truncated || first.events_total > 0) ? (
      <div className="govkit-json-log-viewer__footer">
        {first.truncated ? <p>{messages.truncatedNotice}</p> : null}
        {first.events_total > 0 ? (
          <span>
            {formatMessage(messages.eventsLoaded, {
              count: format.number(loaded),
              total: format.number(first.events_total),
            })}
          </span>
        ) : null}
        {query.hasNextPage ? (
          <button
            type="button"
            className="govkit-button"
            disabled={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {messages.loadMoreEvents}
          </button>
        ) : null}
      </div>
    ) : null;
  return (
    <JsonLogViewer
      {...props}
      value={value}
      error={query.error ?? undefined}
      onRetry={() => void query.refetch()}
      footer={footer}
    />
  );
}
