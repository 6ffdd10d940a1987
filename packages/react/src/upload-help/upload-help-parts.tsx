import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import type { UploadHelpState } from './use-upload-help';

export interface UploadHelpRootProps extends ComponentPropsWithoutRef<'section'> {
  state: UploadHelpState;
}

/**
 * The widget's container (an unnamed `section`: a landmark only once the form's own region
 * opens), with its state as `data-state`.
 */
export const UploadHelpRoot = forwardRef<HTMLElement, UploadHelpRootProps>(function UploadHelpRoot(
  { state, ...props },
  ref,
) {
  return (
    <section ref={ref} data-state={state} aria-busy={state === 'sending' || undefined} {...props} />
  );
});

export interface UploadHelpFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  multiline?: boolean;
  type?: 'text' | 'email';
  autoComplete?: string;
  value: string;
  maxLength: number;
  onChange: (value: string) => void;
}

/**
 * A labelled input (or textarea) with its hint and error wired through `aria-describedby`, and
 * `aria-invalid` while the error shows. The error text is the field's own, not a toast.
 */
export const UploadHelpField = forwardRef<
  HTMLInputElement & HTMLTextAreaElement,
  UploadHelpFieldProps
>(function UploadHelpField(
  { id, label, hint, error, multiline, type = 'text', autoComplete, value, maxLength, onChange },
  ref,
) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    ref,
    value,
    maxLength,
    required: true,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
  } as const;
  return (
    <div data-field={id} data-invalid={error ? '' : undefined}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={4} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          autoComplete={autoComplete}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {hint ? (
        <span id={`${id}-hint`} data-part="hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} data-part="error">
          {error}
        </span>
      ) : null}
    </div>
  );
});
