import { createStore } from '@govkit/mock-server';
import { InternalServerError, NotFoundError } from '@govkit/sdk';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { de } from '../locales/de';
import { GATED_MANIFEST, SUCCEEDED_MANIFEST } from '../runs/run-governance.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { renderWithGovkit, useMockGovkitServer } from '../test/render-with-govkit';
import { ConnectedRunManifestReceipt } from './connected-run-manifest-receipt';
import { RunManifestReceipt } from './run-manifest-receipt';

const trigger = () => screen.getByRole('button', { name: /technical details/ });

describe('RunManifestReceipt (presentational)', () => {
  it('keeps the technical details closed until asked', async () => {
    const { container } = renderWithGovkit(<RunManifestReceipt manifest={SUCCEEDED_MANIFEST} />);
    const receipt = screen.getByRole('region', { name: 'Run receipt' });
    expect(receipt).toHaveAttribute('data-state', 'ready');
    expect(receipt).toHaveAttribute('data-details', 'closed');
    expect(trigger()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(/steps succeeded/)).not.toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('opens the technical details: the summary line and the six steps in order', async () => {
    const { container } = renderWithGovkit(<RunManifestReceipt manifest={SUCCEEDED_MANIFEST} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show technical details' }));
    expect(trigger()).toHaveAttribute('aria-expanded', 'true');
    expect(trigger()).toHaveAccessibleName('Hide technical details');
    expect(screen.getByText('6 steps succeeded, 0 skipped, 0 failed (lock: abc123)')).toBeVisible();
    const steps = within(screen.getByRole('list', { name: 'Steps in the order they ran' }))
      .getAllByRole('listitem')
      .map((li) => li.getAttribute('data-step'));
    expect(steps).toEqual([
      'parse_normalize_pack',
      'build_business_profile',
      'build_snapshot_v2',
      'predictive_context',
      'infer_decision_v2',
      'validate_conclusion_v2',
    ]);
    const first = screen.getAllByRole('listitem')[0] as HTMLElement;
    expect(first).toHaveTextContent('Read and normalise the upload');
    expect(first).toHaveTextContent('Succeeded');
    expect(first).toHaveTextContent('Input fingerprint3f2a9c1b7d4e');
    expect(first).toHaveTextContent('Fencing token42');
    expect(first).toHaveTextContent('Notesfingerprint: 3f2a9c1b7d4e');
    expect(first).toHaveTextContent('StartedDec 3, 2026, 9:15 AM');
    expect(first.querySelector('time')).toHaveAttribute('datetime', '2026-12-03T09:15:00.000Z');
    await expectNoAxeViolations(container);

    await userEvent.keyboard('{Enter}');
    expect(trigger()).toHaveAttribute('aria-expanded', 'false');
  });

  it('puts steps in the seed order whatever order the server sent, and counts skips and failures', async () => {
    render(
      <RunManifestReceipt
        manifest={{ ...GATED_MANIFEST, steps: [...GATED_MANIFEST.steps].reverse() }}
        defaultDetailsOpen
      />,
    );
    expect(
      screen.getByText('3 steps succeeded, 2 skipped, 1 failed (lock: 9b1e77d0)'),
    ).toHaveAttribute('data-failed', 'true');
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveAttribute('data-step', 'parse_normalize_pack');
    expect(items[1]).toHaveAttribute('data-status', 'failed');
    expect(items[1]).toHaveTextContent('ErrorWebsite lookup timed out after 10 s');
    expect(items[4]).toHaveTextContent('StartedNot recorded');
    expect(items[4]).toHaveTextContent('Incomplete inputs - inference skipped');
  });

  it('keeps a step it does not know after the six, humanised, and omits the lock without one', () => {
    const { lock_id: _lock, ...withoutLock } = SUCCEEDED_MANIFEST;
    render(
      <RunManifestReceipt
        defaultDetailsOpen
        manifest={{
          ...withoutLock,
          steps: [{ step_name: 'layer_fusion', status: 'succeeded' }, ...SUCCEEDED_MANIFEST.steps],
        }}
      />,
    );
    expect(screen.getByText('7 steps succeeded, 0 skipped, 0 failed')).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items[6]).toHaveTextContent('Layer fusion');
  });

  it('is controllable: the open prop wins, and changes are reported', async () => {
    const onDetailsOpenChange = vi.fn();
    render(
      <RunManifestReceipt
        manifest={SUCCEEDED_MANIFEST}
        detailsOpen={false}
        onDetailsOpenChange={onDetailsOpenChange}
      />,
    );
    await userEvent.click(trigger());
    expect(onDetailsOpenChange).toHaveBeenCalledWith(true);
    expect(trigger()).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps its layout while loading', async () => {
    const { container } = render(<RunManifestReceipt />);
    const receipt = screen.getByRole('region', { name: 'Run receipt' });
    expect(receipt).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the run receipt');
    expect(trigger()).toBeDisabled();
    expect(container.querySelector('.govkit-skeleton')).not.toBeNull();
    await expectNoAxeViolations(container);
  });

  it('says so when no step was recorded', async () => {
    const { container } = render(
      <RunManifestReceipt manifest={{ ...SUCCEEDED_MANIFEST, steps: [] }} defaultDetailsOpen />,
    );
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'empty');
    expect(screen.getByRole('status')).toHaveTextContent('No steps recorded');
    await expectNoAxeViolations(container);
  });

  it('shows the typed error with a retry, and "Run not found" on a 404', async () => {
    const onRetry = vi.fn();
    const { container, rerender } = render(
      <RunManifestReceipt
        error={apiErrorOf(InternalServerError, 500, 'Run store unavailable')}
        onRetry={onRetry}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Run store unavailable');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
    rerender(
      <RunManifestReceipt runId="run-x" error={apiErrorOf(NotFoundError, 404, 'Run not found')} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'There is no run run-x, or you are not allowed to see it.',
    );
  });

  it('speaks German, with German numbers and times in the provider time zone', () => {
    renderWithGovkit(<RunManifestReceipt manifest={GATED_MANIFEST} defaultDetailsOpen />, {
      locale: 'de-DE',
      translations: { de },
      timeZone: 'Europe/Berlin',
    });
    expect(screen.getByRole('button', { name: 'Technische Details ausblenden' })).toBeVisible();
    expect(
      screen.getByText(
        '3 Schritte erfolgreich, 2 übersprungen, 1 fehlgeschlagen (Sperre: 9b1e77d0)',
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('Begonnen03.12.2026, 10:15');
  });
});

describe('ConnectedRunManifestReceipt', () => {
  useMockGovkitServer();
  // The fresh store each test gets is seeded the same way, so its first run id is stable.
  const runId = createStore().runGovernance.runs.listRuns()[0]?.run_id as string;

  it('loads a seeded run through the client and the mock server', async () => {
    const { container } = renderWithGovkit(
      <ConnectedRunManifestReceipt runId={runId} defaultDetailsOpen />,
    );
    expect(
      await screen.findByText(/steps succeeded, \d+ skipped, \d+ failed \(lock: .{8}\)/),
    ).toBeVisible();
    expect(screen.getAllByRole('listitem')).toHaveLength(6);
    await expectNoAxeViolations(container);
  });

  it('shows "Run not found" for an unknown run', async () => {
    renderWithGovkit(<ConnectedRunManifestReceipt runId="run-missing" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Run not found');
  });
});
