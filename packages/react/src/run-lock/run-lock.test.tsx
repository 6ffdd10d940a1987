import { DEFAULT_STORE_START, SEEDED_WORKSPACES } from '@govkit/mock-server';
import { createClient, InternalServerError, RunLockHeldError } from '@govkit/sdk';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { de } from '../locales/de';
import { FREE_LOCK, LIVE_LOCK, LIVE_LOCK_NOW } from '../runs/run-governance.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { renderWithGovkit, TEST_BASE_URL, useMockGovkitServer } from '../test/render-with-govkit';
import { ConnectedRunLockInspector } from './connected-run-lock-inspector';
import { RunLockInspector } from './run-lock-inspector';
import { isRunLockHeld, RunLockNotice } from './run-lock-notice';

// The seed's calm refusal, word for word.
const RUN_LOCK_HELD_MESSAGE =
  'A snapshot is already running for this workspace. Please wait a moment and refresh.';

function field(name: string): HTMLElement {
  return screen.getByText(name, { selector: 'dt' }).nextElementSibling as HTMLElement;
}

describe('RunLockNotice', () => {
  it("shows the seed's calm message as a polite status, with a refresh action", async () => {
    const onRefresh = vi.fn();
    const { container } = render(<RunLockNotice onRefresh={onRefresh} />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(
      'A snapshot is already running for this workspace. Please wait a moment and refresh.',
    );
    expect(screen.getByText(RUN_LOCK_HELD_MESSAGE)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(onRefresh).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('recognises the refusal by its type only', () => {
    expect(isRunLockHeld(apiErrorOf(RunLockHeldError, 409, RUN_LOCK_HELD_MESSAGE))).toBe(true);
    expect(isRunLockHeld(apiErrorOf(InternalServerError, 500, RUN_LOCK_HELD_MESSAGE))).toBe(false);
    expect(isRunLockHeld(new Error(RUN_LOCK_HELD_MESSAGE))).toBe(false);
  });

  it('speaks German', () => {
    renderWithGovkit(<RunLockNotice />, { locale: 'de', translations: { de } });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Für diesen Arbeitsbereich läuft bereits ein Snapshot.',
    );
  });
});

describe('RunLockInspector (presentational)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows holder, fencing token, acquired and expiry times and the time left', async () => {
    const { container } = renderWithGovkit(
      <RunLockInspector lock={LIVE_LOCK} now={LIVE_LOCK_NOW} onRelease={vi.fn()} />,
    );
    const region = screen.getByRole('region', { name: 'Run lock' });
    expect(region).toHaveAttribute('data-state', 'live');
    expect(field('Holder')).toHaveTextContent('user-reviewer');
    expect(field('Fencing token')).toHaveTextContent('#7');
    expect(field('Acquired')).toHaveTextContent('Dec 3, 2026, 9:15 AM');
    expect(field('Expires').querySelector('time')).toHaveAttribute(
      'datetime',
      '2026-12-03T10:15:00.000Z',
    );
    expect(screen.getByRole('timer')).toHaveTextContent('4 min 30 sec');
    expect(screen.getByRole('timer')).toHaveAttribute('data-seconds-left', '270');
    await expectNoAxeViolations(container);
  });

  it('counts down on the controlled clock and turns expired at zero, once reporting it', () => {
    const onExpire = vi.fn();
    const { rerender } = render(
      <RunLockInspector lock={LIVE_LOCK} now={LIVE_LOCK_NOW} onExpire={onExpire} />,
    );
    rerender(
      <RunLockInspector lock={LIVE_LOCK} now={LIVE_LOCK_NOW + 269_000} onExpire={onExpire} />,
    );
    expect(screen.getByRole('timer')).toHaveTextContent('1 sec');
    expect(onExpire).not.toHaveBeenCalled();
    rerender(
      <RunLockInspector lock={LIVE_LOCK} now={LIVE_LOCK_NOW + 270_000} onExpire={onExpire} />,
    );
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'expired');
    expect(screen.getByRole('timer')).toHaveTextContent('Expired');
    expect(screen.getByText(/The next run takes it over/)).toBeInTheDocument();
    rerender(
      <RunLockInspector lock={LIVE_LOCK} now={LIVE_LOCK_NOW + 280_000} onExpire={onExpire} />,
    );
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('ticks every second on its own clock when uncontrolled', () => {
    vi.useFakeTimers({ now: LIVE_LOCK_NOW });
    render(<RunLockInspector lock={LIVE_LOCK} />);
    expect(screen.getByRole('timer')).toHaveTextContent('4 min 30 sec');
    act(() => {
      vi.advanceTimersByTime(5000);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('4 min 25 sec');
  });

  it('offers release only with a lock id: a missing lock_id simply hides it', async () => {
    const onRelease = vi.fn();
    const { rerender } = render(
      <RunLockInspector lock={LIVE_LOCK} now={LIVE_LOCK_NOW} onRelease={onRelease} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Release lock' }));
    expect(onRelease).toHaveBeenCalledWith(LIVE_LOCK.lock_id);
    rerender(
      <RunLockInspector
        lock={{ ...LIVE_LOCK, lock_id: null }}
        now={LIVE_LOCK_NOW}
        onRelease={onRelease}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Release lock' })).toBeNull();
    expect(field('Holder')).toHaveTextContent('user-reviewer');
    rerender(
      <RunLockInspector lock={LIVE_LOCK} now={LIVE_LOCK_NOW} releasing onRelease={onRelease} />,
    );
    expect(screen.getByRole('button', { name: 'Releasing…' })).toBeDisabled();
  });

  it('says the workspace is free when nobody holds it', async () => {
    const { container } = render(<RunLockInspector lock={FREE_LOCK} now={LIVE_LOCK_NOW} />);
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'free');
    expect(screen.getByRole('status')).toHaveTextContent('No run is holding this workspace');
    await expectNoAxeViolations(container);
  });

  it('keeps its layout while loading, and shows errors with a retry', async () => {
    const { container, rerender } = render(<RunLockInspector />);
    expect(screen.getByRole('region')).toHaveAttribute('aria-busy', 'true');
    expect(container.querySelectorAll('dd .govkit-skeleton')).toHaveLength(5);
    await expectNoAxeViolations(container);
    const onRetry = vi.fn();
    rerender(
      <RunLockInspector
        error={apiErrorOf(InternalServerError, 500, 'Lock store down')}
        onRetry={onRetry}
      />,
    );
    await userEvent.click(
      within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' }),
    );
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('speaks German', () => {
    renderWithGovkit(<RunLockInspector lock={LIVE_LOCK} now={LIVE_LOCK_NOW} />, {
      locale: 'de-DE',
      translations: { de },
    });
    expect(screen.getByRole('region', { name: 'Lauf-Sperre' })).toBeInTheDocument();
    expect(field('Inhaber')).toHaveTextContent('user-reviewer');
    expect(screen.getByRole('timer')).toHaveTextContent('4 Min. 30 Sek.');
  });
});

describe('ConnectedRunLockInspector', () => {
  useMockGovkitServer();
  const live = SEEDED_WORKSPACES[0]?.id as string;
  const storeNow = Date.parse(DEFAULT_STORE_START);

  it("shows the seeded live lock on the store's clock", async () => {
    const { container } = renderWithGovkit(
      <ConnectedRunLockInspector workspaceId={live} now={storeNow} />,
    );
    expect(await screen.findByText('user-reviewer')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('1 hr');
    await expectNoAxeViolations(container);
  });

  it('releases optimistically: free at once, and still free after the refetch', async () => {
    renderWithGovkit(<ConnectedRunLockInspector workspaceId={live} now={storeNow} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Release lock' }));
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'free');
    expect(await screen.findByText('No run is holding this workspace')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('rolls back when the server refuses the release, and says why', async () => {
    const refusing = createClient({
      baseURL: TEST_BASE_URL,
      maxRetries: 0,
      fetch: (input, init) =>
        init?.method === 'DELETE'
          ? Promise.resolve(
              Response.json(
                { detail: 'Only the holder or an admin may release this lock' },
                { status: 403 },
              ),
            )
          : fetch(input, init),
    });
    renderWithGovkit(<ConnectedRunLockInspector workspaceId={live} now={storeNow} />, {
      client: refusing,
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Release lock' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The lock could not be released.');
    expect(alert).toHaveTextContent('Only the holder or an admin may release this lock');
    expect(screen.getByRole('region', { name: 'Run lock' })).toHaveAttribute('data-state', 'live');
    expect(field('Holder')).toHaveTextContent('user-reviewer');
  });
});
