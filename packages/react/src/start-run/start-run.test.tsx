import { DEFAULT_STORE_START, SEEDED_WORKSPACES } from '@govkit/mock-server';
import { InternalServerError, RunLockHeldError } from '@govkit/sdk';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { de } from '../locales/de';
import { SUCCEEDED_RUN } from '../runs/run-governance.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { renderWithGovkit, useMockGovkitServer } from '../test/render-with-govkit';
import { ConnectedStartRun } from './connected-start-run';
import { CLEAN_RUN_REQUEST, GATED_RUN_REQUEST } from './start-run.fixtures';
import { StartRunPanel } from './start-run-panel';

// The seed's calm refusal, word for word.
const RUN_LOCK_HELD_MESSAGE =
  'A snapshot is already running for this workspace. Please wait a moment and refresh.';

// The result shows three widgets at once; axe over all of them is slow on a busy machine.
const SLOW = { timeout: 20_000 };

describe('StartRunPanel (presentational)', SLOW, () => {
  it('starts a run on click and shows the conclusion, watch list and receipt of the result', async () => {
    const onStart = vi.fn();
    const { container, rerender } = render(<StartRunPanel onStart={onStart} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start a run' }));
    expect(onStart).toHaveBeenCalledTimes(1);
    rerender(<StartRunPanel onStart={onStart} pending />);
    expect(screen.getByRole('button', { name: 'Running…' })).toBeDisabled();
    rerender(<StartRunPanel onStart={onStart} result={SUCCEEDED_RUN} />);
    expect(screen.getByRole('region', { name: 'Conclusion' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Run receipt' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'What might shift in the next 30–90 days (optional)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Run again' })).toBeEnabled();
    await expectNoAxeViolations(container);
  });

  it('meets the lock calmly: the notice, no error, and Refresh tries again', async () => {
    const onStart = vi.fn();
    const { container } = render(
      <StartRunPanel
        onStart={onStart}
        error={apiErrorOf(RunLockHeldError, 409, RUN_LOCK_HELD_MESSAGE)}
        lockDetails={<p>details</p>}
      />,
    );
    expect(screen.getByText(RUN_LOCK_HELD_MESSAGE)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('details')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(onStart).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('shows other errors with their detail and a retry', async () => {
    const onStart = vi.fn();
    render(
      <StartRunPanel
        onStart={onStart}
        error={apiErrorOf(InternalServerError, 500, 'Pipeline crashed')}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The run could not start');
    expect(alert).toHaveTextContent('Pipeline crashed');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onStart).toHaveBeenCalledTimes(1);
  });

  it('speaks German', () => {
    renderWithGovkit(<StartRunPanel onStart={vi.fn()} />, { locale: 'de', translations: { de } });
    expect(screen.getByRole('button', { name: 'Lauf starten' })).toBeInTheDocument();
  });
});

describe('ConnectedStartRun', SLOW, () => {
  useMockGovkitServer();
  const live = SEEDED_WORKSPACES[0]?.id as string;
  const free = SEEDED_WORKSPACES[2]?.id as string;

  it('starts a run in a free workspace and shows its receipt', async () => {
    const { container } = renderWithGovkit(
      <ConnectedStartRun workspaceId={free} request={CLEAN_RUN_REQUEST} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Start a run' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Show technical details' }));
    expect(
      screen.getByText(/^6 steps succeeded, 0 skipped, 0 failed \(lock: .{8}\)$/),
    ).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('shows the doctrine-safe conclusion for a gated upload', async () => {
    renderWithGovkit(<ConnectedStartRun workspaceId={free} request={GATED_RUN_REQUEST} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start a run' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "We're missing some inputs, so this snapshot is less reliable.",
    );
  });

  it('meets the seeded live lock: the calm notice and the inspector with the holder', async () => {
    const { container } = renderWithGovkit(
      <ConnectedStartRun
        workspaceId={live}
        request={CLEAN_RUN_REQUEST}
        now={Date.parse(DEFAULT_STORE_START)}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Start a run' }));
    expect(await screen.findByText(RUN_LOCK_HELD_MESSAGE)).toBeInTheDocument();
    expect(await screen.findByText('user-reviewer')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Run lock' })).toHaveAttribute('data-state', 'live');
    await expectNoAxeViolations(container);
  });
});
