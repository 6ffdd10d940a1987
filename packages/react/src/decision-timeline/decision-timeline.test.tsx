import { SEEDED_OVERRIDE_EXECUTIONS } from '@govkit/mock-server';
import { InternalServerError, type TimelineEntry } from '@govkit/sdk';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { de } from '../locales/de';
import { createQueryClient, GovkitProvider } from '../provider/govkit-provider';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import {
  createTestClient,
  renderWithGovkit,
  useMockGovkitServer,
} from '../test/render-with-govkit';
import { ConnectedDecisionTimeline } from './connected-decision-timeline';
import { DecisionTimeline } from './decision-timeline';
import {
  createLargeTimeline,
  LIVE_OVERRIDE_ID,
  TIMELINE_LIVE,
  TIMELINE_NOW,
  TIMELINE_WORLD,
} from './decision-timeline.fixtures';

const entryIds = () => screen.getAllByRole('article').map((a) => a.getAttribute('data-entry-id'));

describe('DecisionTimeline (presentational)', () => {
  it('renders every kind with its renderer and a neutral fallback for an unknown type', async () => {
    const { container } = render(
      <DecisionTimeline entries={TIMELINE_WORLD} live={TIMELINE_LIVE} now={TIMELINE_NOW} />,
    );
    expect(screen.getByRole('region', { name: 'Decision timeline' })).toHaveAttribute(
      'data-state',
      'ready',
    );
    expect(entryIds()).toEqual(TIMELINE_WORLD.map((e) => e.entry_id));
    const kinds = screen.getAllByRole('article').map((a) => a.getAttribute('data-kind'));
    expect(kinds).toEqual([
      'override_reversal',
      'override_action',
      'coaching_note',
      'override_recommendation',
      'approval_event',
      'baseline_event',
      'analytics_snapshot',
      'unknown',
    ]);
    expect(screen.getByText('Reversed the cooldown override')).toBeInTheDocument();
    expect(screen.getByText('Cooldown window 120 min')).toBeInTheDocument();
    expect(screen.getByText('Move the backlog candidate to Riley.')).toBeInTheDocument();
    expect(screen.getByText('Faster sign-off')).toBeInTheDocument();
    expect(screen.getByText('Baseline approved')).toBeInTheDocument();
    expect(screen.getByText('Cadence of Morgan Manager: steady load')).toBeInTheDocument();
    expect(screen.getByText('Event “Guardrail alert”')).toBeInTheDocument();
    expect(
      screen.getByText('Reversal lock held by Morgan Manager (Override actor)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Cooldown: 1 min 30 sec left')).toBeInTheDocument();
    // who and when in every row's header; "System" when no one acted.
    const first = screen.getAllByRole('article')[0] as HTMLElement;
    expect(within(first).getByText('Riley Reviewer')).toBeInTheDocument();
    expect(within(first).getByRole('time')).toHaveAttribute('dateTime', '2026-01-15T11:50:00.000Z');
    expect(screen.getAllByText('System').length).toBeGreaterThan(0);
    await expectNoAxeViolations(container);
  });

  it('shows loading, empty and error states (with retry)', async () => {
    const onRetry = vi.fn();
    const { container, rerender } = render(<DecisionTimeline entries={undefined} />);
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'loading');
    expect(screen.getByRole('region')).toHaveAttribute('aria-busy', 'true');
    await expectNoAxeViolations(container);
    rerender(<DecisionTimeline entries={[]} />);
    expect(screen.getByText('No decisions on the timeline yet')).toBeInTheDocument();
    await expectNoAxeViolations(container);
    rerender(
      <DecisionTimeline
        error={apiErrorOf(InternalServerError, 500, 'Timeline store unavailable')}
        onRetry={onRetry}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Timeline store unavailable');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
    await expectNoAxeViolations(container);
  });

  it('filters by kind, actor and day, controllably', async () => {
    const onFiltersChange = vi.fn();
    render(<DecisionTimeline entries={TIMELINE_WORLD} onFiltersChange={onFiltersChange} />);
    await userEvent.selectOptions(screen.getByLabelText('Entry type'), 'Approval');
    expect(entryIds()).toEqual(['baseline-event-approved-1']);
    expect(onFiltersChange).toHaveBeenLastCalledWith({ kind: 'approval_event' });
    await userEvent.selectOptions(screen.getByLabelText('Entry type'), '');
    await userEvent.type(screen.getByLabelText('Actor'), 'ADA');
    expect(entryIds()).toEqual(['baseline-event-approved-1', 'baseline-event-published-1']);
    await userEvent.type(screen.getByLabelText('Actor'), 'x');
    expect(screen.getByText('No entry matches the filters')).toBeInTheDocument();
    await userEvent.click(
      screen.getAllByRole('button', { name: 'Clear filters' })[0] as HTMLElement,
    );
    expect(entryIds()).toHaveLength(TIMELINE_WORLD.length);
  });

  it('jumps to an entry by id, loading it through onFindEntry when not loaded', async () => {
    const onSelected = vi.fn();
    const onFindEntry = vi.fn(async () => false);
    render(
      <DecisionTimeline
        entries={TIMELINE_WORLD}
        onSelectedEntryIdChange={onSelected}
        onFindEntry={onFindEntry}
      />,
    );
    await userEvent.type(screen.getByLabelText('Jump to entry'), 'analytics:user-manager:1{Enter}');
    await waitFor(() => expect(onSelected).toHaveBeenLastCalledWith('analytics:user-manager:1'));
    expect(document.activeElement).toHaveAttribute('data-entry-id', 'analytics:user-manager:1');
    await userEvent.clear(screen.getByLabelText('Jump to entry'));
    await userEvent.type(screen.getByLabelText('Jump to entry'), 'evt-old{Enter}');
    expect(await screen.findByText(/No entry evt-old on this timeline/)).toBeInTheDocument();
    expect(onFindEntry).toHaveBeenCalledWith('evt-old', expect.any(AbortSignal));
  });

  it('moves focus with the keyboard and selects with Enter', async () => {
    render(<DecisionTimeline entries={TIMELINE_WORLD} />);
    const articles = screen.getAllByRole('article');
    expect(articles.map((a) => a.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1, -1]);
    (articles[0] as HTMLElement).focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('data-entry-id', 'note-1');
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toHaveAttribute('data-selected', 'true');
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toHaveAttribute('data-entry-id', 'evt-reverse-1');
  });

  it('keeps a throwing host renderer to its own row, and uses host renderers by kind', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <DecisionTimeline
        entries={TIMELINE_WORLD}
        renderers={{
          coaching_note: () => {
            throw new Error('bug');
          },
          approval_event: ({ entry }) => <p>Approved by host: {entry.baseline_id}</p>,
        }}
      />,
    );
    expect(screen.getByText('Event “Coaching note”')).toBeInTheDocument();
    expect(screen.getByText('Approved by host: baseline-dba2bd58')).toBeInTheDocument();
    expect(entryIds()).toHaveLength(TIMELINE_WORLD.length);
  });

  it('asks for the next page near the end, once per page', () => {
    const onLoadMore = vi.fn();
    const { rerender } = render(
      <DecisionTimeline entries={TIMELINE_WORLD} hasMore onLoadMore={onLoadMore} />,
    );
    expect(onLoadMore).toHaveBeenCalledOnce();
    rerender(<DecisionTimeline entries={TIMELINE_WORLD} hasMore onLoadMore={onLoadMore} />);
    expect(onLoadMore).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Load more' })).toBeInTheDocument();
  });

  it('shows the live state and offers to reconnect when offline', async () => {
    const onReconnect = vi.fn();
    const { rerender } = render(
      <DecisionTimeline entries={[]} liveStatus="reconnecting" liveRetryInMs={4000} />,
    );
    expect(screen.getByText('Reconnecting in 4 sec…')).toBeInTheDocument();
    rerender(<DecisionTimeline entries={[]} liveStatus="offline" onReconnect={onReconnect} />);
    await userEvent.click(screen.getByRole('button', { name: 'Reconnect' }));
    expect(onReconnect).toHaveBeenCalledOnce();
  });

  it('speaks German', () => {
    render(
      <GovkitProvider
        client={createTestClient()}
        queryClient={createQueryClient()}
        locale="de"
        translations={{ de }}
      >
        <DecisionTimeline entries={TIMELINE_WORLD} liveStatus="live" now={TIMELINE_NOW} />
      </GovkitProvider>,
    );
    expect(screen.getByRole('region', { name: 'Entscheidungsverlauf' })).toBeInTheDocument();
    expect(screen.getByText('Baseline freigegeben')).toBeInTheDocument();
    expect(screen.getByLabelText('Zu Eintrag springen')).toBeInTheDocument();
    // API words (actions, statuses, priorities) are named in German too, not humanised English.
    expect(screen.getByText('Neuzuweisung')).toBeInTheDocument();
    expect(screen.getByText('Override „Sperrfrist“ zurückgenommen')).toBeInTheDocument();
    expect(screen.getByText('Eskalation empfohlen (blocker_churn_escalation)')).toBeInTheDocument();
    expect(screen.getByText('Rückgängig gemacht')).toBeInTheDocument();
  });

  it('reads an English action word lower case inside a sentence', () => {
    render(<DecisionTimeline entries={TIMELINE_WORLD} liveStatus="live" now={TIMELINE_NOW} />);
    expect(screen.getByText('Reversed the cooldown override')).toBeInTheDocument();
    expect(screen.getByText('Reassign')).toBeInTheDocument();
  });

  it('keeps the DOM bounded with 100,000 entries', () => {
    render(<DecisionTimeline entries={createLargeTimeline(100_000)} />);
    expect(screen.getAllByRole('article').length).toBeLessThanOrEqual(20);
    expect(screen.getByRole('feed')).toHaveStyle({ blockSize: `${100_000 * 104}px` });
  });
});

describe('ConnectedDecisionTimeline', () => {
  useMockGovkitServer();

  it('loads the seeded timeline page by page and finds an entry on a later page', async () => {
    const { container, queryClient } = renderWithGovkit(
      <ConnectedDecisionTimeline
        executionId={SEEDED_OVERRIDE_EXECUTIONS.review}
        pageSize={5}
        live={false}
      />,
    );
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Decision timeline' })).toHaveAttribute(
        'data-state',
        'ready',
      ),
    );
    await expectNoAxeViolations(container);
    // The last entry of the execution, many pages down.
    const all = (await createTestClient().timeline.list({
      execution_id: SEEDED_OVERRIDE_EXECUTIONS.review,
      limit: 200,
    })) as { entries: TimelineEntry[] };
    const last = all.entries.at(-1)?.entry_id ?? '';
    await userEvent.type(screen.getByLabelText('Jump to entry'), `${last}{Enter}`);
    // It took every page (happy-dom cannot scroll there; the Large story checks the focus).
    expect(
      await screen.findByText(`Showing entry ${last}.`, { exact: false }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`${all.entries.length} of ${all.entries.length} loaded entries`),
    ).toBeInTheDocument();
    expect(queryClient.getQueryCache().getAll().length).toBeGreaterThan(0);
  });

  it('shows a live cooldown from the stream on the override it belongs to', async () => {
    renderWithGovkit(
      <ConnectedDecisionTimeline executionId={SEEDED_OVERRIDE_EXECUTIONS.cooldown} />,
    );
    expect(await screen.findByText('Live', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(LIVE_OVERRIDE_ID).toBeTruthy();
  });
});
