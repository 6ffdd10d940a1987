/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { de } from './de';

// Every widget's English defaults, found by file name so a new widget is checked without
// being listed here (its namespace is its export's name without `Messages`).
const englishModules = import.meta.glob<Record<string, Record<string, string>>>(
  ['../*/*-messages.ts', '!../i18n/use-messages.ts'],
  { eager: true },
);
const english = new Map(
  Object.values(englishModules).flatMap((module) =>
    Object.entries(module)
      .filter(([name]) => name.endsWith('Messages'))
      .map(([name, messages]) => [name.slice(0, -'Messages'.length), messages] as const),
  ),
);

function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

// API words have no English table (English is the API word humanised); German names each
// known status, which the type of `apiWordsDe` keeps complete.
const DERIVED_ENGLISH = ['apiWords'];

describe('@govkit/react/locales/de', () => {
  it('translates every namespace a widget defines, and nothing else', () => {
    expect(english.size).toBeGreaterThan(20);
    expect(Object.keys(de).sort()).toEqual([...english.keys(), ...DERIVED_ENGLISH].sort());
  });

  it('names every API word', () => {
    for (const [status, word] of Object.entries(de.apiWords)) {
      expect(status, status).toMatch(/^[a-z_]+$/);
      expect(word.trim(), status).not.toBe('');
    }
  });

  it.each([...english])(
    '%s: every English string has a German one with the same placeholders',
    (namespace, messages) => {
      const german = (de as unknown as Record<string, Record<string, string>>)[namespace] ?? {};
      expect(Object.keys(german).sort()).toEqual(Object.keys(messages).sort());
      for (const [key, template] of Object.entries(messages)) {
        const translated = german[key] ?? '';
        expect(translated.trim(), `${namespace}.${key}`).not.toBe('');
        expect(placeholdersOf(translated), `${namespace}.${key}`).toEqual(placeholdersOf(template));
      }
    },
  );
});
