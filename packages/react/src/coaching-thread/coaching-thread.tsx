import { useEffect, useId, useRef, useState } from 'react';
import type { CoachingModerationVerb } from '../coaching/use-coaching-note-mutations';
import { formatMessage } from '../i18n/message-catalog';
import { useControllableState } from '../internal/use-controllable-state';
import { EmptyState } from '../shared/empty-state';
import { ErrorState } from '../shared/error-state';
import { Skeleton } from '../shared/skeleton';
import { useRefusalReadOnly } from '../shared/use-refusal-read-only';
import { StatusBadge } from '../status-badge/status-badge';
import { CoachingNoteForm } from './coaching-note-form';
import type { CoachingThreadMessages } from './coaching-thread-messages';
import { CoachingNoteItem, CoachingThreadList, CoachingThreadRoot } from './coaching-thread-parts';
import {
  type CoachingNoteAction,
  type CoachingNoteView,
  type UseCoachingThreadOptions,
  useCoachingThread,
} from './use-coaching-thread';

/** The form open under a note: a reply, an edit or a moderation reason. */
export interface CoachingActiveForm {
  noteId: string;
  action: CoachingNoteAction;
}

export interface CoachingThreadProps extends UseCoachingThreadOptions {
  onRetry?: (() => void) | undefined;
  /** The open reply/edit/moderation form (controlled); `null` for none. */
  activeForm?: CoachingActiveForm | null | undefined;
  defaultActiveForm?: CoachingActiveForm | null | undefined;
  onActiveFormChange?: ((form: CoachingActiveForm | null) => void) | undefined;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string | undefined;
}

const ACTION_LABEL: Record<CoachingNoteAction, keyof CoachingThreadMessages> = {
  reply: 'reply',
  edit: 'edit',
  flag: 'flag',
  resolve: 'resolve',
  remove: 'remove',
};

const MODERATION_TITLE: Record<CoachingModerationVerb, keyof CoachingThreadMessages> = {
  flag: 'moderateTitleFlag',
  resolve: 'moderateTitleResolve',
  remove: 'moderateTitleRemove',
};

const MODERATION_SUBMIT: Record<CoachingModerationVerb, keyof CoachingThreadMessages> = {
  flag: 'flagSubmit',
  resolve: 'resolveSubmit',
  remove: 'removeSubmit',
};

/**
 * Threaded coaching notes on an override: replies nested under their note, each
 * note's author, time, edit mark and moderation state, reply counts, and the actions the acting
 * user may take — reply, edit, flag, resolve, remove — each opening a small form that keeps its
 * text until the server agrees. Presentational: pass notes and handlers (return a promise), or
 * use {@link ConnectedCoachingThread}.
 */
export function CoachingThread({
  onRetry,
  activeForm: activeFormProp,
  defaultActiveForm = null,
  onActiveFormChange,
  headingLevel = 2,
  className,
  readOnly: readOnlyProp,
  ...options
}: CoachingThreadProps) {
  // A 403 on an action makes the thread read-only for this user until the notes change hands.
  const { readOnly, access, refuse } = useRefusalReadOnly(readOnlyProp);
  // The composer refused with a 403 stays (without its submit) so its text is not lost.
  const [composerKept, setComposerKept] = useState(false);
  const model = useCoachingThread({ ...options, readOnly });
  const { state, messages } = model;
  const titleId = useId();
  const baseId = useId();
  const [activeForm, setActiveForm] = useControllableState<CoachingActiveForm | null>({
    prop: activeFormProp,
    defaultProp: defaultActiveForm,
    onChange: onActiveFormChange,
    caller: 'CoachingThread',
  });
  const rootRef = useRef<HTMLElement>(null);
  const returnFocus = useRef<CoachingActiveForm | null>(null);
  const buttonId = (noteId: string, action: CoachingNoteAction) => `${baseId}-${noteId}-${action}`;

  // Focus goes back where the form was opened from, or to the note when that action is gone.
  useEffect(() => {
    const target = returnFocus.current;
    if (activeForm || !target) return;
    returnFocus.current = null;
    const button = document.getElementById(buttonId(target.noteId, target.action));
    const note = rootRef.current?.querySelector<HTMLElement>(
      `[data-note-id="${CSS.escape(target.noteId)}"]`,
    );
    (button ?? note)?.focus();
  });

  const close = () => {
    returnFocus.current = activeForm;
    setActiveForm(null);
  };

  const Heading = `h${headingLevel}` as const;
  const classes = ['govkit-widget govkit-panel govkit-coaching-thread', className]
    .filter(Boolean)
    .join(' ');

  function renderForm(view: CoachingNoteView, action: CoachingNoteAction) {
    const common = {
      className: 'govkit-coaching-thread__form',
      messages,
      autoFocus: true,
      readOnly,
      onCancel: close,
      onDone: close,
      onForbidden: refuse,
    };
    if (action === 'reply') {
      return (
        <CoachingNoteForm
          {...common}
          field="body"
          label={formatMessage(messages.replyLabel, { author: view.author })}
          submitLabel={messages.replySubmit}
          onSubmit={(body) => options.onCreate?.({ body, parentId: view.id })}
        />
      );
    }
    if (action === 'edit') {
      return (
        <CoachingNoteForm
          {...common}
          field="body"
          label={messages.editLabel}
          submitLabel={messages.editSubmit}
          initialValue={view.note.body}
          onSubmit={(body) => options.onEdit?.({ noteId: view.id, body })}
        />
      );
    }
    return (
      <div className="govkit-coaching-thread__moderation">
        <p className="govkit-coaching-thread__moderation-title">
          {messages[MODERATION_TITLE[action]]}
        </p>
        <CoachingNoteForm
          {...common}
          field="reason"
          label={messages.reasonLabel}
          submitLabel={messages[MODERATION_SUBMIT[action]]}
          onSubmit={(reason) => options.onModerate?.({ noteId: view.id, verb: action, reason })}
        />
      </div>
    );
  }

  function renderNote(view: CoachingNoteView) {
    const open = activeForm?.noteId === view.id ? activeForm.action : undefined;
    return (
      <li key={view.id} className="govkit-coaching-thread__item">
        <CoachingNoteItem
          className="govkit-coaching-thread__note"
          moderationState={view.state}
          depth={view.depth}
          pending={view.pending}
          data-note-id={view.id}
          aria-labelledby={`${baseId}-${view.id}-author`}
        >
          <header className="govkit-coaching-thread__meta">
            <span id={`${baseId}-${view.id}-author`} className="govkit-coaching-thread__author">
              {view.author}
            </span>
            {view.createdAt ? (
              <time className="govkit-coaching-thread__time" dateTime={view.createdAt.iso}>
                {view.createdAt.text}
              </time>
            ) : null}
            {view.pending ? (
              <span className="govkit-coaching-thread__pending">{messages.pending}</span>
            ) : view.state !== 'published' ? (
              <StatusBadge status={view.state} label={view.stateLabel} />
            ) : null}
            {view.editedAt && !view.removed ? (
              <span className="govkit-coaching-thread__edited">
                {formatMessage(messages.edited, { time: view.editedAt.text })}
              </span>
            ) : null}
          </header>
          {view.removed ? (
            <p className="govkit-coaching-thread__body" data-removed="">
              {messages.removedBody}
            </p>
          ) : (
            <p className="govkit-coaching-thread__body">{view.note.body}</p>
          )}
          <footer className="govkit-coaching-thread__footer">
            {view.replyCountText ? (
              <span className="govkit-coaching-thread__replies">{view.replyCountText}</span>
            ) : null}
            {view.actions.length > 0 ? (
              // biome-ignore lint/a11y/useSemanticElements: a named set of buttons outside any form; a fieldset would imply form fields.
              <div
                role="group"
                aria-label={formatMessage(messages.actionsLabel, { author: view.author })}
                className="govkit-coaching-thread__actions"
              >
                {view.actions.map((action) => (
                  <button
                    key={action}
                    id={buttonId(view.id, action)}
                    type="button"
                    className="govkit-coaching-thread__action"
                    data-action={action}
                    aria-expanded={open === action}
                    onClick={() =>
                      setActiveForm(open === action ? null : { noteId: view.id, action })
                    }
                  >
                    {messages[ACTION_LABEL[action]]}
                  </button>
                ))}
              </div>
            ) : null}
            {/* Every note starts with "published by its author"; only later changes are news. */}
            {view.history.length > 1 ? (
              <details className="govkit-coaching-thread__history">
                <summary>{messages.historyToggle}</summary>
                <ol>
                  {view.history.map((entry) => (
                    <li key={entry.key}>
                      {entry.text}
                      {entry.reason ? <span> · {entry.reason}</span> : null}
                    </li>
                  ))}
                </ol>
              </details>
            ) : null}
          </footer>
          {open ? renderForm(view, open) : null}
        </CoachingNoteItem>
        {view.replies.length > 0 ? (
          <CoachingThreadList className="govkit-coaching-thread__replies-list">
            {view.replies.map(renderNote)}
          </CoachingThreadList>
        ) : null}
      </li>
    );
  }

  return (
    <CoachingThreadRoot
      ref={rootRef}
      state={state}
      titleId={titleId}
      access={access}
      className={classes}
    >
      <header className="govkit-coaching-thread__header">
        <Heading id={titleId} className="govkit-coaching-thread__title">
          {messages.title}
        </Heading>
        {state === 'ready' ? (
          <span className="govkit-coaching-thread__summary">{model.summary}</span>
        ) : null}
      </header>
      {state === 'forbidden' ? (
        <ErrorState
          error={options.error}
          title={messages.forbiddenTitle}
          detail={messages.forbiddenDetail}
          onRetry={onRetry}
        />
      ) : state === 'not-found' ? (
        <ErrorState error={options.error} title={messages.notFoundTitle} onRetry={onRetry} />
      ) : state === 'error' ? (
        <ErrorState error={options.error} onRetry={onRetry} />
      ) : state === 'loading' ? (
        <div className="govkit-coaching-thread__skeleton">
          <span className="govkit-visually-hidden" role="status">
            {messages.loading}
          </span>
          {[0, 1, 2].map((row) => (
            <div key={row} className="govkit-coaching-thread__note" data-depth={row === 1 ? 1 : 0}>
              <Skeleton width="12em" />
              <Skeleton width={`${85 - row * 15}%`} />
            </div>
          ))}
        </div>
      ) : (
        <>
          {state === 'empty' ? (
            <EmptyState
              title={messages.emptyTitle}
              description={model.canCreate ? messages.emptyDescription : undefined}
            />
          ) : (
            <CoachingThreadList className="govkit-coaching-thread__list">
              {model.threads.map(renderNote)}
            </CoachingThreadList>
          )}
          {readOnly ? (
            <p className="govkit-coaching-thread__read-only" role="status">
              {messages.readOnlyNotice}
            </p>
          ) : null}
          {model.canCreate || composerKept ? (
            <CoachingNoteForm
              readOnly={readOnly}
              className="govkit-coaching-thread__form govkit-coaching-thread__composer"
              field="body"
              label={messages.newNoteLabel}
              submitLabel={messages.newNoteSubmit}
              messages={messages}
              onSubmit={(body) => options.onCreate?.({ body })}
              onForbidden={() => {
                setComposerKept(true);
                refuse();
              }}
            />
          ) : null}
        </>
      )}
    </CoachingThreadRoot>
  );
}
