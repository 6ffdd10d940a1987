import { useId } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { EmptyState } from '../shared/empty-state';
import { ErrorState } from '../shared/error-state';
import { Skeleton } from '../shared/skeleton';
import { StatusBadge } from '../status-badge/status-badge';
import {
  TaskSummaryCardField,
  TaskSummaryCardFields,
  TaskSummaryCardRoot,
  TaskSummaryCardTitle,
} from './task-summary-card-parts';
import {
  type TaskSummaryField,
  type TaskSummaryFieldId,
  type UseTaskSummaryCardOptions,
  useTaskSummaryCard,
} from './use-task-summary-card';

export interface TaskSummaryCardProps extends UseTaskSummaryCardOptions {
  /** Shows a retry action in the error states. */
  onRetry?: (() => void) | undefined;
  /** Heading level of the card's title in the host page. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string | undefined;
}

const FIELD_ORDER: readonly TaskSummaryFieldId[] = [
  'status',
  'last-decision',
  'blocked-reason',
  'inbox-backlog',
  'decision-count',
];

// Skeleton widths close to the real values', so nothing moves when data arrives.
const SKELETON_WIDTH: Record<TaskSummaryFieldId, string> = {
  status: '5em',
  'last-decision': '11em',
  'blocked-reason': '7em',
  'inbox-backlog': '2em',
  'decision-count': '2em',
};

function FieldValue({ field }: { field: TaskSummaryField }) {
  switch (field.id) {
    case 'status':
      return <StatusBadge status={field.text} />;
    case 'last-decision':
      return field.raw === null ? (
        <span className="govkit-task-summary-card__none">{field.text}</span>
      ) : (
        <span className="govkit-task-summary-card__decision">
          <StatusBadge status={String(field.raw)} label={field.text} />
          {field.time ? <time dateTime={field.time.iso}>{field.time.text}</time> : null}
        </span>
      );
    case 'blocked-reason':
      return field.raw === null ? (
        <span className="govkit-task-summary-card__none">{field.text}</span>
      ) : (
        <code>{field.text}</code>
      );
    default:
      return <span className="govkit-task-summary-card__count">{field.text}</span>;
  }
}

/**
 * A task's governance at a glance: status, last decision and its time, the blocked
 * reason code, the inbox backlog and the number of decisions. Presentational: pass the summary
 * (or `loading`/`error`) yourself, or use {@link ConnectedTaskSummaryCard} to fetch it.
 */
export function TaskSummaryCard({
  onRetry,
  headingLevel,
  className,
  ...options
}: TaskSummaryCardProps) {
  const model = useTaskSummaryCard(options);
  const titleId = useId();
  const { state, messages } = model;
  return (
    <TaskSummaryCardRoot
      state={state}
      titleId={titleId}
      className={
        className
          ? `govkit-widget govkit-task-summary-card ${className}`
          : 'govkit-widget govkit-task-summary-card'
      }
    >
      <TaskSummaryCardTitle
        id={titleId}
        level={headingLevel}
        className="govkit-task-summary-card__title"
      >
        {model.title}
      </TaskSummaryCardTitle>
      {state === 'not-found' ? (
        <ErrorState
          error={options.error}
          title={messages.notFoundTitle}
          detail={formatMessage(messages.notFoundDetail, { taskId: options.taskId })}
          onRetry={onRetry}
        />
      ) : state === 'error' ? (
        <ErrorState error={options.error} onRetry={onRetry} />
      ) : (
        <>
          {state === 'loading' ? (
            <span className="govkit-visually-hidden" role="status">
              {formatMessage(messages.loading, { taskId: options.taskId })}
            </span>
          ) : null}
          <TaskSummaryCardFields className="govkit-task-summary-card__fields">
            {state === 'loading'
              ? FIELD_ORDER.map((id) => (
                  <TaskSummaryCardField key={id} field={id} label={model.labels[id]}>
                    <Skeleton width={SKELETON_WIDTH[id]} />
                  </TaskSummaryCardField>
                ))
              : model.fields.map((field) => (
                  <TaskSummaryCardField key={field.id} field={field.id} label={field.label}>
                    <FieldValue field={field} />
                  </TaskSummaryCardField>
                ))}
          </TaskSummaryCardFields>
          {state === 'empty' ? (
            <EmptyState title={messages.emptyTitle} description={messages.emptyDescription} />
          ) : null}
        </>
      )}
    </TaskSummaryCardRoot>
  );
}
