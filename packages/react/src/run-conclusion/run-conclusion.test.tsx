import { createStore } from '@govkit/mock-server';
import { InternalServerError } from '@govkit/sdk';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { de } from '../locales/de';
import { GATED_RUN, SUCCEEDED_RUN } from '../runs/run-governance.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { renderWithGovkit, useMockGovkitServer } from '../test/render-with-govkit';
import { ConnectedRunConclusion } from './connected-run-conclusion';
import { RunConclusion } from './run-conclusion';

describe('RunConclusion (presentational)', () => {
  it('shows one takeaway, one next action and the evidence, with no alert', async () => {
    const { container } = render(<RunConclusion run={SUCCEEDED_RUN} />);
    const region = screen.getByRole('region', { name: 'Conclusion' });
    expect(region).toHaveAttribute('data-state', 'ready');
    expect(region.querySelector('[data-section="takeaway"]')).toHaveTextContent(
      'Cash is tied up in quotes that stall after the first visit.',
    );
    expect(region.querySelector('[data-section="next-action"]')).toHaveTextContent(
      'Call back the five largest open quotes from October within 7 days.',
    );
    const evidence = region.querySelector('[data-section="evidence"]') as HTMLElement;
    expect(
      within(evidence)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['38% of quotes older than 21 days', 'Median approval lag 12 days']);
    expect(screen.queryByRole('alert')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it("gates: the data-warnings alert with the seed's text and the warnings, no confident inference", async () => {
    const { container } = render(<RunConclusion run={GATED_RUN} />);
    const region = screen.getByRole('region', { name: 'Conclusion' });
    expect(region).toHaveAttribute('data-state', 'gated');
    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByRole('heading', {
        name: "We're missing some inputs, so this snapshot is less reliable.",
      }),
    ).toBeInTheDocument();
    expect(within(alert).getAllByRole('listitem')[0]).toHaveTextContent(
      'Invoices file uploaded, but invoices were not recognized.',
    );
    expect(region.querySelector('[data-section="next-action"]')).toHaveTextContent(
      'Fix exports (check that invoices and quotes are recognized) then re-run.',
    );
    expect(region.querySelector('[data-section="takeaway"]')).toBeNull();
    expect(region.querySelector('[data-section="evidence"]')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('never shows a gated run as confident, even without any conclusion from the server', () => {
    render(<RunConclusion run={{ ...GATED_RUN, conclusion: null }} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      "We're missing some inputs, so this snapshot is less reliable.",
    );
  });

  it('says the snapshot is still assembling when a run has no conclusion', async () => {
    const { container } = render(<RunConclusion run={{ ...SUCCEEDED_RUN, conclusion: null }} />);
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'empty');
    expect(screen.getByRole('status')).toHaveTextContent('No conclusion yet');
    await expectNoAxeViolations(container);
  });

  it('keeps its layout while loading, and shows the typed error with a retry', async () => {
    const { container, rerender } = render(<RunConclusion />);
    expect(screen.getByRole('region')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the conclusion');
    await expectNoAxeViolations(container);
    const onRetry = vi.fn();
    rerender(
      <RunConclusion
        error={apiErrorOf(InternalServerError, 500, 'Run store down')}
        onRetry={onRetry}
      />,
    );
    await userEvent.click(
      within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' }),
    );
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert')).toHaveTextContent('Run store down');
  });

  it("speaks German, translating the seed's doctrine-safe text but not the server's own words", () => {
    renderWithGovkit(<RunConclusion run={GATED_RUN} />, { locale: 'de-DE', translations: { de } });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Uns fehlen einige Eingaben, daher ist dieser Snapshot weniger verlässlich.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Invoices file uploaded');
  });

  it('takes message overrides', () => {
    render(<RunConclusion run={SUCCEEDED_RUN} messages={{ nextAction: 'Do this next' }} />);
    expect(screen.getByText('Do this next')).toBeInTheDocument();
  });
});

describe('ConnectedRunConclusion', () => {
  useMockGovkitServer();
  const runs = createStore().runGovernance.runs.listRuns();
  const gated = runs.find((run) => run.gated)?.run_id as string;

  it('loads a seeded gated run and shows its alert', async () => {
    const { container } = renderWithGovkit(<ConnectedRunConclusion runId={gated} />);
    expect(await screen.findByRole('alert')).toHaveTextContent("We're missing some inputs");
    await expectNoAxeViolations(container);
  });
});
