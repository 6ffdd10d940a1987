import { InternalServerError } from '@govkit/sdk';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { de } from '../locales/de';
import {
  BACKFILLED_WIRE_LINEAGE,
  REVERSED_OVERRIDE_ENTRY,
  SCENARIO_AND_NOTEBOOK_LINEAGE,
} from '../overrides/override-widgets.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import {
  createTestClient,
  renderWithGovkit,
  useMockGovkitServer,
} from '../test/render-with-govkit';
import { ConnectedScenarioContextWidget } from './connected-scenario-context-widget';
import { ScenarioContextWidget } from './scenario-context-widget';

function row(name: string): HTMLElement {
  const term = screen.getByText(name, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

describe('ScenarioContextWidget (presentational)', () => {
  it('shows scenario, notebook entry, who captured it and when, and the metadata', async () => {
    const { container } = renderWithGovkit(
      <ScenarioContextWidget lineage={SCENARIO_AND_NOTEBOOK_LINEAGE} />,
    );
    const region = screen.getByRole('region', { name: 'Lineage context' });
    expect(region).toHaveAttribute('data-state', 'ready');
    expect(within(region).getByText('Riley Reviewer • Jan 14, 2026, 11:50 AM')).toHaveAttribute(
      'datetime',
      '2026-01-14T11:50:00.000Z',
    );
    expect(row('Scenario')).toHaveTextContent('Faster sign-off');
    expect(row('Scenario')).toHaveTextContent('scenario-faster-signoff');
    expect(row('Scenario')).toHaveTextContent('Folder: Q1 experiments');
    expect(row('Notebook entry')).toHaveTextContent('Reviewer load notes');
    expect(row('Notebook entry')).toHaveTextContent('Execution: exec-override-001');
    expect(row('Metadata')).toHaveTextContent('notebook_entry_version_idnbv-7');
    expect(row('Metadata')).toHaveTextContent('sourceexperiment-console');
    await expectNoAxeViolations(container);
  });

  it("reads the wire's `meta`, falls back to ids, and marks a backfilled lineage", async () => {
    const { container } = renderWithGovkit(
      <ScenarioContextWidget lineage={BACKFILLED_WIRE_LINEAGE} />,
    );
    const region = screen.getByRole('region', { name: /Lineage context/ });
    expect(region).toHaveAttribute('data-backfilled', 'true');
    expect(within(region).getByText('Backfilled')).toBeInTheDocument();
    expect(within(region).getByText(/^user-legacy • /)).toBeInTheDocument();
    expect(screen.queryByText('Scenario', { selector: 'dt' })).toBeNull();
    expect(row('Notebook entry')).toHaveTextContent('notebook-legacy-17');
    expect(row('Metadata')).toHaveTextContent('sourcedetail_snapshot');
    expect(row('Metadata')).not.toHaveTextContent('backfilled');
    await expectNoAxeViolations(container);
  });

  it('takes the lineage from a timeline entry, or from an action detail in its detail form', () => {
    const { unmount } = renderWithGovkit(<ScenarioContextWidget entry={REVERSED_OVERRIDE_ENTRY} />);
    expect(row('Scenario')).toHaveTextContent('Faster sign-off');
    unmount();
    renderWithGovkit(
      <ScenarioContextWidget
        entry={{
          ...REVERSED_OVERRIDE_ENTRY,
          lineage: null,
          detail: {
            ...REVERSED_OVERRIDE_ENTRY.detail,
            detail: {
              lineage: {
                captured_by_id: 'user-lead',
                metadata: {},
                notebook_entry: { id: 'notebook-override-001', title: 'Reviewer load notes' },
              },
            },
          },
        }}
      />,
    );
    expect(row('Notebook entry')).toHaveTextContent('Reviewer load notes');
    expect(screen.getByText('Captured by user-lead')).toBeInTheDocument();
  });

  it('renders nothing without provenance', () => {
    const { container } = render(
      <>
        <ScenarioContextWidget lineage={null} />
        <ScenarioContextWidget entry={{ ...REVERSED_OVERRIDE_ENTRY, lineage: null }} />
        <ScenarioContextWidget
          lineage={{ ...SCENARIO_AND_NOTEBOOK_LINEAGE, scenario: null, notebook_entry: null }}
        />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('keeps its layout while loading and shows a typed error with retry', async () => {
    const { container, unmount } = renderWithGovkit(<ScenarioContextWidget loading />);
    expect(screen.getByRole('region')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the lineage context');
    expect(container.querySelectorAll('.govkit-skeleton')).toHaveLength(3);
    await expectNoAxeViolations(container);
    unmount();
    const onRetry = vi.fn();
    const error = apiErrorOf(InternalServerError, 500, 'Timeline store unavailable');
    const view = renderWithGovkit(<ScenarioContextWidget error={error} onRetry={onRetry} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Timeline store unavailable');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(view.container);
  });

  it('speaks German and takes message overrides', () => {
    renderWithGovkit(
      <ScenarioContextWidget
        lineage={SCENARIO_AND_NOTEBOOK_LINEAGE}
        messages={{ title: 'Provenance' }}
      />,
      { locale: 'de', translations: { de } },
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Provenance');
    expect(row('Szenario')).toHaveTextContent('Ordner: Q1 experiments');
    expect(screen.getByText('Riley Reviewer • 14.01.2026, 11:50')).toBeInTheDocument();
  });
});

describe('ConnectedScenarioContextWidget', () => {
  useMockGovkitServer();

  it('finds the entry in the execution timeline and shows its lineage', async () => {
    const client = createTestClient();
    const page = await client.timeline.list({ execution_id: 'exec-override-001', limit: 200 });
    const entry = page.entries.find(
      (candidate) =>
        candidate.entry_type === 'override_action' && candidate.lineage?.notebook_entry,
    );
    if (!entry) throw new Error('seed has no override with a notebook lineage');
    const { container } = renderWithGovkit(
      <ConnectedScenarioContextWidget
        executionId="exec-override-001"
        entryId={String(entry.entry_id)}
      />,
    );
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'loading');
    await waitFor(() => expect(screen.getByRole('region')).toHaveAttribute('data-state', 'ready'));
    expect(row('Notebook entry')).toHaveTextContent('Reviewer load notes');
    await expectNoAxeViolations(container);
  });

  it('renders nothing for an entry the timeline does not have', async () => {
    const { container, queryClient } = renderWithGovkit(
      <ConnectedScenarioContextWidget executionId="exec-override-001" entryId="evt-missing" />,
    );
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(container).toBeEmptyDOMElement();
  });

  it('shows the typed error of a refused read', async () => {
    renderWithGovkit(
      <ConnectedScenarioContextWidget executionId="exec-does-not-exist" entryId="evt-1" />,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-status', '404');
  });
});
