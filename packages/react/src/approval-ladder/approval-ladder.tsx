import { useId } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { EmptyState } from '../shared/empty-state';
import { ErrorState } from '../shared/error-state';
import { Skeleton } from '../shared/skeleton';
import { StatusBadge } from '../status-badge/status-badge';
import { ApprovalLadderForm, type LadderDelegateOption } from './approval-ladder-form';
import { ApprovalLadderRoot, ApprovalLadderStage } from './approval-ladder-parts';
import {
  type LadderStageView,
  type LadderTime,
  type UseApprovalLadderOptions,
  useApprovalLadder,
} from './use-approval-ladder';

export interface ApprovalLadderProps extends UseApprovalLadderOptions {
  /** People a stage can be delegated to (a select); without them, a user id is typed. */
  delegateOptions?: readonly LadderDelegateOption[] | undefined;
  /** Shows a retry action in the error state. */
  onRetry?: (() => void) | undefined;
  /** Heading level of the ladder's title in the host page. Default 2; stages are one below. */
  headingLevel?: 2 | 3 | 4 | 5;
  className?: string | undefined;
}

const ACTION_LABEL_KEYS = {
  approve: 'approve',
  reject: 'reject',
  delegate: 'delegateAction',
  reset: 'reset',
} as const;

function When({ time }: { time: LadderTime | undefined }) {
  return time ? <time dateTime={time.iso}>{time.text}</time> : null;
}

/**
 * The approval ladder of a narrative export: each stage with its required role,
 * assignee or delegate, SLA and due date, overdue state and history; and, for the acting user,
 * approve or reject with a signature, delegate and reset. Presentational: pass the export and an
 * `onAction` yourself, or use {@link ConnectedApprovalLadder}.
 */
export function ApprovalLadder({
  delegateOptions,
  onRetry,
  headingLevel = 2,
  className,
  ...options
}: ApprovalLadderProps) {
  const model = useApprovalLadder(options);
  const titleId = useId();
  const { state, messages, form } = model;
  const Heading = `h${headingLevel}` as const;
  const StageHeading = `h${headingLevel + 1}` as 'h3';

  const renderStage = (view: LadderStageView) => {
    const { stage } = view;
    const formHere = form?.stageId === stage.id ? form : null;
    return (
      <ApprovalLadderStage key={stage.id} view={view} className="govkit-approval-ladder__stage">
        <div className="govkit-approval-ladder__stage-head">
          <StageHeading className="govkit-approval-ladder__stage-title">{view.title}</StageHeading>
          <StatusBadge status={stage.status} label={view.statusLabel} />
          {view.overdue ? (
            <StatusBadge status="overdue" data-tone="critical" label={messages.overdue} />
          ) : null}
        </div>
        <dl className="govkit-approval-ladder__fields">
          <div>
            <dt>{messages.requiredRole}</dt>
            <dd>
              <code>{stage.required_role}</code>
            </dd>
          </div>
          <div>
            <dt>{messages.assignee}</dt>
            <dd>
              {view.assignee ?? (
                <span className="govkit-approval-ladder__muted">{messages.nobody}</span>
              )}
            </dd>
          </div>
          {view.delegate ? (
            <div>
              <dt>{messages.delegate}</dt>
              <dd>{view.delegate}</dd>
            </div>
          ) : null}
          <div>
            <dt>{messages.sla}</dt>
            <dd>{view.sla}</dd>
          </div>
          {view.due ? (
            <div data-field="due">
              <dt>{messages.due}</dt>
              <dd>
                <When time={view.due} />
                {view.overdueSince ? (
                  <span className="govkit-approval-ladder__overdue">
                    {' '}
                    ({formatMessage(messages.overdueSince, { time: view.overdueSince.text })})
                  </span>
                ) : null}
              </dd>
            </div>
          ) : null}
          {view.completed ? (
            <div>
              <dt>{messages.completed}</dt>
              <dd>
                <When time={view.completed} />
              </dd>
            </div>
          ) : view.started ? (
            <div>
              <dt>{messages.started}</dt>
              <dd>
                <When time={view.started} />
              </dd>
            </div>
          ) : null}
        </dl>
        {view.history.length > 0 ? (
          <details className="govkit-approval-ladder__history">
            <summary>{formatMessage(messages.history, { count: view.history.length })}</summary>
            <ul>
              {view.history.map((entry) => (
                <li key={entry.id} data-kind={entry.kind}>
                  <span className="govkit-approval-ladder__history-text">{entry.text}</span>{' '}
                  <span className="govkit-approval-ladder__muted">{entry.by}</span>
                  {entry.signature ? (
                    <span className="govkit-approval-ladder__signature">
                      {formatMessage(messages.signedAs, { signature: entry.signature })}
                    </span>
                  ) : null}
                  {entry.notes ? (
                    <q className="govkit-approval-ladder__notes">{entry.notes}</q>
                  ) : null}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        {view.actions.length > 0 ? (
          <div className="govkit-approval-ladder__actions">
            {view.actions.map((kind) => (
              <button
                key={kind}
                type="button"
                className="govkit-button"
                data-action={kind}
                aria-pressed={formHere?.kind === kind}
                onClick={() => model.open(stage.id, kind)}
              >
                {messages[ACTION_LABEL_KEYS[kind]]}
              </button>
            ))}
          </div>
        ) : null}
        {formHere ? (
          <ApprovalLadderForm
            form={formHere}
            messages={messages}
            delegateOptions={delegateOptions}
            onEdit={model.edit}
            onSubmit={() => void model.submit()}
            onCancel={model.close}
          />
        ) : null}
      </ApprovalLadderStage>
    );
  };

  return (
    <ApprovalLadderRoot
      state={state}
      titleId={titleId}
      className={
        className
          ? `govkit-widget govkit-approval-ladder ${className}`
          : 'govkit-widget govkit-approval-ladder'
      }
    >
      <Heading id={titleId} className="govkit-approval-ladder__title">
        {messages.title}
      </Heading>
      {state === 'error' ? (
        <ErrorState error={options.error} onRetry={onRetry} />
      ) : state === 'loading' ? (
        <ol className="govkit-approval-ladder__stages">
          {[0, 1].map((n) => (
            <li key={n} className="govkit-approval-ladder__stage">
              <Skeleton width="12em" />
              <Skeleton width="70%" />
              <Skeleton width="50%" />
            </li>
          ))}
        </ol>
      ) : state === 'empty' ? (
        <EmptyState title={messages.emptyTitle} description={messages.emptyDescription} />
      ) : (
        <ol className="govkit-approval-ladder__stages">{model.stages.map(renderStage)}</ol>
      )}
      <span className="govkit-visually-hidden" role="status">
        {state === 'loading' ? messages.loading : model.announcement}
      </span>
    </ApprovalLadderRoot>
  );
}
