import { PermissionDeniedError } from '@govkit/sdk';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { ErrorState } from '../shared/error-state';
import type { CoachingThreadMessages } from './coaching-thread-messages';

export interface CoachingNoteFormProps {
  /** `body`: a note's text (required); `reason`: a moderation reason (optional). */
  field: 'body' | 'reason';
  label: string;
  submitLabel: string;
  initialValue?: string | undefined;
  /** The request; the form keeps its text until the promise resolves and shows a refusal. */
  onSubmit: (value: string) => unknown;
  /** Closes the form (a composer that stays open has none). */
  onCancel?: (() => void) | undefined;
  /** Called after a success (the text is cleared first). */
  onDone?: (() => void) | undefined;
  /** A 403: the acting user may no longer act here; the host withdraws the other controls. */
  onForbidden?: (() => void) | undefined;
  /** Focus the field when the form appears (a reply or edit box opened from a note). */
  autoFocus?: boolean | undefined;
  /** No submit: after a 403 only the kept text and Cancel remain. */
  readOnly?: boolean | undefined;
  messages: CoachingThreadMessages;
  className?: string | undefined;
}

/**
 * The one form of the thread (new note, reply, edit, moderation reason). What the user typed is
 * never lost: a refusal keeps the text, a 403 is a calm notice, not an alarm. Escape cancels.
 */
export function CoachingNoteForm({
  field,
  label,
  submitLabel,
  initialValue = '',
  onSubmit,
  onCancel,
  onDone,
  onForbidden,
  autoFocus,
  readOnly,
  messages,
  className,
}: CoachingNoteFormProps) {
  const [value, setValue] = useState(initialValue);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>();
  const [missing, setMissing] = useState(false);
  const fieldId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    if (autoFocus) inputRef.current?.focus();
    return () => {
      mounted.current = false;
    };
  }, [autoFocus]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending || readOnly) return;
    if (field === 'body' && !value.trim()) {
      setMissing(true);
      inputRef.current?.focus();
      return;
    }
    setSending(true);
    setError(undefined);
    try {
      await onSubmit(value);
      if (!mounted.current) return;
      setValue('');
      onDone?.();
    } catch (refusal) {
      if (!mounted.current) return;
      setError(refusal);
      if (refusal instanceof PermissionDeniedError) onForbidden?.();
    } finally {
      if (mounted.current) setSending(false);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
  }

  const forbidden = error instanceof PermissionDeniedError;
  const describedBy = missing || error ? hintId : undefined;
  return (
    <form
      className={className}
      data-govkit-form=""
      data-field={field}
      data-sending={sending || undefined}
      aria-busy={sending || undefined}
      onSubmit={(event) => void submit(event)}
      onKeyDown={onKeyDown}
      noValidate
    >
      <label htmlFor={fieldId}>{label}</label>
      {field === 'body' ? (
        <textarea
          ref={inputRef}
          id={fieldId}
          value={value}
          rows={3}
          aria-invalid={missing || undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            setValue(event.target.value);
            if (event.target.value.trim()) setMissing(false);
          }}
        />
      ) : (
        <input
          ref={inputRef}
          id={fieldId}
          type="text"
          value={value}
          aria-describedby={describedBy}
          onChange={(event) => setValue(event.target.value)}
        />
      )}
      <div id={hintId}>
        {missing ? <p data-hint="required">{messages.bodyRequired}</p> : null}
        {forbidden ? (
          <div role="status" data-notice="forbidden">
            <p data-notice-title="">{messages.actionForbiddenTitle}</p>
            <p>{messages.actionForbiddenDetail}</p>
            {value.trim() ? <p>{messages.keptText}</p> : null}
          </div>
        ) : error ? (
          <ErrorState error={error} title={messages.actionFailedTitle} />
        ) : null}
      </div>
      <div data-form-actions="">
        {readOnly ? null : (
          <button type="submit" className="govkit-button" data-variant="primary" disabled={sending}>
            {sending ? messages.sending : submitLabel}
          </button>
        )}
        {onCancel ? (
          <button type="button" className="govkit-button" onClick={onCancel}>
            {messages.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
