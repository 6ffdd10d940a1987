import { type FormEvent, useEffect, useId, useRef } from 'react';
import { ErrorState } from '../shared/error-state';
import type { ApprovalLadderMessages } from './approval-ladder-messages';
import type { LadderForm } from './use-approval-ladder';

/** A person a stage can be delegated to. */
export interface LadderDelegateOption {
  id: string;
  label: string;
}

export interface ApprovalLadderFormProps {
  form: LadderForm;
  messages: ApprovalLadderMessages;
  /** People to choose from; without them the delegate is typed as a user id. */
  delegateOptions?: readonly LadderDelegateOption[] | undefined;
  onEdit: (patch: Partial<Pick<LadderForm, 'signature' | 'notes' | 'delegateId'>>) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

const SUBMIT_KEYS = {
  approve: 'submitApprove',
  reject: 'submitReject',
  delegate: 'submitDelegate',
  reset: 'submitReset',
} as const;

/**
 * The form of one ladder action: signature (approve, reject), delegate (delegate) and notes. A
 * local check or a server refusal keeps every value and says what is wrong next to it.
 */
export function ApprovalLadderForm({
  form,
  messages,
  delegateOptions,
  onEdit,
  onSubmit,
  onCancel,
}: ApprovalLadderFormProps) {
  const id = useId();
  const first = useRef<HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement>(null);
  const signs = form.kind === 'approve' || form.kind === 'reject';
  // Opening a form (or switching its kind) moves focus to its first field.
  // biome-ignore lint/correctness/useExhaustiveDependencies: refocus only when the form changes.
  useEffect(() => first.current?.focus(), [form.stageId, form.kind]);
  const handle = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const invalidId = `${id}-invalid`;
  return (
    <form
      className="govkit-approval-ladder__form"
      data-kind={form.kind}
      aria-busy={form.sending || undefined}
      onSubmit={handle}
      noValidate
    >
      {signs ? (
        <div className="govkit-approval-ladder__field">
          <label htmlFor={`${id}-signature`}>{messages.signature}</label>
          <input
            ref={first}
            id={`${id}-signature`}
            name="signature"
            autoComplete="name"
            value={form.signature}
            aria-invalid={form.invalid === 'signature' || undefined}
            aria-describedby={form.invalid === 'signature' ? invalidId : `${id}-hint`}
            onChange={(event) => onEdit({ signature: event.target.value })}
          />
          <span id={`${id}-hint`} className="govkit-approval-ladder__hint">
            {messages.signatureHint}
          </span>
        </div>
      ) : null}
      {form.kind === 'delegate' ? (
        <div className="govkit-approval-ladder__field">
          <label htmlFor={`${id}-delegate`}>{messages.delegateTo}</label>
          {delegateOptions && delegateOptions.length > 0 ? (
            <select
              ref={first}
              id={`${id}-delegate`}
              name="delegate"
              value={form.delegateId}
              aria-invalid={form.invalid === 'delegate' || undefined}
              aria-describedby={form.invalid === 'delegate' ? invalidId : undefined}
              onChange={(event) => onEdit({ delegateId: event.target.value })}
            >
              <option value="">{messages.delegateChoose}</option>
              {delegateOptions.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          ) : (
            <input
              ref={first}
              id={`${id}-delegate`}
              name="delegate"
              value={form.delegateId}
              aria-invalid={form.invalid === 'delegate' || undefined}
              aria-describedby={form.invalid === 'delegate' ? invalidId : undefined}
              onChange={(event) => onEdit({ delegateId: event.target.value })}
            />
          )}
        </div>
      ) : null}
      {form.invalid ? (
        <p id={invalidId} className="govkit-approval-ladder__invalid" role="alert">
          {form.invalid === 'signature' ? messages.signatureRequired : messages.delegateRequired}
        </p>
      ) : null}
      <div className="govkit-approval-ladder__field">
        <label htmlFor={`${id}-notes`}>{messages.notes}</label>
        <textarea
          ref={form.kind === 'reset' ? first : undefined}
          id={`${id}-notes`}
          name="notes"
          rows={2}
          value={form.notes}
          onChange={(event) => onEdit({ notes: event.target.value })}
        />
      </div>
      {form.error ? <ErrorState error={form.error} title={messages.refusedTitle} /> : null}
      <div className="govkit-approval-ladder__form-actions">
        <button
          type="submit"
          className="govkit-button"
          data-variant={form.kind === 'reject' ? 'danger' : 'primary'}
          disabled={form.sending}
        >
          {form.sending ? messages.sending : messages[SUBMIT_KEYS[form.kind]]}
        </button>
        <button type="button" className="govkit-button" onClick={onCancel}>
          {messages.cancel}
        </button>
      </div>
    </form>
  );
}
