import { InternalServerError } from '@govkit/sdk';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { de } from '../locales/de';
import { LINEAGE_SUMMARY } from '../overrides/override-widgets.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { renderWithGovkit, useMockGovkitServer } from '../test/render-with-govkit';
import { AnalyticsLineageWidget } from './analytics-lineage-widget';
import { ConnectedAnalyticsLineageWidget } from './connected-analytics-lineage-widget';

function side(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

function bar(item: HTMLElement): { width: string; reversed: string } {
  const fill = item.querySelector<HTMLElement>('.govkit-analytics-lineage__bar');
  const reversed = item.querySelector<HTMLElement>('.govkit-analytics-lineage__bar-reversed');
  return { width: fill?.style.inlineSize ?? '', reversed: reversed?.style.inlineSize ?? '' };
}

describe('AnalyticsLineageWidget (presentational)', () => {
  it('shows per-side totals and the items by executed count with proportional bars', async () => {
    const { container } = renderWithGovkit(<AnalyticsLineageWidget summary={LINEAGE_SUMMARY} />);
    expect(screen.getByRole('region', { name: 'Override lineage' })).toHaveAttribute(
      'data-state',
      'ready',
    );
    const scenarios = side('Scenarios');
    expect(scenarios).toHaveTextContent('14 executed · 4 reversed · net impact 10');
    const items = within(scenarios).getAllByRole('listitem');
    expect(
      items.map((item) => item.querySelector('.govkit-analytics-lineage__label')?.textContent),
    ).toEqual(['Faster sign-off', 'Reagent lot swap', 'Parallel review']);
    expect(items[0]).toHaveTextContent('9 exec · 2 rev');
    expect(items[0]).toHaveTextContent('Net impact: 7');
    expect(items[0]).toHaveTextContent('scenario-faster-signoff · Q1 experiments');
    expect(bar(items[0] as HTMLElement).width).toBe('100%');
    expect(bar(items[1] as HTMLElement).width).toBe(`${(4 / 9) * 100}%`);
    expect(bar(items[1] as HTMLElement).reversed).toBe('25%');
    // A notebook without a title is named by its id.
    const notebooks = side('Notebook entries');
    expect(within(notebooks).getAllByRole('listitem')[0]).toHaveTextContent(
      'notebook-override-001',
    );
    await expectNoAxeViolations(container);
  });

  it('lists the top N per side, floors tiny bars at 5 % and names unnamed items by kind', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({
      scenario_id: i === 7 ? null : `sc-${i}`,
      scenario_name: null,
      folder_name: null,
      executed_count: i === 7 ? 1000 : i,
      reversed_count: 0,
      net_count: i === 7 ? 1000 : i,
    }));
    renderWithGovkit(
      <AnalyticsLineageWidget summary={{ scenarios: many, notebooks: [] }} topN={3} />,
    );
    const items = within(side('Scenarios')).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Scenario lineage');
    expect(items[0]).toHaveTextContent('1,000 exec · 0 rev');
    expect(bar(items[2] as HTMLElement).width).toBe('5%');
    expect(side('Scenarios')).toHaveTextContent('Top 3 of 8');
  });

  it('says "No lineage activity captured." for an empty side, and renders nothing when both are', async () => {
    const { container, unmount } = renderWithGovkit(
      <AnalyticsLineageWidget summary={{ ...LINEAGE_SUMMARY, notebooks: [] }} />,
    );
    expect(side('Notebook entries')).toHaveTextContent('No lineage activity captured.');
    expect(side('Notebook entries')).toHaveAttribute('data-empty', 'true');
    await expectNoAxeViolations(container);
    unmount();
    const empty = render(
      <>
        <AnalyticsLineageWidget summary={{ scenarios: [], notebooks: [] }} />
        <AnalyticsLineageWidget detail={{ lineage_summary: null }} />
        <AnalyticsLineageWidget />
      </>,
    );
    expect(empty.container).toBeEmptyDOMElement();
  });

  it("reads an analytics entry's detail.lineage_summary", () => {
    renderWithGovkit(<AnalyticsLineageWidget detail={{ lineage_summary: LINEAGE_SUMMARY }} />);
    expect(side('Scenarios')).toHaveTextContent('14 executed');
  });

  it('keeps its layout while loading and shows a typed error with retry', async () => {
    const { container, unmount } = renderWithGovkit(<AnalyticsLineageWidget loading />);
    expect(screen.getByRole('region')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the override lineage');
    await expectNoAxeViolations(container);
    unmount();
    const onRetry = vi.fn();
    renderWithGovkit(
      <AnalyticsLineageWidget
        error={apiErrorOf(InternalServerError, 500, 'Analytics cache offline')}
        onRetry={onRetry}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Analytics cache offline');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('speaks German', () => {
    renderWithGovkit(<AnalyticsLineageWidget summary={{ ...LINEAGE_SUMMARY, notebooks: [] }} />, {
      locale: 'de',
      translations: { de },
    });
    expect(side('Szenarien')).toHaveTextContent(
      '14 ausgeführt · 4 zurückgenommen · Nettowirkung 10',
    );
    expect(side('Notizbucheinträge')).toHaveTextContent('Keine Herkunftsaktivität erfasst.');
  });
});

describe('ConnectedAnalyticsLineageWidget', () => {
  useMockGovkitServer();

  it("shows the seeded execution's lineage counts from the analytics report", async () => {
    const { container } = renderWithGovkit(
      <ConnectedAnalyticsLineageWidget executionId="exec-override-002" />,
    );
    expect(screen.getByRole('region')).toHaveAttribute('aria-busy', 'true');
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Override lineage' })).toHaveAttribute(
        'data-state',
        'ready',
      ),
    );
    expect(side('Notebook entries')).toHaveTextContent('Cooldown log');
    await expectNoAxeViolations(container);
  });

  it('shows the typed error of a refused read', async () => {
    renderWithGovkit(<ConnectedAnalyticsLineageWidget executionId="exec-does-not-exist" />);
    expect(await screen.findByRole('alert')).toHaveAttribute('data-status', '404');
  });
});
