import { describe, expect, it } from 'vitest';
import { languageOf, translationsFor } from './message-catalog';

describe('languageOf', () => {
  it('is the primary language subtag, lower case, for hyphen and underscore tags', () => {
    expect(languageOf('de-CH')).toBe('de');
    expect(languageOf('DE_de')).toBe('de');
    expect(languageOf('en')).toBe('en');
  });
});

describe('translationsFor', () => {
  const de = { common: { retry: 'Erneut versuchen' } };
  const deCh = { common: { retry: 'Nochmals versuchen' } };

  it('finds the base language for a regional locale', () => {
    expect(translationsFor('de-DE', { de })).toBe(de);
    expect(translationsFor('de_AT', { de })).toBe(de);
  });

  it('prefers the most specific registered tag, case-insensitively', () => {
    expect(translationsFor('de-ch', { de, 'de-CH': deCh })).toBe(deCh);
    expect(translationsFor('de-CH-1996', { de, 'de-CH': deCh })).toBe(deCh);
    expect(translationsFor('de-AT', { de, 'de-CH': deCh })).toBe(de);
  });

  it('is undefined when nothing matches (the widgets then speak English)', () => {
    expect(translationsFor('fr-FR', { de })).toBeUndefined();
    expect(translationsFor('de', undefined)).toBeUndefined();
    // A regional set never stands in for its base language or a sibling region.
    expect(translationsFor('de', { 'de-CH': deCh })).toBeUndefined();
  });
});
