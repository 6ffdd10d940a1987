import { SEEDED_REPLAY } from '@govkit/mock-server';
import { InternalServerError, NotFoundError } from '@govkit/sdk';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { de } from '../locales/de';
import { makeTraceItems, SEED_TRACE_ITEMS } from '../replay/replay-widget.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { renderWithGovkit, useMockGovkitServer } from '../test/render-with-govkit';
import { ConnectedDecisionTraceTable } from './connected-decision-trace-table';
import { toDecisionTraceRows } from './decision-trace-row';
import { type DecisionTraceExport, DecisionTraceTable } from './decision-trace-table';

const seedRows = toDecisionTraceRows([{ trace_items: SEED_TRACE_ITEMS }]);
const manyRows = toDecisionTraceRows([{ trace_items: makeTraceItems(12) }]);

const bodyRows = () =>
  screen.getAllByRole('row').filter((row) => row.classList.contains('govkit-decision-trace__row'));
const eventTypes = () =>
  bodyRows().map((row) => row.querySelector('[data-column="eventType"]')?.textContent);

describe('DecisionTraceTable (presentational)', () => {
  it('shows time, kind, event type, decision and reason, newest first', async () => {
    const { container } = renderWithGovkit(
      <DecisionTraceTable taskId="task-123" rows={seedRows} />,
    );
    const table = screen.getByRole('table', { name: 'Decision trace of task task-123' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Show JSON', 'Time▼', 'Kind↕', 'Event type↕', 'Decision↕', 'Reason↕']);
    const [audit, event] = bodyRows();
    expect(audit).toHaveTextContent(
      'Dec 3, 2026, 9:15 AMSupervisor auditSUPERVISOR_BLOCKEDBlockdec-001Redline violation',
    );
    expect(event).toHaveTextContent('Dec 3, 2026, 9:10 AMTask eventTASK_CREATED');
    expect(screen.getByRole('columnheader', { name: /Time/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(screen.getByRole('status')).toHaveTextContent('2 of 2 loaded rows');
    await expectNoAxeViolations(container);
  });

  it('sorts by a column and toggles the direction', async () => {
    renderWithGovkit(<DecisionTraceTable taskId="t" rows={manyRows} />);
    await userEvent.click(screen.getByRole('button', { name: /Event type/ }));
    expect(screen.getByRole('columnheader', { name: /Event type/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(eventTypes().slice(0, 2)).toEqual(['SUPERVISOR_ALLOWED', 'SUPERVISOR_ALLOWED']);
    await userEvent.click(screen.getByRole('button', { name: /Event type/ }));
    expect(eventTypes()[0]).toBe('TASK_STEP_STARTED');
  });

  it('filters by kind and event type, searches, and clears from the no-match state', async () => {
    const onKindChange = vi.fn();
    renderWithGovkit(<DecisionTraceTable taskId="t" rows={manyRows} onKindChange={onKindChange} />);
    await userEvent.selectOptions(screen.getByLabelText('Kind'), 'event');
    expect(onKindChange).toHaveBeenCalledWith('event');
    expect(bodyRows()).toHaveLength(6);
    expect(bodyRows().every((row) => row.dataset.kind === 'event')).toBe(true);
    await userEvent.selectOptions(screen.getByLabelText('Event type'), 'TASK_CREATED');
    expect(eventTypes()).toEqual(['TASK_CREATED', 'TASK_CREATED']);
    await userEvent.selectOptions(screen.getByLabelText('Kind'), '');
    await userEvent.selectOptions(screen.getByLabelText('Event type'), '');
    await userEvent.type(screen.getByLabelText('Search'), 'paused');
    expect(eventTypes()).toEqual(['SUPERVISOR_PAUSED', 'SUPERVISOR_PAUSED']);
    await userEvent.type(screen.getByLabelText('Search'), 'xyz');
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'no-match');
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(bodyRows()).toHaveLength(12);
  });

  it('opens a row JSON as text, never as markup', async () => {
    const hostile = toDecisionTraceRows([
      {
        trace_items: [
          { ...SEED_TRACE_ITEMS[1], payload: { html: '<img src=x onerror=alert(1)>' } } as never,
        ],
      },
    ]);
    const { container } = renderWithGovkit(<DecisionTraceTable taskId="t" rows={hostile} />);
    const toggle = screen.getByRole('button', { name: 'Show JSON' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    const hide = screen.getByRole('button', { name: 'Hide JSON' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    const pre = document.getElementById(hide.getAttribute('aria-controls') ?? '');
    expect(pre).toHaveTextContent('"html": "<img src=x onerror=alert(1)>"');
    expect(container.querySelector('img')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('opens a decision from its row', async () => {
    const onOpenDecision = vi.fn();
    renderWithGovkit(
      <DecisionTraceTable taskId="t" rows={seedRows} onOpenDecision={onOpenDecision} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Open decision dec-001' }));
    expect(onOpenDecision).toHaveBeenCalledWith('dec-001', seedRows[0]);
  });

  it('asks for the next page near the end and offers "Load more"', async () => {
    const onLoadMore = vi.fn();
    renderWithGovkit(
      <DecisionTraceTable taskId="t" rows={manyRows} hasMore onLoadMore={onLoadMore} />,
    );
    expect(onLoadMore).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(onLoadMore).toHaveBeenCalledTimes(2);
  });

  it('exports the shown rows as CSV and JSON', async () => {
    const onExport = vi.fn<(file: DecisionTraceExport) => void>();
    renderWithGovkit(
      <DecisionTraceTable taskId="t" rows={manyRows} defaultKind="event" onExport={onExport} />,
    );
    await userEvent.click(screen.getByText('Export'));
    await userEvent.click(screen.getByRole('button', { name: 'Shown rows as CSV' }));
    const csv = onExport.mock.calls[0]?.[0];
    expect(csv).toMatchObject({
      fileName: 'decision-trace-t-shown.csv',
      rowCount: 6,
      format: 'csv',
    });
    expect(csv?.text.split('\r\n')).toHaveLength(8);
    await userEvent.click(screen.getByRole('button', { name: 'Shown rows as JSON' }));
    expect(JSON.parse(onExport.mock.calls[1]?.[0].text ?? '')).toHaveLength(6);
    expect(screen.getByRole('status')).toHaveTextContent('6 rows exported');
  });

  it('exports the whole trace through loadAllRows with progress, and reports failures', async () => {
    const onExport = vi.fn<(file: DecisionTraceExport) => void>();
    const loadAllRows = vi.fn(async (onProgress: (count: number) => void) => {
      onProgress(500);
      return manyRows;
    });
    renderWithGovkit(
      <DecisionTraceTable
        taskId="t"
        rows={seedRows}
        loadAllRows={loadAllRows}
        onExport={onExport}
      />,
    );
    await userEvent.click(screen.getByText('Export'));
    await userEvent.click(screen.getByRole('button', { name: 'Whole trace as JSON' }));
    expect(onExport).toHaveBeenCalledWith(expect.objectContaining({ scope: 'all', rowCount: 12 }));
    loadAllRows.mockRejectedValueOnce(new Error('Supervisor database unavailable'));
    await userEvent.click(screen.getByRole('button', { name: 'Whole trace as CSV' }));
    expect(
      await screen.findByText('Export failed: Supervisor database unavailable'),
    ).toBeInTheDocument();
  });

  it('keeps the layout while loading and is busy', async () => {
    const { container } = renderWithGovkit(<DecisionTraceTable taskId="t" />);
    expect(screen.getByRole('region')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'loading');
    expect(container.querySelectorAll('tbody[data-skeleton]')).toHaveLength(8);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the decision trace of task t');
    await expectNoAxeViolations(container);
  });

  it('shows the empty state', async () => {
    const { container } = renderWithGovkit(<DecisionTraceTable taskId="t" rows={[]} />);
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'empty');
    expect(screen.getByText('No decisions or events yet')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('shows the typed error with a retry, and "Task not found" for a 404', async () => {
    const onRetry = vi.fn();
    const { unmount } = renderWithGovkit(
      <DecisionTraceTable
        taskId="t"
        error={apiErrorOf(InternalServerError, 500, 'Supervisor database unavailable')}
        onRetry={onRetry}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Supervisor database unavailable');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    unmount();
    renderWithGovkit(
      <DecisionTraceTable
        taskId="nope"
        error={apiErrorOf(NotFoundError, 404, 'Task not found: nope')}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Task not found');
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'not-found');
  });

  it('speaks German', () => {
    renderWithGovkit(<DecisionTraceTable taskId="t" rows={seedRows} />, {
      locale: 'de',
      translations: { de },
    });
    expect(
      screen.getByRole('table', { name: 'Entscheidungsverlauf der Aufgabe t' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Supervisor-Prüfung').length).toBeGreaterThan(0);
  });
});

describe('ConnectedDecisionTraceTable', () => {
  useMockGovkitServer();

  it('loads the seeded trace and pages through it without duplicates', {
    timeout: 15_000,
  }, async () => {
    const { container } = renderWithGovkit(
      <ConnectedDecisionTraceTable taskId={SEEDED_REPLAY.longTraceTaskId} pageSize={50} />,
    );
    expect(await screen.findByText('50 of 50 loaded rows', {}, { timeout: 4000 })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    // A count that adds up is a count without repeats: rows are keyed by id.
    expect(await screen.findByText('100 of 100 loaded rows', {}, { timeout: 4000 })).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('exports the whole seeded trace by paging through it', async () => {
    const onExport = vi.fn<(file: DecisionTraceExport) => void>();
    renderWithGovkit(
      <ConnectedDecisionTraceTable taskId={SEEDED_REPLAY.docTaskId} onExport={onExport} />,
    );
    await screen.findByText(/loaded rows/);
    await userEvent.click(screen.getByText('Export'));
    await userEvent.click(screen.getByRole('button', { name: 'Whole trace as JSON' }));
    await vi.waitFor(() => expect(onExport).toHaveBeenCalled());
    const items = JSON.parse(onExport.mock.calls[0]?.[0].text ?? '[]') as unknown[];
    expect(items.length).toBeGreaterThan(1);
  });

  it('shows "Task not found" for an unknown task', async () => {
    renderWithGovkit(<ConnectedDecisionTraceTable taskId="task-does-not-exist" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Task not found');
  });
});
