// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createClient } from '@govkit/sdk';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { de } from '../locales/de';
import { GovkitProvider } from '../provider/govkit-provider';
import { SSR_REGISTRY } from './ssr-registry';

const packageJson = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { exports: Record<string, unknown> };

// Every JavaScript export but the root, package.json and the locale entries (data, no widget)
// is a widget entry point.
const widgetEntries = Object.keys(packageJson.exports)
  .filter(
    (subpath) =>
      subpath !== '.' && !/\.(css|json)$/.test(subpath) && !subpath.startsWith('./locales/'),
  )
  .map((subpath) => subpath.slice(2));

describe('server rendering', () => {
  it('runs where there is no DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('has a registry entry for every widget entry point of package.json', () => {
    expect(SSR_REGISTRY.map(({ entry }) => entry).sort()).toEqual(widgetEntries.sort());
  });

  it('imports every widget entry point without touching window or document', async () => {
    for (const entry of widgetEntries) {
      await expect(import(`../${entry}/index.ts`)).resolves.toBeDefined();
    }
  });

  it('renders every widget in German on the server with the locale entry registered', () => {
    const client = createClient({ baseURL: 'http://govkit.invalid' });
    for (const { entry, elements } of SSR_REGISTRY) {
      for (const { name, element } of elements) {
        const inLocale = (locale: string) =>
          renderToString(
            <GovkitProvider client={client} locale={locale} translations={{ de }}>
              {element}
            </GovkitProvider>,
          );
        const german = inLocale('de-DE');
        expect(german, `${entry} ${name}`).toMatch(/^<section [^>]*class="govkit-widget /);
        // Every widget says something (a title, a loading label), so German differs from English.
        expect(german, `${entry} ${name}`).not.toBe(inLocale('en'));
      }
    }
  });

  describe.each(SSR_REGISTRY)('$entry', ({ elements }) => {
    it.each(elements.map(({ name, element }) => [name, element] as const))(
      '%s renders to HTML',
      (_name, element) => {
        const html = renderToString(
          <GovkitProvider client={createClient({ baseURL: 'http://govkit.invalid' })}>
            {element}
          </GovkitProvider>,
        );
        expect(html).toMatch(/^<section [^>]*class="govkit-widget /);
      },
    );
  });
});
