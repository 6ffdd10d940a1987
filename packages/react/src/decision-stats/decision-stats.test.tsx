import { InternalServerError } from '@govkit/sdk';
import { DecisionTypesStatsSchema } from '@govkit/sdk/schemas';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { de } from '../locales/de';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { renderWithGovkit, useMockGovkitServer } from '../test/render-with-govkit';
import { BlockedReasonsStatsCard } from './blocked-reasons-stats-card';
import {
  ConnectedBlockedReasonsStatsCard,
  ConnectedDecisionLagStatsCard,
  ConnectedDecisionTypesStatsCard,
} from './connected-decision-stats';
import { DecisionLagStatsCard, toLagMarkers } from './decision-lag-stats-card';
import {
  BLOCKED_REASONS_STATS,
  DECISION_LAG_STATS,
  DECISION_TYPES_STATS,
} from './decision-stats.fixtures';
import { DecisionTypesStatsCard, toDecisionTypeRows } from './decision-types-stats-card';

const cells = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('BlockedReasonsStatsCard', () => {
  it('ranks tasks as bars and as a table with reason codes', async () => {
    const { container } = renderWithGovkit(
      <BlockedReasonsStatsCard data={BLOCKED_REASONS_STATS} />,
    );
    const widget = screen.getByRole('region', { name: 'Most blocked tasks' });
    expect(widget).toHaveAttribute('data-state', 'ready');
    expect(cells(screen.getByRole('table'))).toEqual([
      ['task-456', 'REDLINE_001', '15', 'Dec 3, 2026, 9:15 AM'],
      ['task-789', 'CONFLICT_API_LIMIT', '8', 'Dec 2, 2026, 5:40 PM'],
      ['task-101', 'No reason code', '3', 'Dec 1, 2026, 8:05 AM'],
    ]);
    const fills = container.querySelectorAll<HTMLElement>('.govkit-stats-bars__fill');
    expect([...fills].map((fill) => fill.style.inlineSize)).toEqual([
      '100%',
      `${(8 / 15) * 100}%`,
      '20%',
    ]);
    await expectNoAxeViolations(container);
  });

  it('switches window uncontrolled and reports it', () => {
    const onWindowChange = vi.fn();
    renderWithGovkit(
      <BlockedReasonsStatsCard data={BLOCKED_REASONS_STATS} onWindowChange={onWindowChange} />,
    );
    expect(screen.getByRole('radio', { name: '7 days' })).toBeChecked();
    fireEvent.click(screen.getByRole('radio', { name: '30 days' }));
    expect(screen.getByRole('radio', { name: '30 days' })).toBeChecked();
    expect(screen.getByRole('region')).toHaveAttribute('data-window', '30d');
    expect(onWindowChange).toHaveBeenCalledWith('30d');
  });

  it('shows the table instead of the chart on request', () => {
    const { container } = renderWithGovkit(
      <BlockedReasonsStatsCard data={BLOCKED_REASONS_STATS} />,
    );
    const toggle = screen.getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(container.querySelector('.govkit-stats-bars')).toBeNull();
    expect(container.querySelector('.govkit-decision-stats__table table')).not.toBeNull();
  });

  it('shows loading, empty and error states', async () => {
    const loading = renderWithGovkit(<BlockedReasonsStatsCard />);
    expect(screen.getByRole('region')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Loading statistics');
    await expectNoAxeViolations(loading.container);
    loading.unmount();
    const empty = renderWithGovkit(
      <BlockedReasonsStatsCard
        defaultWindow="24h"
        data={{ window: '24h', top_n: 10, blocked_tasks: [] }}
      />,
    );
    expect(screen.getByText('No blocked tasks')).toBeInTheDocument();
    expect(screen.getByText('Nothing was recorded in the last 24 hours.')).toBeInTheDocument();
    empty.unmount();
    const onRetry = vi.fn();
    const error = renderWithGovkit(
      <BlockedReasonsStatsCard
        error={apiErrorOf(InternalServerError, 500, 'Stats store unavailable')}
        onRetry={onRetry}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Stats store unavailable');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(error.container);
  });

  it('speaks German', () => {
    renderWithGovkit(<BlockedReasonsStatsCard data={BLOCKED_REASONS_STATS} />, {
      locale: 'de',
      translations: { de },
    });
    expect(screen.getByRole('heading')).toHaveTextContent('Am häufigsten blockierte Aufgaben');
    expect(screen.getByRole('radio', { name: '7 Tage' })).toBeChecked();
  });
});

describe('DecisionTypesStatsCard', () => {
  it('orders types by count with their share of the total', async () => {
    const { container } = renderWithGovkit(<DecisionTypesStatsCard data={DECISION_TYPES_STATS} />);
    expect(screen.getByText('142 decisions')).toBeInTheDocument();
    expect(cells(screen.getByRole('table'))).toEqual([
      ['Allowed', '120', '85%'],
      ['Blocked', '15', '11%'],
      ['Paused', '5', '4%'],
      ['Retry recommended', '2', '1%'],
    ]);
    expect(screen.getByRole('radio', { name: '24 hours' })).toBeChecked();
    await expectNoAxeViolations(container);
  });

  it('breaks ties by name and treats a zero total as empty', () => {
    expect(
      toDecisionTypeRows(
        DecisionTypesStatsSchema.parse({
          window: '24h',
          decision_types: { PAUSED: 2, BLOCKED: 2 },
          total: 4,
        }),
      ),
    ).toEqual([
      { type: 'BLOCKED', count: 2 },
      { type: 'PAUSED', count: 2 },
    ]);
    renderWithGovkit(
      <DecisionTypesStatsCard
        data={DecisionTypesStatsSchema.parse({ window: '24h', decision_types: {}, total: 0 })}
      />,
    );
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'empty');
  });

  it('names known types in the locale and shows an unknown future type by its key', () => {
    renderWithGovkit(
      <DecisionTypesStatsCard
        data={DecisionTypesStatsSchema.parse({
          window: '24h',
          decision_types: { ALLOWED: 3, ESCALATED: 1 },
          total: 4,
        })}
      />,
      { locale: 'de', translations: { de } },
    );
    expect(cells(screen.getByRole('table'))).toEqual([
      ['Erlaubt', '3', '75\u00a0%'],
      ['ESCALATED', '1', '25\u00a0%'],
    ]);
  });
});

describe('DecisionLagStatsCard', () => {
  it('marks p50, p95 and the chosen percentile', async () => {
    const { container } = renderWithGovkit(<DecisionLagStatsCard data={DECISION_LAG_STATS} />);
    expect(cells(screen.getByRole('table'))).toEqual([
      ['p50', '150 ms'],
      ['p95', '850 ms'],
      ['p99', '2.4 sec'],
    ]);
    const markers = container.querySelectorAll<HTMLElement>('.govkit-lag-scale__marker');
    expect(markers[2]?.style.insetInlineStart).toBe('100%');
    expect(screen.getByText('Event to decision, over 142 decisions')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('does not repeat p95 when it is the chosen percentile, and leaves out nulls', () => {
    const label = (p: number) => `p${p}`;
    expect(
      toLagMarkers({ ...DECISION_LAG_STATS, percentile: 95, value: 0.85 }, label).map(
        (marker) => marker.key,
      ),
    ).toEqual(['p50', 'p95']);
    expect(
      toLagMarkers({ ...DECISION_LAG_STATS, p50: null, value: undefined }, label).map(
        (marker) => marker.key,
      ),
    ).toEqual(['p95']);
  });

  it('is empty for a window without samples', () => {
    renderWithGovkit(
      <DecisionLagStatsCard
        data={{ window: '24h', percentile: 95, p50: null, p95: null, value: null, count: 0 }}
      />,
    );
    expect(screen.getByText('No lag measured')).toBeInTheDocument();
  });
});

describe('connected decision stats', () => {
  useMockGovkitServer();

  it("loads seed 002's blocked tasks and follows the window", async () => {
    renderWithGovkit(<ConnectedBlockedReasonsStatsCard />);
    const table = await screen.findByRole('table');
    expect(within(table).getByText('task-456').closest('tr')).toHaveTextContent(
      'task-456REDLINE_00115',
    );
    fireEvent.click(screen.getByRole('radio', { name: '30 days' }));
    expect(await within(screen.getByRole('table')).findByText('20')).toBeInTheDocument();
    expect(screen.getByRole('region')).toHaveAttribute('data-window', '30d');
  });

  it('loads decision types and lag', async () => {
    renderWithGovkit(
      <>
        <ConnectedDecisionTypesStatsCard />
        <ConnectedDecisionLagStatsCard percentile={99} />
      </>,
    );
    expect(await screen.findByRole('rowheader', { name: 'Allowed' })).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: 'p99' })).toBeInTheDocument();
  });
});
