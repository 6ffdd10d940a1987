import type { FormEvent, ReactNode } from 'react';
import type { OverrideActionsMessages } from './override-actions-messages';
import { OverrideRefusal } from './override-refusal';
import { useKeptSubmission } from './use-kept-submission';

/** What the widget gives either form: how it closes, refuses and reads (the shell's part). */
export type OverrideFormFrameProps = Pick<
  OverrideFormShellProps,
  | 'onCancel'
  | 'onDone'
  | 'onForbidden'
  | 'readOnly'
  | 'messages'
  | 'now'
  | 'lockShown'
  | 'className'
>;

export interface OverrideFormShellProps {
  verb: string;
  submitLabel: string;
  /**
   * Checks what was typed (showing its own field errors) and returns the request to send, or
   * `undefined` to send nothing.
   */
  prepare: () => (() => unknown) | undefined;
  /** Something was typed: a refusal says it is still there. */
  kept: boolean;
  onCancel: () => void;
  onDone: () => void;
  onForbidden: () => void;
  /** No submit: what was typed stays, with Cancel. */
  readOnly: boolean;
  messages: OverrideActionsMessages;
  now?: Date | number | undefined;
  lockShown?: boolean | undefined;
  className?: string | undefined;
  children: ReactNode;
}

/**
 * The frame both override forms share: `data-verb` and busy state, Escape cancels, the refusal
 * (kept input) under the fields, submit and Cancel. One copy, so the decision and the reverse
 * form cannot drift apart in how they send, refuse and close.
 */
export function OverrideFormShell({
  verb,
  submitLabel,
  prepare,
  kept,
  onCancel,
  onDone,
  onForbidden,
  readOnly,
  messages,
  now,
  lockShown,
  className,
  children,
}: OverrideFormShellProps) {
  const submission = useKeptSubmission({ onDone, onForbidden });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (submission.sending || readOnly) return;
    const request = prepare();
    if (request) void submission.send(request);
  }

  return (
    <form
      className={className}
      data-govkit-form=""
      data-verb={verb}
      data-sending={submission.sending || undefined}
      aria-busy={submission.sending || undefined}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
      noValidate
    >
      {children}
      {submission.error ? (
        <OverrideRefusal
          error={submission.error}
          kept={kept}
          messages={messages}
          now={now}
          lockShown={lockShown}
        />
      ) : null}
      <div data-form-actions="">
        {readOnly ? null : (
          <button
            type="submit"
            className="govkit-button"
            data-variant="primary"
            disabled={submission.sending}
          >
            {submission.sending ? messages.sending : submitLabel}
          </button>
        )}
        <button type="button" className="govkit-button" onClick={onCancel}>
          {messages.cancel}
        </button>
      </div>
    </form>
  );
}
