/**
 * Every namespace of user-facing strings, by widget. Each widget adds its own namespace by
 * module augmentation in its `<widget>-messages.ts`, so no shared file lists every widget:
 *
 * @example
 * declare module '../i18n/message-catalog' {
 *   interface GovkitMessageCatalog {
 *     taskSummary: TaskSummaryMessages;
 *   }
 * }
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by module augmentation, one widget each.
export interface GovkitMessageCatalog {}

/** The provider's `messages`: any string of any namespace, overridden one by one. */
export type GovkitMessageOverrides = {
  [Namespace in keyof GovkitMessageCatalog]?: Partial<GovkitMessageCatalog[Namespace]>;
};

/** The languages govkit ships complete message sets for. */
export type GovkitLanguage = 'en' | 'de';

/** One namespace's complete strings in every shipped language (types keep German complete). */
export type LocalizedMessages<TMessages> = Record<GovkitLanguage, TMessages>;

/** The shipped language for a BCP 47 locale: German for `de`, `de-CH`, …; English otherwise. */
export function languageOf(locale: string): GovkitLanguage {
  return locale.toLowerCase().split(/[-_]/)[0] === 'de' ? 'de' : 'en';
}

/**
 * Fill `{name}` placeholders of a message. An unknown placeholder stays visible (`{name}`), so a
 * host's custom string with a typo shows the typo instead of silently losing text.
 */
export function formatMessage(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}
