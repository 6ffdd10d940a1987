import type { OverrideReverseRequestInput } from '@govkit/sdk';
import { OverrideReverseRequestSchema } from '@govkit/sdk/schemas';
import { useId, useState } from 'react';
import { type OverrideFormFrameProps, OverrideFormShell } from './override-form-shell';

/** The cooldown a reversal opens unless the user changes it (minutes). */
export const DEFAULT_REVERSAL_COOLDOWN_MINUTES = 30;

/** `readOnly`: a 403, a lock or a cooldown came in; `lockShown`: the widget shows the lock. */
export interface OverrideReverseFormProps extends OverrideFormFrameProps {
  executionId: string;
  onSubmit: (body: OverrideReverseRequestInput) => unknown;
}

/**
 * Reverse an executed override: why (optional notes) and the cooldown it opens (minutes, default
 * 30, empty for none). A held lock or a running cooldown answers calmly with who and until when;
 * the notes stay.
 */
export function OverrideReverseForm({ executionId, onSubmit, ...frame }: OverrideReverseFormProps) {
  const { messages } = frame;
  const [notes, setNotes] = useState('');
  const [minutes, setMinutes] = useState(String(DEFAULT_REVERSAL_COOLDOWN_MINUTES));
  const [invalid, setInvalid] = useState(false);
  const notesId = useId();
  const minutesId = useId();
  const hintId = useId();

  function prepare() {
    const typed = minutes.trim();
    // Digits only: the schema would also coerce `1e3` or ` 5 `, which nobody means to type.
    const request: OverrideReverseRequestInput = {
      execution_id: executionId,
      notes: notes.trim() || null,
      metadata: typed === '' ? {} : { cooldown_minutes: /^\d+$/.test(typed) ? typed : Number.NaN },
    };
    const checked = OverrideReverseRequestSchema.safeParse(request);
    setInvalid(!checked.success);
    return checked.success ? () => onSubmit(checked.data) : undefined;
  }

  return (
    <OverrideFormShell
      verb="reverse"
      submitLabel={messages.reverseSubmit}
      prepare={prepare}
      kept={Boolean(notes.trim())}
      {...frame}
    >
      <label htmlFor={notesId}>{messages.reverseNotesLabel}</label>
      <textarea
        id={notesId}
        rows={2}
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
      />
      <label htmlFor={minutesId}>{messages.cooldownLabel}</label>
      <input
        id={minutesId}
        type="text"
        inputMode="numeric"
        value={minutes}
        aria-invalid={invalid || undefined}
        aria-describedby={hintId}
        onChange={(event) => setMinutes(event.target.value)}
      />
      <p id={hintId} data-hint={invalid ? 'invalid' : ''}>
        {invalid ? messages.cooldownInvalid : messages.cooldownHint}
      </p>
    </OverrideFormShell>
  );
}
