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

/**
 * One language's strings of every namespace, complete: what a locale entry such as
 * `@govkit/react/locales/de` ships. Complete by type, so a widget that adds a string (or a whole
 * namespace) without its translation fails the type-check of the locale entry.
 */
export type GovkitTranslations = {
  [Namespace in keyof GovkitMessageCatalog]: GovkitMessageCatalog[Namespace];
};

/**
 * The provider's `translations`: strings by BCP 47 language tag (`{ de }`, `{ de, fr }`,
 * `{ 'de-CH': … }`). A set may be partial (a host's own language grows string by string); what it
 * lacks stays English.
 */
export type GovkitTranslationsByLocale = Readonly<Record<string, GovkitMessageOverrides>>;

/** The primary language subtag of a BCP 47 locale, lower case: `de` for `de-CH` and `DE_de`. */
export function languageOf(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The registered strings for a locale: the most specific tag first (`de-CH-1996`, then `de-CH`,
 * then `de`), so a host can ship a regional variant beside the base language. `undefined` when
 * no registered tag matches (the widgets then speak English).
 */
export function translationsFor(
  locale: string,
  registered: GovkitTranslationsByLocale | undefined,
): GovkitMessageOverrides | undefined {
  if (!registered) return undefined;
  const byTag = new Map(Object.entries(registered).map(([tag, set]) => [normalizeTag(tag), set]));
  const subtags = normalizeTag(locale).split('-');
  for (let length = subtags.length; length > 0; length -= 1) {
    const set = byTag.get(subtags.slice(0, length).join('-'));
    if (set) return set;
  }
  return undefined;
}

function normalizeTag(tag: string): string {
  return tag.toLowerCase().replaceAll('_', '-');
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
