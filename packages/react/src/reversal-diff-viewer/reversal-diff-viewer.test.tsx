import { InternalServerError, type OverrideActionTimelineDetail } from '@govkit/sdk';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { de } from '../locales/de';
import {
  COOLDOWN_REVERSAL,
  FIXTURE_NOW,
  REVERSED_OVERRIDE_ENTRY,
} from '../overrides/override-widgets.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import {
  createGovkitWrapper,
  createTestClient,
  renderWithGovkit,
  useMockGovkitServer,
} from '../test/render-with-govkit';
import { ConnectedReversalDiffViewer } from './connected-reversal-diff-viewer';
import { ReversalDiffViewer } from './reversal-diff-viewer';

const NOW = Date.parse(FIXTURE_NOW);
const EXPIRES = Date.parse('2026-01-15T13:50:00.000Z');

function cells(key: string): HTMLElement[] {
  const row = document.querySelector<HTMLElement>(`tr[data-key="${key}"]`);
  if (!row) throw new Error(`no row ${key}`);
  return within(row).getAllByRole('cell');
}

describe('ReversalDiffViewer (presentational)', () => {
  it('shows who reversed and when, the enforced window, the countdown and every changed field', async () => {
    const { container } = renderWithGovkit(
      <ReversalDiffViewer reversal={COOLDOWN_REVERSAL} now={NOW} />,
    );
    const region = screen.getByRole('region', { name: 'Override reversed' });
    expect(region).toHaveAttribute('data-cooldown', 'active');
    expect(within(region).getByText('Reversed Jan 15, 2026, 11:50 AM')).toBeInTheDocument();
    expect(within(region).getByText('by Riley Reviewer')).toBeInTheDocument();
    expect(within(region).getByText('Cooldown until Jan 15, 2026, 1:50 PM')).toHaveAttribute(
      'datetime',
      '2026-01-15T13:50:00.000Z',
    );
    expect(within(region).getByText('Window 120 min')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('2 hr remaining');
    // null as "—", scalars as text, objects as readable JSON
    const [cooldownBefore, cooldownAfter] = cells('cooldown_window_minutes');
    expect(cooldownBefore).toHaveTextContent('—');
    expect(cooldownBefore).toHaveAttribute('data-kind', 'empty');
    expect(cooldownAfter).toHaveTextContent('120');
    const [, metadataAfter] = cells('reversal_metadata');
    expect(metadataAfter).toHaveAttribute('data-kind', 'json');
    expect(metadataAfter?.querySelector('pre')?.textContent).toContain(
      '"reason": "operator_request"',
    );
    const [reversibleBefore, reversibleAfter] = cells('reversible');
    expect(reversibleBefore).toHaveTextContent('true');
    expect(reversibleAfter).toHaveTextContent('—');
    await expectNoAxeViolations(container);
  });

  it('counts down with the given clock, says "Cooldown cleared" at zero and calls onCooldownEnd once', () => {
    const onCooldownEnd = vi.fn();
    const { Wrapper } = createGovkitWrapper();
    const { rerender } = render(
      <ReversalDiffViewer
        reversal={COOLDOWN_REVERSAL}
        now={EXPIRES - 61_000}
        onCooldownEnd={onCooldownEnd}
      />,
      { wrapper: Wrapper },
    );
    expect(screen.getByRole('timer')).toHaveTextContent('1 min 1 sec remaining');
    rerender(
      <ReversalDiffViewer
        reversal={COOLDOWN_REVERSAL}
        now={EXPIRES - 1000}
        onCooldownEnd={onCooldownEnd}
      />,
    );
    expect(screen.getByRole('timer')).toHaveTextContent('1 sec remaining');
    expect(onCooldownEnd).not.toHaveBeenCalled();
    rerender(
      <ReversalDiffViewer
        reversal={COOLDOWN_REVERSAL}
        now={EXPIRES}
        onCooldownEnd={onCooldownEnd}
      />,
    );
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Cooldown cleared');
    expect(screen.getByRole('region')).toHaveAttribute('data-cooldown', 'cleared');
    rerender(
      <ReversalDiffViewer
        reversal={COOLDOWN_REVERSAL}
        now={EXPIRES + 5000}
        onCooldownEnd={onCooldownEnd}
      />,
    );
    expect(onCooldownEnd).toHaveBeenCalledTimes(1);
  });

  it('ticks on its own clock when none is given', async () => {
    vi.useFakeTimers({ now: EXPIRES - 2000, toFake: ['Date', 'setInterval', 'clearInterval'] });
    try {
      renderWithGovkit(<ReversalDiffViewer reversal={COOLDOWN_REVERSAL} />);
      expect(screen.getByRole('timer')).toHaveTextContent('2 sec remaining');
      await vi.advanceTimersByTimeAsync(2000);
      expect(screen.getByRole('status')).toHaveTextContent('Cooldown cleared');
    } finally {
      vi.useRealTimers();
    }
  });

  it("reads an override entry's detail: reversal, notes and the lifted window", () => {
    renderWithGovkit(
      <ReversalDiffViewer
        detail={{
          ...REVERSED_OVERRIDE_ENTRY.detail,
          reversal_event: { ...COOLDOWN_REVERSAL, cooldown_window_minutes: null },
          cooldown_window_minutes: 45,
        }}
        now={NOW}
      />,
    );
    expect(screen.getByText('Window 45 min')).toBeInTheDocument();
    expect(screen.getByText(/Load is back under the band/, { selector: 'p' })).toBeInTheDocument();
  });

  it('says "No field changes detected." and shows no cooldown when there is none', async () => {
    const { container } = renderWithGovkit(
      <ReversalDiffViewer
        reversal={{
          ...COOLDOWN_REVERSAL,
          diffs: [],
          cooldown_expires_at: null,
          cooldown_window_minutes: null,
          actor: { id: 'user-admin', name: null, email: null },
        }}
        now={NOW}
      />,
    );
    expect(screen.getByText('No field changes detected.')).toBeInTheDocument();
    expect(screen.getByText('by user-admin')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.getByRole('region')).toHaveAttribute('data-cooldown', 'none');
    await expectNoAxeViolations(container);
  });

  it('renders nothing without a reversal_event', () => {
    const { container } = render(
      <>
        <ReversalDiffViewer reversal={null} />
        <ReversalDiffViewer detail={{ ...REVERSED_OVERRIDE_ENTRY.detail, reversal_event: null }} />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('keeps its layout while loading and shows a typed error with retry', async () => {
    const { container, unmount } = renderWithGovkit(<ReversalDiffViewer loading />);
    expect(screen.getByRole('region')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the reversal');
    await expectNoAxeViolations(container);
    unmount();
    const onRetry = vi.fn();
    renderWithGovkit(
      <ReversalDiffViewer
        error={apiErrorOf(InternalServerError, 500, 'Timeline store unavailable')}
        onRetry={onRetry}
      />,
    );
    await userEvent.click(
      within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' }),
    );
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('speaks German', () => {
    renderWithGovkit(<ReversalDiffViewer reversal={COOLDOWN_REVERSAL} now={NOW} />, {
      locale: 'de',
      translations: { de },
    });
    expect(screen.getByRole('heading')).toHaveTextContent('Override zurückgenommen');
    expect(screen.getByText('Fenster 120 Min.')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Vorher' })).toBeInTheDocument();
  });
});

describe('ConnectedReversalDiffViewer', () => {
  useMockGovkitServer();

  it("shows the seeded reversal of the execution's timeline entry", async () => {
    const page = await createTestClient().timeline.list({
      execution_id: 'exec-override-002',
      limit: 200,
    });
    const entry = page.entries.find(
      (candidate) =>
        candidate.entry_type === 'override_action' &&
        (candidate.detail as OverrideActionTimelineDetail).reversal_event
          ?.cooldown_window_minutes === 120,
    );
    if (!entry) throw new Error('seed has no reversal with a 120-minute cooldown');
    const { container } = renderWithGovkit(
      <ConnectedReversalDiffViewer
        executionId="exec-override-002"
        entryId={String(entry.entry_id)}
        now={NOW}
      />,
    );
    await waitFor(() => expect(screen.getByRole('region')).toHaveAttribute('data-state', 'ready'));
    expect(screen.getByText('by Riley Reviewer')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('2 hr remaining');
    await expectNoAxeViolations(container);
  });
});
