import type { UploadHelpMessages } from './upload-help-messages';

/** German strings of `uploadHelpMessages`; shipped in `@govkit/react/locales/de`, not in the widget's entry. */
export const uploadHelpMessagesDe: UploadHelpMessages = {
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
};
