import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { de } from '../locales/de';
import { GovkitProvider } from '../provider/govkit-provider';
import { createTestClient, renderWithGovkit } from '../test/render-with-govkit';
import { type CommonMessages, commonMessages } from './common-messages';
import type { GovkitTranslationsByLocale } from './message-catalog';
import { useMessages } from './use-messages';

function Retry({ messages }: { messages?: Partial<CommonMessages> }) {
  return <p>{useMessages('common', commonMessages, messages).retry}</p>;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('useMessages', () => {
  it('is English without a provider and with an English locale', () => {
    render(<Retry />);
    expect(screen.getByText('Try again')).toBeInTheDocument();
  });

  it('speaks a registered language, by its base language for a regional locale', () => {
    renderWithGovkit(<Retry />, { locale: 'de-AT', translations: { de } });
    expect(screen.getByText('Erneut versuchen')).toBeInTheDocument();
  });

  it('layers the host messages over the translation and the widget prop over both', () => {
    const { unmount } = renderWithGovkit(<Retry />, {
      locale: 'de',
      translations: { de },
      messages: { common: { retry: 'Nochmal' } },
    });
    expect(screen.getByText('Nochmal')).toBeInTheDocument();
    unmount();
    renderWithGovkit(<Retry messages={{ retry: 'Noch einmal laden' }} />, {
      locale: 'de',
      translations: { de },
      messages: { common: { retry: 'Nochmal' } },
    });
    expect(screen.getByText('Noch einmal laden')).toBeInTheDocument();
  });

  it("keeps English for the strings a host's partial language leaves out", () => {
    const translations: GovkitTranslationsByLocale = { fr: { common: { loading: 'Chargement…' } } };
    renderWithGovkit(<Retry />, { locale: 'fr', translations });
    expect(screen.getByText('Try again')).toBeInTheDocument();
  });
});

describe('GovkitProvider with a locale nobody registered', () => {
  it('shows English and warns once in development, however often it renders', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const client = createTestClient();
    const { rerender } = render(
      <GovkitProvider client={client} locale="it-IT">
        <Retry />
      </GovkitProvider>,
    );
    rerender(
      <GovkitProvider client={client} locale="it-IT">
        <Retry messages={{}} />
      </GovkitProvider>,
    );
    render(
      <GovkitProvider client={client} locale="it-IT">
        <Retry />
      </GovkitProvider>,
    );
    expect(screen.getAllByText('Try again')).toHaveLength(2);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('"it-IT"');
  });

  it('does not warn for English, a registered language, or in production', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderWithGovkit(<Retry />, { locale: 'en-GB' });
    renderWithGovkit(<Retry />, { locale: 'de-CH', translations: { de } });
    vi.stubEnv('NODE_ENV', 'production');
    renderWithGovkit(<Retry />, { locale: 'es' });
    expect(screen.getAllByText(/Try again|Erneut versuchen/)).toHaveLength(3);
    expect(warn).not.toHaveBeenCalled();
  });
});
