import { type ReactNode, useId } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { EmptyState } from '../shared/empty-state';
import { ErrorState } from '../shared/error-state';
import { Skeleton } from '../shared/skeleton';
import { StatusBadge } from '../status-badge/status-badge';
import {
  BaselineLifecycleEvents,
  BaselineLifecycleRoot,
  BaselineLifecycleSteps,
} from './baseline-lifecycle-parts';
import {
  type BaselineLifecycleModel,
  type UseBaselineLifecycleOptions,
  useBaselineLifecycle,
} from './use-baseline-lifecycle';

export interface BaselineLifecycleProps extends UseBaselineLifecycleOptions {
  /** Retry after a load error (connected widgets refetch). */
  onRetry?: (() => void) | undefined;
  headingLevel?: 2 | 3 | 4 | 5;
  className?: string | undefined;
}

/**
 * A governance baseline's lifecycle (seed 001): submitted → approved / rejected → published →
 * rolled back, with who did what and when, its events, and the actions the viewer may take
 * (approve or reject with notes, publish, roll back with a reason). A refusal is shown with its
 * `detail` and leaves what the user typed in place. Presentational: pass the baseline and the
 * handlers, or use {@link ConnectedBaselineLifecycle}.
 */
export function BaselineLifecycle({
  onRetry,
  headingLevel = 2,
  className,
  ...options
}: BaselineLifecycleProps) {
  const model = useBaselineLifecycle(options);
  const titleId = useId();
  const { state, messages, steps, facts, events } = model;
  const baseline = options.baseline;
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3';
  return (
    <BaselineLifecycleRoot
      state={state}
      titleId={titleId}
      status={baseline && state === 'ready' ? String(baseline.status) : undefined}
      className={
        className
          ? `govkit-widget govkit-panel govkit-baseline-lifecycle ${className}`
          : 'govkit-widget govkit-panel govkit-baseline-lifecycle'
      }
    >
      <div className="govkit-baseline-lifecycle__head">
        <Heading id={titleId} className="govkit-baseline-lifecycle__title">
          {state === 'ready' && baseline
            ? formatMessage(messages.title, { name: baseline.name })
            : state === 'loading'
              ? messages.loading
              : formatMessage(messages.title, { name: '' }).trim()}
        </Heading>
        {state === 'ready' && baseline ? (
          <span className="govkit-baseline-lifecycle__badges">
            <StatusBadge
              status={String(baseline.status)}
              label={statusLabel(model, String(baseline.status))}
            />
            {baseline.version_number != null ? (
              <span className="govkit-baseline-lifecycle__version">
                {formatMessage(messages.version, { version: String(baseline.version_number) })}
              </span>
            ) : null}
            {baseline.is_current ? (
              <span className="govkit-baseline-lifecycle__current">{messages.current}</span>
            ) : null}
          </span>
        ) : null}
      </div>
      {state === 'loading' ? (
        <div className="govkit-baseline-lifecycle__skeleton">
          <Skeleton width="100%" shape="block" height="2rem" />
          <Skeleton width="70%" />
          <Skeleton width="55%" />
          <Skeleton width="100%" shape="block" height="5rem" />
        </div>
      ) : state === 'empty' ? (
        <EmptyState title={messages.emptyTitle} description={messages.emptyDescription} />
      ) : state === 'not-found' ? (
        <ErrorState error={options.error} title={messages.notFoundTitle} />
      ) : state === 'error' ? (
        <ErrorState
          error={options.error}
          onRetry={onRetry}
          title={
            (options.error as { status?: number } | undefined)?.status === 403
              ? messages.forbiddenTitle
              : undefined
          }
        />
      ) : baseline && facts ? (
        <>
          <BaselineLifecycleSteps
            steps={steps}
            aria-label={messages.stepsLabel}
            className="govkit-baseline-lifecycle__steps"
          />
          {baseline.description ? (
            <p className="govkit-baseline-lifecycle__description">{baseline.description}</p>
          ) : null}
          <dl className="govkit-baseline-lifecycle__facts">
            <Fact label={messages.submitted}>{facts.submitted}</Fact>
            {facts.reviewed ? (
              <Fact label={messages.reviewed} notes={baseline.review_notes}>
                {facts.reviewed}
              </Fact>
            ) : null}
            {facts.published ? (
              <Fact label={messages.published} notes={baseline.publish_notes}>
                {facts.published}
              </Fact>
            ) : null}
            {facts.rolledBack ? (
              <Fact label={messages.rolledBack} notes={baseline.rollback_notes}>
                {facts.rolledBack}
              </Fact>
            ) : null}
            <Fact label={messages.reviewers}>
              {facts.reviewers.length > 0 ? facts.reviewers.join(', ') : messages.reviewersNone}
            </Fact>
          </dl>
          <BaselineActions model={model} Sub={Sub} />
          <div className="govkit-baseline-lifecycle__events">
            <Sub className="govkit-baseline-lifecycle__subtitle">{messages.eventsTitle}</Sub>
            {events.length > 0 ? (
              <BaselineLifecycleEvents
                events={events}
                className="govkit-baseline-lifecycle__list"
              />
            ) : (
              <p className="govkit-baseline-lifecycle__muted">{messages.eventsEmpty}</p>
            )}
          </div>
        </>
      ) : null}
    </BaselineLifecycleRoot>
  );
}

function statusLabel(model: BaselineLifecycleModel, status: string): string | undefined {
  const m = model.messages;
  const labels: Record<string, string> = {
    submitted: m.stepSubmitted,
    approved: m.stepApproved,
    rejected: m.stepRejected,
    published: m.stepPublished,
    rolled_back: m.stepRolledBack,
  };
  return labels[status];
}

function Fact({
  label,
  notes,
  children,
}: {
  label: string;
  notes?: string | null | undefined;
  children: ReactNode;
}) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {children}
        {notes ? <span className="govkit-baseline-lifecycle__notes">{notes}</span> : null}
      </dd>
    </div>
  );
}

function BaselineActions({ model, Sub }: { model: BaselineLifecycleModel; Sub: 'h3' }) {
  const { messages, actions, drafts, pendingAction, actionError, done } = model;
  const fieldId = useId();
  const busy = pendingAction !== undefined;
  const any = actions.review || actions.publish || actions.rollback;
  const doneText =
    done === 'approve'
      ? messages.doneApproved
      : done === 'reject'
        ? messages.doneRejected
        : done === 'publish'
          ? messages.donePublished
          : done === 'rollback'
            ? messages.doneRolledBack
            : '';
  return (
    <div className="govkit-baseline-lifecycle__actions" data-pending={pendingAction}>
      <Sub className="govkit-baseline-lifecycle__subtitle">{messages.actionsTitle}</Sub>
      <span className="govkit-visually-hidden" role="status">
        {busy ? messages.working : doneText}
      </span>
      {actionError ? (
        <ErrorState
          error={actionError}
          title={model.forbidden ? messages.forbiddenTitle : messages.refusedTitle}
        />
      ) : null}
      {!any ? <p className="govkit-baseline-lifecycle__muted">{messages.noActions}</p> : null}
      {actions.review ? (
        <form
          className="govkit-baseline-lifecycle__form"
          data-action="review"
          onSubmit={(event) => event.preventDefault()}
        >
          <label htmlFor={`${fieldId}-review`}>{messages.reviewNotes}</label>
          <textarea
            id={`${fieldId}-review`}
            rows={2}
            value={drafts.reviewNotes}
            onChange={(event) => drafts.setReviewNotes(event.target.value)}
          />
          <div className="govkit-baseline-lifecycle__buttons">
            <button
              type="button"
              className="govkit-button"
              data-variant="primary"
              disabled={busy}
              onClick={() => model.submitReview('approve')}
            >
              {pendingAction === 'approve' ? messages.working : messages.approve}
            </button>
            <button
              type="button"
              className="govkit-button"
              data-variant="danger"
              disabled={busy}
              onClick={() => model.submitReview('reject')}
            >
              {pendingAction === 'reject' ? messages.working : messages.reject}
            </button>
          </div>
        </form>
      ) : null}
      {actions.publish ? (
        <form
          className="govkit-baseline-lifecycle__form"
          data-action="publish"
          onSubmit={(event) => {
            event.preventDefault();
            model.submitPublish();
          }}
        >
          <label htmlFor={`${fieldId}-publish`}>{messages.publishNotes}</label>
          <textarea
            id={`${fieldId}-publish`}
            rows={2}
            value={drafts.publishNotes}
            onChange={(event) => drafts.setPublishNotes(event.target.value)}
          />
          <div className="govkit-baseline-lifecycle__buttons">
            <button type="submit" className="govkit-button" data-variant="primary" disabled={busy}>
              {pendingAction === 'publish' ? messages.working : messages.publish}
            </button>
          </div>
        </form>
      ) : null}
      {actions.rollback ? (
        <form
          className="govkit-baseline-lifecycle__form"
          data-action="rollback"
          onSubmit={(event) => {
            event.preventDefault();
            model.submitRollback();
          }}
        >
          <label htmlFor={`${fieldId}-reason`}>{messages.rollbackReason}</label>
          <textarea
            id={`${fieldId}-reason`}
            rows={2}
            required
            aria-describedby={`${fieldId}-reason-hint`}
            value={drafts.reason}
            onChange={(event) => drafts.setReason(event.target.value)}
          />
          <span id={`${fieldId}-reason-hint`} className="govkit-baseline-lifecycle__muted">
            {messages.rollbackReasonHint}
          </span>
          <RollbackTargetField model={model} fieldId={`${fieldId}-target`} />
          <div className="govkit-baseline-lifecycle__buttons">
            <button
              type="submit"
              className="govkit-button"
              data-variant="danger"
              disabled={
                busy || drafts.reason.trim() === '' || model.rollbackTarget.error !== undefined
              }
            >
              {pendingAction === 'rollback' ? messages.working : messages.rollback}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

/**
 * The version a rollback reinstates: a choice among the template's earlier versions when the
 * widget knows them, else a typed id checked as the user types.
 */
function RollbackTargetField({
  model,
  fieldId,
}: {
  model: BaselineLifecycleModel;
  fieldId: string;
}) {
  const { messages, drafts, rollbackTarget } = model;
  const hintId = `${fieldId}-hint`;
  const errorId = `${fieldId}-error`;
  if (rollbackTarget.mode === 'pick') {
    if (rollbackTarget.options.length === 0) {
      return <p className="govkit-baseline-lifecycle__muted">{messages.rollbackTargetsEmpty}</p>;
    }
    return (
      <>
        <label htmlFor={fieldId}>{messages.rollbackTarget}</label>
        <select
          id={fieldId}
          className="govkit-baseline-lifecycle__select"
          aria-describedby={hintId}
          value={drafts.target}
          onChange={(event) => drafts.setTarget(event.target.value)}
        >
          <option value="">{messages.rollbackTargetNone}</option>
          {rollbackTarget.options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
        <span id={hintId} className="govkit-baseline-lifecycle__muted">
          {messages.rollbackTargetPickHint}
        </span>
      </>
    );
  }
  const invalid = rollbackTarget.error !== undefined;
  return (
    <>
      <label htmlFor={fieldId}>{messages.rollbackTarget}</label>
      <input
        id={fieldId}
        type="text"
        autoComplete="off"
        spellCheck={false}
        className="govkit-baseline-lifecycle__input"
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
        value={drafts.target}
        onChange={(event) => drafts.setTarget(event.target.value)}
      />
      {invalid ? (
        <span id={errorId} className="govkit-baseline-lifecycle__field-error">
          {rollbackTarget.error}
        </span>
      ) : null}
      <span id={hintId} className="govkit-baseline-lifecycle__muted">
        {messages.rollbackTargetEnterHint}
      </span>
    </>
  );
}
