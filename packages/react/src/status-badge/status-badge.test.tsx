import { createClient } from '@govkit/sdk';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { de } from '../locales/de';
import { GovkitProvider } from '../provider/govkit-provider';
import { StatusBadge } from './status-badge';
import { statusTone } from './status-tone';

describe('StatusBadge', () => {
  it('exposes the normalised status and its tone as data attributes', () => {
    render(<StatusBadge status="RETRY_RECOMMENDED" />);
    const badge = screen.getByText('Retry recommended');
    expect(badge.dataset.status).toBe('retry_recommended');
    expect(badge.dataset.tone).toBe('warning');
    expect(badge.className).toBe('govkit-status-badge');
  });

  it('passes label, className and DOM props through', () => {
    render(<StatusBadge status="blocked" label="Blocked by redline" className="x" title="t" />);
    const badge = screen.getByTitle('t');
    expect(badge.textContent).toBe('Blocked by redline');
    expect(badge.className).toBe('govkit-status-badge x');
    expect(badge.dataset.tone).toBe('critical');
  });
});

// Never called: the badge reads only the provider's locale settings.
const client = createClient({ baseURL: 'http://govkit.invalid' });

describe('StatusBadge words', () => {
  it('names a known status in the registered language, whatever its case and separators', () => {
    render(
      <GovkitProvider client={client} locale="de-DE" translations={{ de }}>
        <StatusBadge status="IN-PROGRESS" />
        <StatusBadge status="ALLOW" />
      </GovkitProvider>,
    );
    expect(screen.getByText('In Bearbeitung').dataset.status).toBe('in_progress');
    expect(screen.getByText('Erlaubt').dataset.tone).toBe('positive');
  });

  it('humanises a status no language knows, and lets the host rename any word', () => {
    render(
      <GovkitProvider
        client={client}
        locale="de"
        translations={{ de }}
        messages={{ apiWords: { blocked: 'Gesperrt' } }}
      >
        <StatusBadge status="quarantined_by_policy" />
        <StatusBadge status="BLOCKED" />
      </GovkitProvider>,
    );
    expect(screen.getByText('Quarantined by policy').dataset.tone).toBe('neutral');
    expect(screen.getByText('Gesperrt').dataset.status).toBe('blocked');
  });

  it('keeps an explicit label over every word source', () => {
    render(
      <GovkitProvider client={client} locale="de" translations={{ de }}>
        <StatusBadge status="failed" label="Upload abgebrochen" />
      </GovkitProvider>,
    );
    expect(screen.getByText('Upload abgebrochen').dataset.tone).toBe('critical');
  });
});

describe('statusTone', () => {
  it.each([
    ['ALLOWED', 'positive'],
    ['allow', 'positive'],
    ['PAUSED', 'warning'],
    ['in-progress', 'warning'],
    ['BLOCK', 'critical'],
    ['reversed', 'info'],
    ['something_new', 'neutral'],
  ])('%s is %s', (status, tone) => {
    expect(statusTone(status)).toBe(tone);
  });
});
