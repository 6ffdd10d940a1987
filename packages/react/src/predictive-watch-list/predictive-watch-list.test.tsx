import { createStore } from '@govkit/mock-server';
import { InternalServerError, type PresentedWatchList } from '@govkit/sdk';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { de } from '../locales/de';
import { SUCCEEDED_RUN } from '../runs/run-governance.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { renderWithGovkit, useMockGovkitServer } from '../test/render-with-govkit';
import { ConnectedPredictiveWatchList } from './connected-predictive-watch-list';
import { PredictiveWatchList } from './predictive-watch-list';

const WATCH_LIST = SUCCEEDED_RUN.presented_watch_list as PresentedWatchList;
const TITLE = 'What might shift in the next 30–90 days (optional)';

describe('PredictiveWatchList (presentational)', () => {
  it('starts collapsed in quiet mode and opens on click, with items and the disclaimer', async () => {
    const { container } = render(<PredictiveWatchList watchList={WATCH_LIST} />);
    const trigger = screen.getByRole('button', { name: TITLE });
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('region', { name: TITLE })).toHaveAttribute('data-open', 'false');
    expect(screen.queryByRole('listitem')).toBeNull();
    await expectNoAxeViolations(container);

    await userEvent.click(trigger);
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const first = items[0] as HTMLElement;
    expect(within(first).getByRole('heading', { name: 'Refrigerant regulations' })).toBeVisible();
    expect(first).toHaveTextContent(
      'Why it mattersEPA phase-downs affect equipment costs and job pricing',
    );
    expect(first).toHaveTextContent(
      'What to watchNew equipment orders, refrigerant inventory costs',
    );
    expect(first).toHaveTextContent('Time horizon30–90 days');
    expect(screen.getByText('This is a watch list, not a forecast.')).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('opens with the keyboard and starts open outside quiet mode', async () => {
    render(<PredictiveWatchList watchList={WATCH_LIST} />);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: TITLE })).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });

  it('starts open when not quiet, and is controllable', async () => {
    const onOpenChange = vi.fn();
    const { rerender } = render(<PredictiveWatchList watchList={WATCH_LIST} quiet={false} />);
    expect(screen.getByRole('button', { name: TITLE })).toHaveAttribute('aria-expanded', 'true');
    rerender(
      <PredictiveWatchList watchList={WATCH_LIST} open={false} onOpenChange={onOpenChange} />,
    );
    await userEvent.click(screen.getByRole('button', { name: TITLE }));
    expect(onOpenChange).toHaveBeenCalledWith(true);
    expect(screen.getByRole('button', { name: TITLE })).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows at most four items, and a horizon it cannot parse as sent', () => {
    const item = { ...(WATCH_LIST.items[0] as PresentedWatchList['items'][number]) };
    render(
      <PredictiveWatchList
        defaultOpen
        watchList={{
          ...WATCH_LIST,
          items: [1, 2, 3, 4, 5].map((n) => ({
            ...item,
            topic: `Topic ${n}`,
            time_horizon: n === 1 ? 'next quarter' : item.time_horizon,
          })),
        }}
      />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('Time horizonnext quarter');
  });

  it('says so when the run has no watch list (a gated run)', async () => {
    const { container } = render(<PredictiveWatchList watchList={null} defaultOpen />);
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'empty');
    expect(screen.getByRole('status')).toHaveTextContent('No watch list for this run');
    await expectNoAxeViolations(container);
  });

  it('loads with skeletons and shows typed errors with a retry', async () => {
    const { container, rerender } = render(<PredictiveWatchList defaultOpen />);
    expect(screen.getByRole('region')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the watch list');
    await expectNoAxeViolations(container);
    const onRetry = vi.fn();
    rerender(
      <PredictiveWatchList
        defaultOpen
        error={apiErrorOf(InternalServerError, 500, 'Library unavailable')}
        onRetry={onRetry}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('speaks German', async () => {
    renderWithGovkit(<PredictiveWatchList watchList={WATCH_LIST} defaultOpen />, {
      locale: 'de-DE',
      translations: { de },
    });
    expect(
      screen.getByRole('button', {
        name: 'Was sich in den nächsten 30–90 Tagen ändern könnte (optional)',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('Zeithorizont30–90 Tage');
    expect(screen.getByText('Dies ist eine Beobachtungsliste, keine Prognose.')).toBeVisible();
  });
});

describe('ConnectedPredictiveWatchList', () => {
  useMockGovkitServer();
  const runs = createStore().runGovernance.runs.listRuns();
  const confident = runs.find((run) => run.presented_watch_list)?.run_id as string;

  it("loads a seeded run's watch list through the mock server", async () => {
    const { container } = renderWithGovkit(
      <ConnectedPredictiveWatchList runId={confident} defaultOpen />,
    );
    expect(await screen.findByText('This is a watch list, not a forecast.')).toBeVisible();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(container);
  });
});
