import { useEffect, useId, useRef } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { ErrorState } from '../shared/error-state';
import { UploadHelpField, UploadHelpRoot } from './upload-help-parts';
import {
  type UploadHelpField as Field,
  UPLOAD_HELP_FIELDS,
  type UseUploadHelpOptions,
  useUploadHelp,
} from './use-upload-help';

export interface UploadHelpProps extends UseUploadHelpOptions {
  headingLevel?: 2 | 3 | 4 | 5;
  className?: string | undefined;
}

// The bounds of RemoteAssistRequestBodySchema, so the browser stops typing where the server would refuse.
const MAX_LENGTH: Record<Field, number> = {
  contact_name: 120,
  contact_email: 254,
  export_target: 200,
  message: 2000,
};

/**
 * The upload page's help link (seed 003 Part F): "Need help exporting data? Request remote
 * assist" opens a small request form (name, email, what was being exported, what went wrong),
 * validated with the sdk's own schema; after sending it confirms what was sent. A refusal — a
 * rate limit (429) or a validation error — is explained and leaves the form as typed.
 * Presentational: pass `onSubmit`, or use {@link ConnectedUploadHelp}.
 */
export function UploadHelp({ headingLevel = 3, className, ...options }: UploadHelpProps) {
  const model = useUploadHelp(options);
  const { state, messages, values, errors, sent } = model;
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const fields = useRef<Partial<Record<Field, HTMLInputElement | HTMLTextAreaElement | null>>>({});
  const trigger = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const wasOpen = useRef(model.open);

  // Opening moves focus into the form; closing returns it to the link (APG disclosure).
  useEffect(() => {
    if (model.open && !wasOpen.current) fields.current.contact_name?.focus();
    if (!model.open && wasOpen.current) trigger.current?.focus();
    wasOpen.current = model.open;
  }, [model.open]);
  // The confirmation takes focus so screen readers read what was sent.
  useEffect(() => {
    if (state === 'sent') heading.current?.focus();
  }, [state]);

  const labels: Record<Field, string> = {
    contact_name: messages.contactName,
    contact_email: messages.contactEmail,
    export_target: messages.exportTarget,
    message: messages.message,
  };
  return (
    <UploadHelpRoot
      state={state}
      className={
        className
          ? `govkit-widget govkit-upload-help ${className}`
          : 'govkit-widget govkit-upload-help'
      }
    >
      <button
        ref={trigger}
        type="button"
        className="govkit-upload-help__trigger"
        aria-expanded={model.open}
        aria-controls={`${id}-panel`}
        onClick={() => model.setOpen(!model.open)}
      >
        {messages.trigger}
      </button>
      {model.open ? (
        <section
          id={`${id}-panel`}
          className="govkit-upload-help__panel"
          aria-labelledby={`${id}-title`}
        >
          {state === 'sent' && sent ? (
            <>
              <Heading
                id={`${id}-title`}
                ref={heading}
                tabIndex={-1}
                className="govkit-upload-help__title"
              >
                {messages.sentTitle}
              </Heading>
              <p className="govkit-upload-help__intro">{messages.sentIntro}</p>
              <dl className="govkit-upload-help__sent">
                {UPLOAD_HELP_FIELDS.map((field) => (
                  <div key={field}>
                    <dt>{labels[field]}</dt>
                    <dd>{String(sent[field])}</dd>
                  </div>
                ))}
              </dl>
              <div className="govkit-upload-help__buttons">
                <button type="button" className="govkit-button" onClick={model.reset}>
                  {messages.sendAnother}
                </button>
                <button
                  type="button"
                  className="govkit-button"
                  onClick={() => model.setOpen(false)}
                >
                  {messages.close}
                </button>
              </div>
            </>
          ) : (
            <form
              noValidate
              className="govkit-upload-help__form"
              onSubmit={(event) => {
                event.preventDefault();
                const invalid = model.submit();
                if (invalid) fields.current[invalid]?.focus();
              }}
            >
              <Heading id={`${id}-title`} className="govkit-upload-help__title">
                {messages.title}
              </Heading>
              <p className="govkit-upload-help__intro">{messages.intro}</p>
              {state === 'refused' ? (
                <ErrorState
                  error={model.error}
                  title={model.rateLimited ? messages.rateLimitedTitle : messages.refusedTitle}
                  detail={
                    model.rateLimited && model.retryMinutes !== undefined
                      ? formatMessage(messages.rateLimitedRetry, {
                          minutes: String(model.retryMinutes),
                        })
                      : undefined
                  }
                />
              ) : null}
              {UPLOAD_HELP_FIELDS.map((field) => (
                <UploadHelpField
                  key={field}
                  ref={(element) => {
                    fields.current[field] = element;
                  }}
                  id={`${id}-${field}`}
                  label={labels[field]}
                  hint={
                    field === 'export_target'
                      ? messages.exportTargetHint
                      : field === 'message'
                        ? messages.messageHint
                        : undefined
                  }
                  error={errors[field]}
                  multiline={field === 'message'}
                  type={field === 'contact_email' ? 'email' : 'text'}
                  autoComplete={
                    field === 'contact_name'
                      ? 'name'
                      : field === 'contact_email'
                        ? 'email'
                        : undefined
                  }
                  value={values[field]}
                  maxLength={MAX_LENGTH[field]}
                  onChange={(value) => model.setValue(field, value)}
                />
              ))}
              <div className="govkit-upload-help__buttons">
                <button
                  type="submit"
                  className="govkit-button"
                  data-variant="primary"
                  disabled={state === 'sending'}
                >
                  {state === 'sending' ? messages.sending : messages.submit}
                </button>
                <button
                  type="button"
                  className="govkit-button"
                  onClick={() => model.setOpen(false)}
                >
                  {messages.cancel}
                </button>
              </div>
              <span className="govkit-visually-hidden" role="status">
                {state === 'sending' ? messages.sending : ''}
              </span>
            </form>
          )}
        </section>
      ) : null}
    </UploadHelpRoot>
  );
}
