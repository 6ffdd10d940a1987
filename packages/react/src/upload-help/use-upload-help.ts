import {
  ApiError,
  RateLimitError,
  type RemoteAssistRequest,
  type RemoteAssistRequestBody,
} from '@govkit/sdk';
import { RemoteAssistRequestBodySchema } from '@govkit/sdk/schemas';
import { useCallback, useRef, useState } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';
import { useControllableState } from '../internal/use-controllable-state';
import { type UploadHelpMessages, uploadHelpMessages } from './upload-help-messages';

/** The fields of the request form, in the order they are shown. */
export const UPLOAD_HELP_FIELDS = [
  'contact_name',
  'contact_email',
  'export_target',
  'message',
] as const;
export type UploadHelpField = (typeof UPLOAD_HELP_FIELDS)[number];
export type UploadHelpValues = Record<UploadHelpField, string>;

export interface UseUploadHelpOptions {
  /** The form is open (controlled). */
  open?: boolean | undefined;
  /** The form is open at first (uncontrolled). Default false. */
  defaultOpen?: boolean | undefined;
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** Prefill, e.g. the signed-in user's name and email. */
  defaultValues?: Partial<UploadHelpValues> | undefined;
  /**
   * Send the request. Return the filed request (or a promise of it) to show the confirmation;
   * a rejected promise keeps the form as typed and shows `error`.
   */
  onSubmit: (body: RemoteAssistRequestBody) => unknown;
  /** The request is being sent. */
  pending?: boolean | undefined;
  /** The last send's refusal (422, `RateLimitError` 429, network). */
  error?: unknown;
  /** The filed request to confirm (controlled); otherwise the resolved `onSubmit` value. */
  sent?: RemoteAssistRequest | undefined;
  messages?: Partial<UploadHelpMessages> | undefined;
}

export type UploadHelpState = 'closed' | 'editing' | 'sending' | 'refused' | 'sent';

const empty: UploadHelpValues = {
  contact_name: '',
  contact_email: '',
  export_target: '',
  message: '',
};

/** Seconds until a 429 may be retried: `Retry-After`, else the body's `retry_after_seconds`. */
export function retryAfterSeconds(error: unknown): number | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const header = Number(error.headers.get('retry-after'));
  if (Number.isFinite(header) && header > 0) return header;
  const body = error.body as { retry_after_seconds?: unknown } | undefined;
  return typeof body?.retry_after_seconds === 'number' ? body.retry_after_seconds : undefined;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/**
 * The headless upload-help form: open state (controllable), field values and their messages
 * from the sdk's own request schema (so the form and the server agree on every bound), submit,
 * and the confirmation of what was sent. A refusal never clears what the user typed.
 */
export function useUploadHelp(options: UseUploadHelpOptions) {
  const messages = useMessages('uploadHelp', uploadHelpMessages, options.messages);
  const [open, setOpen] = useControllableState({
    prop: options.open,
    defaultProp: options.defaultOpen ?? false,
    onChange: options.onOpenChange,
    caller: 'UploadHelp',
  });
  const [values, setValues] = useState<UploadHelpValues>({ ...empty, ...options.defaultValues });
  const [errors, setErrors] = useState<Partial<Record<UploadHelpField, string>>>({});
  const [resolved, setResolved] = useState<RemoteAssistRequest | undefined>();
  const onSubmit = useRef(options.onSubmit);
  onSubmit.current = options.onSubmit;

  const sent = options.sent ?? resolved;
  const error = options.error ?? undefined;
  const state: UploadHelpState = !open
    ? 'closed'
    : options.pending
      ? 'sending'
      : sent
        ? 'sent'
        : error
          ? 'refused'
          : 'editing';

  const setValue = useCallback((field: UploadHelpField, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => (previous[field] ? { ...previous, [field]: undefined } : previous));
  }, []);

  /** Validate with the contract; returns the id of the first invalid field, if any. */
  const submit = (): UploadHelpField | undefined => {
    const parsed = RemoteAssistRequestBodySchema.safeParse({ ...values, source: 'upload_page' });
    if (!parsed.success) {
      const next: Partial<Record<UploadHelpField, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as UploadHelpField;
        if (next[field]) continue;
        next[field] = issueMessage(issue, values[field], messages);
      }
      setErrors(next);
      return UPLOAD_HELP_FIELDS.find((field) => next[field]);
    }
    setErrors({});
    const result = onSubmit.current({ ...parsed.data });
    if (isPromiseLike(result)) {
      result.then(
        (request) => setResolved(request as RemoteAssistRequest),
        // The refusal arrives as `error`; the fields stay as typed.
        () => undefined,
      );
    }
    return undefined;
  };

  const reset = () => {
    setResolved(undefined);
    setValues((previous) => ({ ...previous, export_target: '', message: '' }));
  };

  const retryAfter = error instanceof RateLimitError ? retryAfterSeconds(error) : undefined;
  return {
    state,
    open,
    setOpen,
    messages,
    values,
    errors,
    setValue,
    submit,
    reset,
    sent,
    error,
    rateLimited: error instanceof RateLimitError,
    retryMinutes: retryAfter === undefined ? undefined : Math.max(1, Math.ceil(retryAfter / 60)),
  };
}

function issueMessage(
  issue: { code: string; minimum?: unknown; maximum?: unknown },
  value: string,
  messages: UploadHelpMessages,
): string {
  if (value.trim() === '') return messages.required;
  if (issue.code === 'too_small') {
    return formatMessage(messages.tooShort, { min: String(issue.minimum) });
  }
  if (issue.code === 'too_big')
    return formatMessage(messages.tooLong, { max: String(issue.maximum) });
  return messages.invalidEmail;
}

export type UploadHelpModel = ReturnType<typeof useUploadHelp>;
