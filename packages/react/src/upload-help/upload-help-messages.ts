/** Every string of the upload-help widget. `{minutes}` is a whole number of minutes. */
export interface UploadHelpMessages {
  trigger: string;
  title: string;
  intro: string;
  contactName: string;
  contactEmail: string;
  exportTarget: string;
  exportTargetHint: string;
  message: string;
  messageHint: string;
  submit: string;
  sending: string;
  cancel: string;
  required: string;
  invalidEmail: string;
  tooShort: string;
  tooLong: string;
  sentTitle: string;
  sentIntro: string;
  sendAnother: string;
  close: string;
  refusedTitle: string;
  rateLimitedTitle: string;
  rateLimitedRetry: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    uploadHelp: UploadHelpMessages;
  }
}

export const uploadHelpMessages: UploadHelpMessages = {
  trigger: 'Need help exporting data? Request remote assist',
  title: 'Request remote assist',
  intro: 'Tell us what you were trying to export. Someone from support will contact you.',
  contactName: 'Your name',
  contactEmail: 'Email',
  exportTarget: 'What were you trying to export?',
  exportTargetHint: 'For example: QuickBooks invoices, Xero contacts.',
  message: 'What went wrong?',
  messageHint: 'At least 10 characters.',
  submit: 'Send request',
  sending: 'Sending…',
  cancel: 'Cancel',
  required: 'Please fill this in.',
  invalidEmail: 'Please enter a valid email address.',
  tooShort: 'Please write at least {min} characters.',
  tooLong: 'Please keep it under {max} characters.',
  sentTitle: 'Request sent',
  sentIntro: 'We received your request. This is what we sent:',
  sendAnother: 'Send another request',
  close: 'Close',
  refusedTitle: 'The request could not be sent',
  rateLimitedTitle: 'Too many requests for this workspace',
  rateLimitedRetry: 'You can send another request in about {minutes} min.',
};
