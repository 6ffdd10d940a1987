import { useEffect, useId, useRef, useState } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { useControllableState } from '../internal/use-controllable-state';
import { EmptyState } from '../shared/empty-state';
import { ErrorState } from '../shared/error-state';
import { Skeleton } from '../shared/skeleton';
import { useRefusalReadOnly } from '../shared/use-refusal-read-only';
import { StatusBadge } from '../status-badge/status-badge';
import { OverrideActionsRoot, OverrideHoldNotice } from './override-actions-parts';
import { OverrideDecisionForm } from './override-decision-form';
import { OverrideReverseForm } from './override-reverse-form';
import {
  OVERRIDE_VERB_TARGETS,
  type OverrideActionVerb,
  type OverrideLineageOptions,
  overrideActionHandler,
  STATUS_KEYS,
  type UseOverrideActionsOptions,
  useOverrideActions,
} from './use-override-actions';

export interface OverrideActionsProps extends UseOverrideActionsOptions {
  /** Scenarios and notebook entries the lineage picker offers (free entry is always possible). */
  lineageOptions?: OverrideLineageOptions | undefined;
  /** Prefill of a reassign's baseline and target reviewer. */
  reassign?: { baselineId?: string | undefined; targetReviewerId?: string | undefined } | undefined;
  onRetry?: (() => void) | undefined;
  /** The open form (controlled); `null` for none. */
  activeVerb?: OverrideActionVerb | null | undefined;
  defaultActiveVerb?: OverrideActionVerb | null | undefined;
  onActiveVerbChange?: ((verb: OverrideActionVerb | null) => void) | undefined;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string | undefined;
}

/**
 * Accept, decline, execute or reverse one override recommendation. Accept, decline and execute
 * ask for the lineage (a scenario or a notebook entry); reverse asks why and for a cooldown
 * (default 30 minutes) and is offered only for an executed, reversible override that is neither
 * reversed, cooling down nor locked. A held lock or a running cooldown is a calm notice with who
 * and a live countdown; every refusal keeps what was typed. Presentational: pass the data and
 * handlers (return a promise), or use {@link ConnectedOverrideActions}.
 */
export function OverrideActions({
  lineageOptions,
  reassign,
  onRetry,
  activeVerb: activeVerbProp,
  defaultActiveVerb = null,
  onActiveVerbChange,
  headingLevel = 3,
  className,
  readOnly: readOnlyProp,
  ...options
}: OverrideActionsProps) {
  // A 403 on an action makes the widget read-only for this user (the open form keeps its text).
  const { readOnly, access, refuse } = useRefusalReadOnly(readOnlyProp);
  const model = useOverrideActions({ ...options, readOnly });
  const { state, messages } = model;
  const titleId = useId();
  const baseId = useId();
  const [activeVerb, setActiveVerb] = useControllableState<OverrideActionVerb | null>({
    prop: activeVerbProp,
    defaultProp: defaultActiveVerb,
    onChange: onActiveVerbChange,
    caller: 'OverrideActions',
  });
  const [announcement, setAnnouncement] = useState('');
  const returnFocus = useRef<OverrideActionVerb | null>(null);

  // Focus goes back to the button the form was opened from, or to the heading when it is gone.
  useEffect(() => {
    const verb = returnFocus.current;
    if (activeVerb || !verb) return;
    returnFocus.current = null;
    const button = document.getElementById(`${baseId}-${verb}`);
    (button ?? document.getElementById(titleId))?.focus();
  });

  const close = () => {
    returnFocus.current = activeVerb;
    setActiveVerb(null);
  };
  const done = (verb: OverrideActionVerb) => () => {
    close();
    const target = OVERRIDE_VERB_TARGETS[verb];
    const key = STATUS_KEYS[target];
    // The status word comes from the messages, so a German page never announces `accepted`.
    setAnnouncement(formatMessage(messages.done, { status: key ? messages[key] : target }));
  };

  const Heading = `h${headingLevel}` as const;
  const classes = ['govkit-widget govkit-panel govkit-override-actions', className]
    .filter(Boolean)
    .join(' ');
  const hold =
    model.lock && model.lock.phase !== 'over'
      ? 'lock'
      : model.cooldown && model.cooldown.phase !== 'over'
        ? 'cooldown'
        : undefined;
  const recommendation = options.recommendation;

  function renderForm(verb: OverrideActionVerb) {
    const handler = overrideActionHandler(verb, options);
    if (!handler || !recommendation) return null;
    // A form whose verb is no longer offered (a 403, a lock, a cooldown) stays with its text.
    const formReadOnly = readOnly || !model.verbs.includes(verb);
    const common = {
      className: 'govkit-override-actions__form',
      onCancel: close,
      onDone: done(verb),
      onForbidden: refuse,
      readOnly: formReadOnly,
      messages,
      now: options.now,
    };
    if (verb === 'reverse') {
      return (
        <OverrideReverseForm
          {...common}
          lockShown={hold === 'lock'}
          executionId={options.executionId}
          onSubmit={(body) => handler(body as never)}
        />
      );
    }
    return (
      <OverrideDecisionForm
        {...common}
        key={verb}
        verb={verb}
        executionId={options.executionId}
        recommendation={recommendation}
        scenarios={lineageOptions?.scenarios ?? []}
        notebookEntries={lineageOptions?.notebookEntries ?? []}
        reassign={reassign}
        onSubmit={(body) => handler(body as never)}
      />
    );
  }

  return (
    <OverrideActionsRoot
      state={state}
      status={model.status}
      titleId={titleId}
      access={access}
      hold={hold}
      className={classes}
    >
      <header className="govkit-override-actions__header">
        <Heading id={titleId} tabIndex={-1} className="govkit-override-actions__title">
          {state === 'ready' && recommendation ? recommendation.summary : messages.title}
        </Heading>
        {state === 'ready' ? (
          <StatusBadge
            status={model.status}
            label={formatMessage(messages.statusLine, { status: model.statusLabel })}
          />
        ) : null}
      </header>
      {state === 'forbidden' ? (
        <ErrorState
          error={options.error}
          title={messages.forbiddenTitle}
          detail={messages.forbiddenDetail}
          onRetry={onRetry}
        />
      ) : state === 'error' ? (
        <ErrorState error={options.error} onRetry={onRetry} />
      ) : state === 'loading' ? (
        <div className="govkit-override-actions__skeleton">
          <span className="govkit-visually-hidden" role="status">
            {messages.loading}
          </span>
          <Skeleton width="16em" />
          <Skeleton width="60%" />
          <div className="govkit-override-actions__buttons">
            <Skeleton width="6em" height="2rem" />
            <Skeleton width="6em" height="2rem" />
          </div>
        </div>
      ) : state === 'empty' ? (
        <EmptyState title={messages.emptyTitle} description={messages.emptyDescription} />
      ) : (
        <>
          <ul className="govkit-override-actions__facts">
            <li data-fact="action">{model.actionLabel}</li>
            {model.priorityLabel ? (
              <li data-fact="priority" data-priority={recommendation?.priority}>
                {model.priorityLabel}
              </li>
            ) : null}
            {model.reviewer ? <li data-fact="reviewer">{model.reviewer}</li> : null}
          </ul>
          {recommendation?.detail ? (
            <p className="govkit-override-actions__detail">{recommendation.detail}</p>
          ) : null}
          {model.lock && hold === 'lock' ? (
            <OverrideHoldNotice
              className="govkit-override-actions__hold"
              kind="lock"
              countdown={model.lock.iso ? model.lock : undefined}
              holder={model.lock.holder}
              messages={messages}
            />
          ) : null}
          {model.cooldown && model.status === 'reversed' ? (
            <OverrideHoldNotice
              className="govkit-override-actions__hold"
              kind="cooldown"
              countdown={model.cooldown}
              windowText={model.cooldown.windowText}
              messages={messages}
            />
          ) : null}
          {model.notReversible ? (
            <p className="govkit-override-actions__note">{messages.notReversible}</p>
          ) : null}
          {model.verbs.length > 0 ? (
            // biome-ignore lint/a11y/useSemanticElements: a named set of buttons outside any form; a fieldset would imply form fields.
            <div
              role="group"
              aria-label={messages.actionsLabel}
              className="govkit-override-actions__buttons"
            >
              {model.verbs.map((verb) => (
                <button
                  key={verb}
                  id={`${baseId}-${verb}`}
                  type="button"
                  className="govkit-button"
                  data-verb={verb}
                  data-variant={verb === 'execute' || verb === 'accept' ? 'primary' : undefined}
                  aria-expanded={activeVerb === verb}
                  onClick={() => setActiveVerb(activeVerb === verb ? null : verb)}
                >
                  {messages[verb]}
                </button>
              ))}
            </div>
          ) : null}
          {activeVerb ? renderForm(activeVerb) : null}
          {readOnly ? (
            <p className="govkit-override-actions__read-only" role="status">
              {messages.readOnlyNotice}
            </p>
          ) : null}
        </>
      )}
      <p className="govkit-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </OverrideActionsRoot>
  );
}
