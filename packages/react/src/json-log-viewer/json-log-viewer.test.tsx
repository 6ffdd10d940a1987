import { SEEDED_LINEAGE } from '@govkit/mock-server';
import { InternalServerError, NotFoundError } from '@govkit/sdk';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { de } from '../locales/de';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import {
  createTestClient,
  renderWithGovkit,
  useMockGovkitServer,
} from '../test/render-with-govkit';
import { ConnectedJsonLogViewer } from './connected-json-log-viewer';
import { JsonLogViewer } from './json-log-viewer';
import { createLargePipelineLog, SMALL_PIPELINE_LOG } from './json-log-viewer.fixtures';

// happy-dom lays nothing out: give the tree (the virtualizer's scroll element) a viewport of
// ten 26 px rows so the virtualizer renders what a browser would.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.getAttribute('role') === 'tree' ? 260 : 0;
    },
  });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

const items = () => screen.getAllByRole('treeitem');
const itemNamed = (text: string) =>
  items().find((item) => item.textContent?.startsWith(text)) as HTMLElement;

describe('JsonLogViewer (presentational)', () => {
  it('shows the root entries as a tree with levels, positions and summaries', async () => {
    const { container } = render(<JsonLogViewer value={SMALL_PIPELINE_LOG} />);
    const root = screen.getByRole('region', { name: 'Pipeline log' });
    expect(root).toHaveAttribute('data-state', 'ready');
    const tree = screen.getByRole('tree', { name: 'Pipeline log' });
    expect(
      within(tree)
        .getAllByRole('treeitem')
        .map((i) => i.textContent),
    ).toEqual(['▸summary5 keys', '▸events3 items', '▸raw_inputs3 keys']);
    const [summary] = items();
    expect(summary).toHaveAttribute('aria-level', '1');
    expect(summary).toHaveAttribute('aria-posinset', '1');
    expect(summary).toHaveAttribute('aria-setsize', '3');
    expect(summary).toHaveAttribute('aria-expanded', 'false');
    expect(summary).toHaveAttribute('tabindex', '0');
    expect(items()[1]).toHaveAttribute('tabindex', '-1');
    await expectNoAxeViolations(container);
  });

  it('shows the beginning of a log still loading, then the whole log in its place', async () => {
    const { rerender, container } = render(
      <JsonLogViewer
        value={{
          summary: SMALL_PIPELINE_LOG.summary,
          events: SMALL_PIPELINE_LOG.events.slice(0, 1),
        }}
        partial
        defaultExpandDepth={2}
      />,
    );
    const root = screen.getByRole('region', { name: 'Pipeline log' });
    expect(root).toHaveAttribute('data-state', 'ready');
    expect(root).toHaveAttribute('data-partial', 'true');
    expect(root).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing the first entries; loading the rest of the log…',
    );
    expect(itemNamed('▾events')).toHaveTextContent('1 items');
    // Search and "Expand all" wait for the whole log; browsing does not.
    expect(screen.getByRole('searchbox')).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Expand all' })).toBeDisabled();
    await userEvent.click(itemNamed('▾summary'));
    expect(itemNamed('▸summary')).toHaveAttribute('aria-expanded', 'false');
    await expectNoAxeViolations(container);

    rerender(<JsonLogViewer source={JSON.stringify(SMALL_PIPELINE_LOG)} defaultExpandDepth={2} />);
    expect(root).not.toHaveAttribute('data-partial');
    expect(root).not.toHaveAttribute('aria-busy');
    expect(screen.getByRole('searchbox')).toBeEnabled();
    expect(itemNamed('▾events')).toHaveTextContent('3 items');
    // What the reader did while it loaded stays: the summary is still collapsed.
    expect(itemNamed('▸summary')).toHaveAttribute('aria-expanded', 'false');
  });

  it('expands and collapses by click, keeping unrelated rows', async () => {
    const onExpandedChange = vi.fn();
    render(<JsonLogViewer value={SMALL_PIPELINE_LOG} onExpandedChange={onExpandedChange} />);
    await userEvent.click(itemNamed('▸events'));
    expect(itemNamed('▾events')).toHaveAttribute('aria-expanded', 'true');
    expect(items()).toHaveLength(6);
    expect(itemNamed('▸2')).toHaveAttribute('aria-level', '2');
    expect([...(onExpandedChange.mock.calls.at(-1)?.[0] ?? [])]).toEqual(['$', '$.events']);
    await userEvent.click(itemNamed('▾events'));
    expect(items()).toHaveLength(3);
  });

  it('moves focus through the tree with the keyboard (APG tree pattern)', async () => {
    render(<JsonLogViewer value={SMALL_PIPELINE_LOG} />);
    await userEvent.tab();
    await userEvent.tab(); // past the search box, then the toolbar's enabled buttons
    itemNamed('▸summary').focus();
    const user = userEvent.setup();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(itemNamed('▸events'));
    await user.keyboard('{ArrowRight}');
    expect(itemNamed('▾events')).toHaveAttribute('aria-expanded', 'true');
    expect(document.activeElement).toBe(itemNamed('▾events'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(itemNamed('▸0'));
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement?.textContent).toBe('timestamp2026-12-03T09:15:00Z');
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(itemNamed('▾0'));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(itemNamed('▸0'));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(itemNamed('▾events'));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(itemNamed('▸raw_inputs'));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(itemNamed('▸summary'));
    await user.keyboard('{Enter}');
    expect(itemNamed('▾summary')).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard(' ');
    expect(itemNamed('▸summary')).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{PageDown}');
    expect(document.activeElement).toBe(items().at(-1));
    await user.keyboard('{PageUp}{ArrowUp}');
    expect(document.activeElement).toBe(itemNamed('▸summary'));
    expect(document.activeElement).toHaveAttribute('aria-selected', 'true');
  });

  it('moves the focus to a node that is collapsed with its focused descendant', async () => {
    render(<JsonLogViewer value={SMALL_PIPELINE_LOG} defaultExpandDepth={3} />);
    const message = itemNamed('messagePipeline started');
    await userEvent.click(message);
    await userEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(items().map((i) => i.textContent?.slice(0, 8))).toEqual([
      '▸summary',
      '▸events3',
      '▸raw_inp',
    ]);
    expect(itemNamed('▸events')).toHaveAttribute('tabindex', '0');
    await userEvent.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(items().length).toBeGreaterThan(10);
  });

  it('searches keys and values, highlights them and jumps between matches, opening collapsed nodes', async () => {
    const { container } = render(<JsonLogViewer value={SMALL_PIPELINE_LOG} />);
    const search = screen.getByRole('searchbox', { name: 'Search in log' });
    await userEvent.type(search, 'pipeline');
    await waitFor(() => expect(screen.getByText('1 of 2')).toBeInTheDocument());
    // The first match was inside collapsed `events[0]`: its ancestors opened, it is the active row.
    const first = itemNamed('messagePipeline started');
    expect(first).toHaveAttribute('data-current-match', 'true');
    expect(first).toHaveAttribute('tabindex', '0');
    expect(within(first).getByText('Pipeline', { selector: 'mark' })).toBeInTheDocument();
    await userEvent.type(search, '{Enter}');
    expect(screen.getByText('2 of 2')).toBeInTheDocument();
    expect(itemNamed('messagePipeline started')).not.toHaveAttribute('data-current-match');
    await userEvent.click(screen.getByRole('button', { name: 'Next match' }));
    expect(screen.getByText('1 of 2')).toBeInTheDocument();
    await userEvent.type(search, '{Shift>}{Enter}{/Shift}');
    expect(screen.getByText('2 of 2')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Previous match' }));
    expect(screen.getByText('1 of 2')).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await userEvent.clear(search);
    await userEvent.type(search, 'nothing-like-this');
    await waitFor(() => expect(screen.getByText('No matches')).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Next match' })).toBeDisabled();
  });

  it('says when a search stopped at its limit', async () => {
    render(<JsonLogViewer value={SMALL_PIPELINE_LOG} matchLimit={2} defaultQuery="e" />);
    await waitFor(() => expect(screen.getByText('1 of 2+')).toBeInTheDocument());
  });

  it('copies the active node path and value, and announces it', async () => {
    const onCopy = vi.fn();
    render(<JsonLogViewer value={SMALL_PIPELINE_LOG} defaultExpandDepth={2} onCopy={onCopy} />);
    await userEvent.click(itemNamed('success'));
    await userEvent.click(screen.getByRole('button', { name: 'Copy path' }));
    expect(onCopy).toHaveBeenLastCalledWith('$.summary.success', 'path');
    expect(screen.getByRole('status')).toHaveTextContent('Copied path $.summary.success');
    await userEvent.click(itemNamed('▾raw_inputs'));
    await userEvent.click(screen.getByRole('button', { name: 'Copy value' }));
    expect(onCopy).toHaveBeenLastCalledWith(
      JSON.stringify(SMALL_PIPELINE_LOG.raw_inputs, null, 2),
      'value',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Copied the value of $.raw_inputs');
  });

  it('copies through the clipboard by default and says when that fails', async () => {
    const writeText = vi.fn().mockRejectedValue(new Error('denied'));
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    render(<JsonLogViewer value={{ a: 'text' }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy value' }));
    expect(writeText).toHaveBeenCalledWith('text');
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy to the clipboard');
  });

  it('parses JSON text, and shows a clear error for invalid JSON', async () => {
    const { rerender, container } = render(<JsonLogViewer source='{"ok": [1, 2]}' />);
    expect(itemNamed('▸ok')).toHaveTextContent('2 items');
    rerender(<JsonLogViewer source='{"ok": [1, 2' />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This log is not valid JSON');
    expect(alert).toHaveTextContent('The parser stopped with:');
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'invalid');
    await expectNoAxeViolations(container);
  });

  it('shows a scalar log as one row, and an empty log as the empty state', async () => {
    const { rerender, container } = render(<JsonLogViewer value={42} />);
    expect(items()).toHaveLength(1);
    expect(items()[0]).toHaveTextContent('42');
    rerender(<JsonLogViewer value={[]} />);
    expect(screen.getByText('The log is empty')).toBeInTheDocument();
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'empty');
    await expectNoAxeViolations(container);
  });

  it('keeps the layout while loading: skeleton rows, busy, announced', async () => {
    const { container } = render(<JsonLogViewer />);
    const root = screen.getByRole('region');
    expect(root).toHaveAttribute('aria-busy', 'true');
    expect(root).toHaveAttribute('data-state', 'loading');
    expect(container.querySelectorAll('.govkit-skeleton')).toHaveLength(5);
    expect(screen.getByText('Loading the log…')).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toBeDisabled();
    await expectNoAxeViolations(container);
  });

  it('shows the typed error detail with a retry, and "Log not found" on a 404', async () => {
    const onRetry = vi.fn();
    const error = apiErrorOf(InternalServerError, 500, 'Lineage store unavailable');
    const { rerender, container } = render(<JsonLogViewer error={error} onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Lineage store unavailable');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
    rerender(<JsonLogViewer error={apiErrorOf(NotFoundError, 404, 'Lineage not found')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Log not found');
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'not-found');
  });

  it('is controllable: expanded and query come from props', async () => {
    const onQueryChange = vi.fn();
    const { rerender } = render(
      <JsonLogViewer
        value={SMALL_PIPELINE_LOG}
        expanded={new Set(['$', '$.summary'])}
        query="error"
        onQueryChange={onQueryChange}
      />,
    );
    expect(itemNamed('▾summary')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox'), 's');
    expect(onQueryChange).toHaveBeenCalledWith('errors');
    expect(screen.getByRole('searchbox')).toHaveValue('error');
    rerender(<JsonLogViewer value={SMALL_PIPELINE_LOG} expanded={new Set(['$'])} query="" />);
    expect(itemNamed('▸summary')).toBeInTheDocument();
  });

  it('speaks German and takes message overrides', () => {
    renderWithGovkit(
      <JsonLogViewer value={SMALL_PIPELINE_LOG} messages={{ copyPath: 'Pfad!' }} />,
      {
        locale: 'de',
        translations: { de },
      },
    );
    expect(screen.getByRole('tree', { name: 'Pipeline-Protokoll' })).toBeInTheDocument();
    expect(itemNamed('▸events')).toHaveTextContent('3 Einträge');
    expect(screen.getByRole('button', { name: 'Pfad!' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Alle aufklappen' })).toBeInTheDocument();
  });

  it('renders a large log with a bounded number of rows in the DOM', async () => {
    const log = createLargePipelineLog(400_000);
    render(<JsonLogViewer value={log} defaultExpandDepth={2} />);
    const total = 3 + 5 + log.events.length + 2; // top level, summary, events, raw_inputs
    expect(total).toBeGreaterThan(1000);
    expect(items().length).toBeLessThan(40);
    const tree = screen.getByRole('tree');
    expect((tree.firstElementChild as HTMLElement).style.blockSize).toBe(`${total * 26}px`);
    // End jumps to the last row: it is rendered, focused and the DOM stays small.
    itemNamed('▾summary').focus();
    fireEvent.keyDown(tree, { key: 'End' });
    await act(async () => {});
    expect(document.activeElement?.textContent).toBe('cityDenver');
    expect(document.activeElement).toHaveAttribute('aria-posinset', '2');
    expect(items().length).toBeLessThan(40);
  });
});

describe('ConnectedJsonLogViewer', () => {
  useMockGovkitServer();

  async function lineageIdOf(reportId: string) {
    const record = await createTestClient().lineage.retrieve(reportId);
    return record.lineage_id;
  }

  it('loads a seeded lineage log through the client and the mock server', async () => {
    const lineageId = await lineageIdOf(SEEDED_LINEAGE.dictLogsReportId);
    const { container } = renderWithGovkit(<ConnectedJsonLogViewer lineageId={lineageId} />);
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'loading');
    await waitFor(() => expect(screen.getByRole('region')).toHaveAttribute('data-state', 'ready'));
    expect(itemNamed('▸summary')).toBeInTheDocument();
    expect(itemNamed('▸events')).toBeInTheDocument();
    expect(screen.getByText(/events loaded/)).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('pages through events with "Load more events" and says when the log was truncated', async () => {
    const lineageId = await lineageIdOf(SEEDED_LINEAGE.hugeLogsReportId);
    renderWithGovkit(<ConnectedJsonLogViewer lineageId={lineageId} pageSize={100} />);
    expect(await screen.findByText(/truncated to fit 2 MB/)).toBeInTheDocument();
    expect(screen.getByText('100 of 201 events loaded')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more events' }));
    expect(await screen.findByText('200 of 201 events loaded')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more events' }));
    expect(await screen.findByText('201 of 201 events loaded')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more events' })).toBeNull();
  });

  it('shows "Log not found" for an unknown lineage', async () => {
    renderWithGovkit(<ConnectedJsonLogViewer lineageId="lin-missing" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Log not found');
  });
});
