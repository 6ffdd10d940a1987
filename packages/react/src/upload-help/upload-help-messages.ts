import type { LocalizedMessages } from '../i18n/message-catalog';

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

export const uploadHelpMessages: LocalizedMessages<UploadHelpMessages> = {
  en: {
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
  },
  de: {
    trigger: 'Hilfe beim Datenexport? Fernunterstützung anfordern',
    title: 'Fernunterstützung anfordern',
    intro:
      'Sagen Sie uns, was Sie exportieren wollten. Jemand vom Support wird sich bei Ihnen melden.',
    contactName: 'Ihr Name',
    contactEmail: 'E-Mail',
    exportTarget: 'Was wollten Sie exportieren?',
    exportTargetHint: 'Zum Beispiel: QuickBooks-Rechnungen, Xero-Kontakte.',
    message: 'Was ist schiefgelaufen?',
    messageHint: 'Mindestens 10 Zeichen.',
    submit: 'Anfrage senden',
    sending: 'Wird gesendet …',
    cancel: 'Abbrechen',
    required: 'Bitte füllen Sie dieses Feld aus.',
    invalidEmail: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
    tooShort: 'Bitte schreiben Sie mindestens {min} Zeichen.',
    tooLong: 'Bitte bleiben Sie unter {max} Zeichen.',
    sentTitle: 'Anfrage gesendet',
    sentIntro: 'Wir haben Ihre Anfrage erhalten. Das haben wir gesendet:',
    sendAnother: 'Weitere Anfrage senden',
    close: 'Schließen',
    refusedTitle: 'Die Anfrage konnte nicht gesendet werden',
    rateLimitedTitle: 'Zu viele Anfragen für diesen Arbeitsbereich',
    rateLimitedRetry: 'Sie können in etwa {minutes} Min. eine weitere Anfrage senden.',
  },
};
