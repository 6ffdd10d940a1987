import { createStore, findSeededOverride } from '@govkit/mock-server';
import { InternalServerError, NotFoundError, PermissionDeniedError } from '@govkit/sdk';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConnectedCoachingThread } from '../coaching-thread/connected-coaching-thread';
import { de } from '../locales/de';
import { govkitKeys } from '../query/govkit-keys';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { renderWithGovkit, useMockGovkitServer } from '../test/render-with-govkit';
import { ConnectedGovernanceAnalyticsPanel } from './connected-governance-analytics-panel';
import { ANALYTICS_REPORT, EMPTY_ANALYTICS_REPORT } from './governance-analytics.fixtures';
import { GovernanceAnalyticsPanel } from './governance-analytics-panel';

function card(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('GovernanceAnalyticsPanel (presentational)', () => {
  it('draws four charts with headlines, and keeps every number in a table for screen readers', async () => {
    const { container } = renderWithGovkit(<GovernanceAnalyticsPanel report={ANALYTICS_REPORT} />);
    const panel = screen.getByRole('region', { name: 'Governance analytics' });
    expect(panel).toHaveAttribute('data-state', 'ready');
    expect(panel).toHaveTextContent('All executions you can see · 5 preview summaries');
    expect(card('SLA accuracy')).toHaveTextContent(
      '69% of evaluated stages within target · mean delta 1 hr 1 min late',
    );
    expect(card('Blocker trend')).toHaveTextContent(
      '37% of stages blocked on average · 1 new, 1 resolved blockers',
    );
    expect(card('Ladder load')).toHaveTextContent('Mean load 3.2 · peak 4');
    expect(card('Reviewer cadence')).toHaveTextContent(
      '3 reviewers · review latency p50 9 hr, p90 1 day 4 hr · 1 publish streak alerts',
    );
    // Columns oldest first, toned by how they read; a missing SLA ratio is marked, not zero.
    const columns = card('SLA accuracy').querySelectorAll('rect');
    expect([...columns].map((c) => c.getAttribute('data-tone'))).toEqual([
      'warning',
      'positive',
      'critical',
      'none',
      'positive',
    ]);
    expect(
      card('SLA accuracy').querySelector('svg')?.closest('[aria-hidden="true"]'),
    ).not.toBeNull();
    // The table is there (visually hidden) with the same numbers.
    const table = within(card('SLA accuracy')).getByRole('table', { name: 'SLA accuracy' });
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(within(table).getByRole('row', { name: /exec-culture-001/ })).toHaveTextContent(
      'not evaluated',
    );
    await expectNoAxeViolations(container);
  });

  it('shows a chart as a table on demand, controllable', async () => {
    const user = userEvent.setup();
    const onTableViewsChange = vi.fn();
    const { container } = render(
      <GovernanceAnalyticsPanel
        report={ANALYTICS_REPORT}
        onTableViewsChange={onTableViewsChange}
      />,
    );
    const cadence = card('Reviewer cadence');
    const toggle = within(cadence).getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(cadence).toHaveAttribute('data-view', 'table');
    expect(cadence.querySelector('.govkit-analytics-reviewers')).toBeNull();
    const table = within(cadence).getByRole('table');
    expect(within(table).getByRole('row', { name: /Morgan Manager/ })).toHaveTextContent(
      'Morgan ManagerSaturated12489 hr 30 min22 hr 36 min3',
    );
    expect(onTableViewsChange).toHaveBeenLastCalledWith({ cadence: true });
    expect(card('SLA accuracy')).toHaveAttribute('data-view', 'chart');
    await expectNoAxeViolations(container);
  });

  it('follows controlled table views', () => {
    render(
      <GovernanceAnalyticsPanel
        report={ANALYTICS_REPORT}
        tableViews={{ sla: true, ladder: true }}
      />,
    );
    expect(card('SLA accuracy')).toHaveAttribute('data-view', 'table');
    expect(card('Ladder load')).toHaveAttribute('data-view', 'table');
    expect(card('Blocker trend')).toHaveAttribute('data-view', 'chart');
  });

  it('loads with a skeleton per card, says empty, and shows typed errors with retry', async () => {
    const onRetry = vi.fn();
    const { container, rerender } = render(<GovernanceAnalyticsPanel />);
    expect(screen.getByRole('region')).toHaveAttribute('aria-busy', 'true');
    expect(container.querySelectorAll('.govkit-governance-analytics__card')).toHaveLength(4);
    await expectNoAxeViolations(container);
    rerender(<GovernanceAnalyticsPanel report={EMPTY_ANALYTICS_REPORT} />);
    expect(screen.getByRole('status')).toHaveTextContent('No analytics yet');
    await expectNoAxeViolations(container);
    rerender(<GovernanceAnalyticsPanel report={{ ...ANALYTICS_REPORT, results: [] }} />);
    expect(card('SLA accuracy')).toHaveTextContent('No preview summaries in scope.');
    expect(card('Reviewer cadence')).toHaveAttribute('data-view', 'chart');
    rerender(
      <GovernanceAnalyticsPanel
        error={apiErrorOf(PermissionDeniedError, 403, 'Execution not accessible')}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('You cannot see these analytics');
    rerender(
      <GovernanceAnalyticsPanel
        executionId="exec-x"
        error={apiErrorOf(NotFoundError, 404, 'Execution not found')}
      />,
    );
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'not-found');
    expect(screen.getByRole('region')).toHaveTextContent('Execution exec-x');
    rerender(
      <GovernanceAnalyticsPanel
        error={apiErrorOf(InternalServerError, 500, 'Analytics down')}
        onRetry={onRetry}
      />,
    );
    await userEvent.click(
      within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' }),
    );
    expect(onRetry).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('speaks German with German numbers', () => {
    renderWithGovkit(<GovernanceAnalyticsPanel report={ANALYTICS_REPORT} />, {
      locale: 'de-DE',
      translations: { de },
    });
    expect(screen.getByRole('heading', { name: 'Governance-Analysen' })).toBeInTheDocument();
    expect(card('Auslastung der Freigabeleiter')).toHaveTextContent('Mittlere Last 3,2 · Spitze 4');
    expect(screen.getAllByRole('button', { name: 'Als Tabelle zeigen' })).toHaveLength(4);
  });

  it('renders API text as text', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const first = ANALYTICS_REPORT.results[0];
    const reviewer = ANALYTICS_REPORT.reviewer_cadence[0];
    if (!first || !reviewer) throw new Error('fixture');
    render(
      <GovernanceAnalyticsPanel
        executionId={payload}
        report={{
          ...ANALYTICS_REPORT,
          results: [{ ...first, execution_id: payload, risk_level: payload }],
          reviewer_cadence: [{ ...reviewer, reviewer_name: payload, load_band: payload }],
        }}
      />,
    );
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('region', { name: 'Governance analytics' })).toHaveTextContent(
      `Execution ${payload}`,
    );
  });
});

describe('ConnectedGovernanceAnalyticsPanel', () => {
  useMockGovkitServer();

  it('reads the seeded world through the client', async () => {
    const { container } = renderWithGovkit(<ConnectedGovernanceAnalyticsPanel />);
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'loading');
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Governance analytics' })).toHaveAttribute(
        'data-state',
        'ready',
      ),
    );
    expect(screen.getByText(/13 preview summaries/)).toBeInTheDocument();
    expect(
      within(card('Reviewer cadence')).getByRole('row', { name: /Morgan Manager/ }),
    ).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('stays fresh for 30 s, and a coaching-note change refreshes it at once', async () => {
    const user = userEvent.setup();
    const overrideId = findSeededOverride(createStore(), 'reversibleReassign').id;
    const { queryClient } = renderWithGovkit(
      <>
        <ConnectedGovernanceAnalyticsPanel executionId="exec-override-001" />
        <ConnectedCoachingThread overrideId={overrideId} />
      </>,
    );
    const key = govkitKeys.analytics.report({
      executionId: 'exec-override-001',
      limit: 50,
      view: 'full',
    });
    await waitFor(() => expect(queryClient.getQueryState(key)?.status).toBe('success'));
    const firstFetch = queryClient.getQueryState(key)?.dataUpdatedAt ?? 0;
    expect(queryClient.getQueryCache().find({ queryKey: key })?.isStale()).toBe(false);
    const note = (await screen.findByText(/Moving the backlog candidate/)).closest(
      'article',
    ) as HTMLElement;
    await user.click(within(note).getByRole('button', { name: 'Resolve' }));
    await user.click(within(note).getByRole('button', { name: 'Resolve note' }));
    await waitFor(() =>
      expect(queryClient.getQueryState(key)?.dataUpdatedAt ?? 0).toBeGreaterThan(firstFetch),
    );
  });
});
