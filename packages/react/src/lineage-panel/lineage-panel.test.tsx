import { SEEDED_LINEAGE } from '@govkit/mock-server';
import {
  DownloadSizeLimitError,
  InternalServerError,
  type LineageRecord,
  NotFoundError,
} from '@govkit/sdk';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { de } from '../locales/de';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { renderWithGovkit, useMockGovkitServer } from '../test/render-with-govkit';
import { ConnectedLineagePanel } from './connected-lineage-panel';
import { LineagePanel } from './lineage-panel';
import {
  LINEAGE_AUDIT,
  LINEAGE_NOW,
  LINEAGE_RECORD,
  LINEAGE_RECORDS,
  LINEAGE_STATS,
} from './lineage-panel.fixtures';
import { lineageSearchParams, rawSizeOf } from './use-lineage-panel';

function field(container: HTMLElement, id: string): HTMLElement {
  return container.querySelector(`[data-field="${id}"] dd`) as HTMLElement;
}

const full = {
  stats: LINEAGE_STATS,
  records: LINEAGE_RECORDS,
  defaultSelectedId: 'lin-7f3a',
  audit: LINEAGE_AUDIT,
  now: LINEAGE_NOW,
};

describe('LineagePanel (presentational)', () => {
  it('shows stats cards, results, and the chosen report triplet with its metrics', async () => {
    const { container } = renderWithGovkit(
      <LineagePanel {...full} onDownload={vi.fn()} renderLogs={() => <p>logs here</p>} />,
    );
    expect(screen.getByRole('region', { name: 'Report lineage' })).toHaveAttribute(
      'data-state',
      'ready',
    );
    expect(field(container, 'total-records')).toHaveTextContent('1,204');
    expect(field(container, 'recent-records')).toHaveTextContent('37');
    expect(field(container, 'storage-used')).toHaveTextContent('90.6 MB');
    expect(field(container, 'most-used-template')).toHaveTextContent('v1.2.0 (700)');
    const table = screen.getByRole('table', { name: 'Lineage records' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    const details = screen.getByRole('article', { name: 'Lineage of report rpt-2026-12-03-001' });
    expect(field(details, 'lead')).toHaveTextContent('lead-northwind');
    expect(field(details, 'pipeline-run')).toHaveTextContent('run-8c21');
    expect(field(details, 'template-version')).toHaveTextContent('v1.2.0');
    expect(field(details, 'pipeline-duration')).toHaveTextContent('45 sec');
    expect(field(details, 'raw-size')).toHaveTextContent('2.1 MB');
    expect(field(details, 'compressed-size')).toHaveTextContent('524.3 kB');
    expect(field(details, 'compression-ratio')).toHaveTextContent('75%');
    expect(field(details, 'access-count')).toHaveTextContent('3');
    expect(field(details, 'last-access')).toHaveTextContent(
      '30 minutes ago · Dec 3, 2026, 11:30 AM',
    );
    expect(field(details, 'last-access').querySelector('time')).toHaveAttribute(
      'datetime',
      '2026-12-03T11:30:00.000Z',
    );
    const audit = within(details).getByRole('table', { name: 'Access trail' });
    expect(
      within(audit)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'TimeActionUserIP addressUser agent',
      'Dec 3, 2026, 11:30 AMDownloaded raw inputsAnonymous10.0.4.17Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/605.1.15',
      'Dec 3, 2026, 10:02 AMViewed logsuser-analyst192.168.1.23govkit-cli/0.3.1 node/20.20.0',
      'Dec 3, 2026, 9:20 AMViewed lineageAnonymous',
    ]);
    await expectNoAxeViolations(container);
  });

  it('selects a record from the results and opens its logs', async () => {
    const onSelectedIdChange = vi.fn();
    render(
      <LineagePanel
        {...full}
        defaultSelectedId={undefined}
        onSelectedIdChange={onSelectedIdChange}
        renderLogs={(record) => <p>logs of {record.lineage_id}</p>}
      />,
    );
    expect(screen.getByText(/Choose a report/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'rpt-2026-12-02-014' }));
    expect(onSelectedIdChange).toHaveBeenCalledWith('lin-91b0');
    expect(screen.getByRole('button', { name: 'rpt-2026-12-02-014' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const details = screen.getByRole('article');
    expect(field(details, 'last-access')).toHaveTextContent('Never');
    const view = screen.getByRole('button', { name: 'View logs' });
    expect(view).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(view);
    expect(screen.getByText('logs of lin-91b0')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Hide logs' }));
    expect(screen.queryByText('logs of lin-91b0')).toBeNull();
  });

  it('applies the search form on submit, rejects an inverted date range, and clears', async () => {
    const onFiltersChange = vi.fn();
    render(<LineagePanel {...full} onFiltersChange={onFiltersChange} />);
    const form = screen.getByRole('search', { name: 'Search lineage' });
    await userEvent.type(within(form).getByLabelText('Lead ID'), ' lead-northwind ');
    await userEvent.type(within(form).getByLabelText('Template version'), 'v1.2.0');
    await userEvent.type(within(form).getByLabelText('From'), '2026-12-03');
    await userEvent.type(within(form).getByLabelText('To'), '2026-12-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Search' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The start date is after the end date.');
    expect(within(form).getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
    expect(onFiltersChange).not.toHaveBeenCalled();
    await userEvent.clear(within(form).getByLabelText('To'));
    await userEvent.type(within(form).getByLabelText('To'), '2026-12-04');
    expect(screen.queryByRole('alert')).toBeNull();
    await userEvent.click(within(form).getByRole('button', { name: 'Search' }));
    const applied = onFiltersChange.mock.calls[0]?.[0];
    expect(applied).toEqual({
      lead_id: ' lead-northwind ',
      pipeline_run_id: '',
      template_version_id: 'v1.2.0',
      start_date: '2026-12-03',
      end_date: '2026-12-04',
    });
    expect(lineageSearchParams(applied, 20)).toEqual({
      limit: 20,
      lead_id: 'lead-northwind',
      template_version_id: 'v1.2.0',
      start_date: '2026-12-03T00:00:00Z',
      end_date: '2026-12-04T23:59:59.999Z',
    });
    await userEvent.click(within(form).getByRole('button', { name: 'Clear' }));
    expect(within(form).getByLabelText('Lead ID')).toHaveValue('');
    expect(onFiltersChange).toHaveBeenLastCalledWith(expect.objectContaining({ lead_id: '' }));
  });

  it('pages with Previous and Next', async () => {
    const onNextPage = vi.fn();
    const onPreviousPage = vi.fn();
    const { rerender } = render(
      <LineagePanel
        {...full}
        hasNextPage
        onNextPage={onNextPage}
        onPreviousPage={onPreviousPage}
      />,
    );
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    expect(screen.getByText('Page 1')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(onNextPage).toHaveBeenCalledTimes(1);
    rerender(
      <LineagePanel
        {...full}
        pageIndex={1}
        onNextPage={onNextPage}
        onPreviousPage={onPreviousPage}
      />,
    );
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(onPreviousPage).toHaveBeenCalledTimes(1);
  });

  it('shows download progress, cancel, the saved file and each download error', async () => {
    const onDownload = vi.fn();
    const onCancelDownload = vi.fn();
    const base = { lineageId: 'lin-7f3a', error: undefined, filename: undefined };
    const { rerender, container } = render(
      <LineagePanel {...full} onDownload={onDownload} onCancelDownload={onCancelDownload} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download raw inputs' }));
    expect(onDownload).toHaveBeenCalledWith(LINEAGE_RECORD);
    rerender(
      <LineagePanel
        {...full}
        onDownload={onDownload}
        onCancelDownload={onCancelDownload}
        download={{
          ...base,
          status: 'downloading',
          progress: { receivedBytes: 262_144, totalBytes: 524_288 },
        }}
      />,
    );
    const progress = screen.getByRole('progressbar', { name: 'Download raw inputs' });
    expect(progress).toHaveAttribute('value', '262144');
    expect(progress).toHaveAttribute('max', '524288');
    expect(screen.getByText('262.1 kB of 524.3 kB')).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel download' }));
    expect(onCancelDownload).toHaveBeenCalledTimes(1);
    rerender(
      <LineagePanel
        {...full}
        onDownload={onDownload}
        download={{
          ...base,
          status: 'downloading',
          progress: { receivedBytes: 1000, totalBytes: undefined },
        }}
      />,
    );
    expect(screen.getByText('1 kB received')).toBeInTheDocument();
    rerender(
      <LineagePanel
        {...full}
        onDownload={onDownload}
        download={{
          ...base,
          status: 'done',
          filename: 'lineage_lin-7f3a_raw_inputs.json.gz',
          progress: { receivedBytes: 1, totalBytes: 1 },
        }}
      />,
    );
    expect(screen.getByText('Saved lineage_lin-7f3a_raw_inputs.json.gz')).toBeInTheDocument();
    rerender(
      <LineagePanel
        {...full}
        onDownload={onDownload}
        download={{
          ...base,
          status: 'error',
          error: new DownloadSizeLimitError(2_097_152, 3_000_000),
          progress: { receivedBytes: 0, totalBytes: 3_000_000 },
        }}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('larger than the 2.1 MB limit');
    rerender(
      <LineagePanel
        {...full}
        onDownload={onDownload}
        download={{
          ...base,
          status: 'error',
          error: apiErrorOf(NotFoundError, 404, 'No raw inputs available for this lineage'),
          progress: { receivedBytes: 0, totalBytes: undefined },
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('No raw inputs available for this lineage');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onDownload).toHaveBeenCalledTimes(2);
  });

  it('keeps the layout while loading, and shows empty and error states', async () => {
    const onRetry = vi.fn();
    const { rerender, container } = render(<LineagePanel />);
    expect(screen.getByRole('region', { name: 'Report lineage' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading report lineage…');
    expect(container.querySelectorAll('.govkit-skeleton').length).toBeGreaterThan(10);
    await expectNoAxeViolations(container);
    rerender(<LineagePanel stats={LINEAGE_STATS} records={[]} />);
    expect(screen.getByRole('region', { name: 'Report lineage' })).toHaveAttribute(
      'data-state',
      'empty',
    );
    expect(screen.getByText('No lineage records')).toBeInTheDocument();
    rerender(
      <LineagePanel
        statsError={apiErrorOf(InternalServerError, 500, 'stats down')}
        recordsError={apiErrorOf(InternalServerError, 500, 'search down')}
        onRetry={onRetry}
      />,
    );
    const alerts = screen.getAllByRole('alert');
    expect(alerts.map((a) => a.querySelector('.govkit-error-state__detail')?.textContent)).toEqual([
      'stats down',
      'search down',
    ]);
    await userEvent.click(
      within(alerts[1] as HTMLElement).getByRole('button', { name: 'Try again' }),
    );
    expect(onRetry).toHaveBeenCalledTimes(1);
    rerender(<LineagePanel {...full} selectedRecord={LINEAGE_RECORD} audit={[]} />);
    expect(screen.getByText('Nobody has accessed this lineage yet.')).toBeInTheDocument();
    rerender(
      <LineagePanel
        {...full}
        selectedRecord={LINEAGE_RECORD}
        auditError={apiErrorOf(NotFoundError, 404, 'Lineage not found')}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Lineage not found');
    rerender(<LineagePanel {...full} stats={{ ...LINEAGE_STATS, template_distribution: [] }} />);
    expect(field(container, 'most-used-template')).toHaveTextContent('None yet');
  });

  it('speaks German', () => {
    const { container } = renderWithGovkit(<LineagePanel {...full} />, {
      locale: 'de',
      translations: { de },
    });
    expect(screen.getByRole('heading', { name: 'Bericht-Lineage' })).toBeInTheDocument();
    expect(field(container, 'total-records')).toHaveTextContent('1.204');
    expect(screen.getByRole('button', { name: 'Suchen' })).toBeInTheDocument();
    expect(screen.getByText('Rohdaten heruntergeladen', { exact: false })).toBeDefined();
  });

  it('derives the raw size from percent saved', () => {
    expect(
      rawSizeOf({ ...LINEAGE_RECORD, raw_inputs_size_bytes: 250, compression_ratio: 75 }),
    ).toBe(1000);
    expect(rawSizeOf({ ...LINEAGE_RECORD, compression_ratio: 100 })).toBeUndefined();
    render(
      <LineagePanel
        records={[{ ...LINEAGE_RECORD, compression_ratio: 100 } as LineageRecord]}
        defaultSelectedId="lin-7f3a"
      />,
    );
    expect(field(screen.getByRole('article'), 'raw-size')).toHaveTextContent('—');
  });
});

describe('ConnectedLineagePanel', () => {
  useMockGovkitServer();

  it('loads stats and the first page, opens a report, pages, and downloads its raw inputs', async () => {
    const onFile = vi.fn();
    const { container } = renderWithGovkit(
      <ConnectedLineagePanel
        reportId={SEEDED_LINEAGE.dictLogsReportId}
        pageSize={5}
        onFile={onFile}
      />,
    );
    expect(screen.getByRole('region', { name: 'Report lineage' })).toHaveAttribute(
      'data-state',
      'loading',
    );
    const details = await screen.findByRole('article', {
      name: `Lineage of report ${SEEDED_LINEAGE.dictLogsReportId}`,
    });
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Report lineage' })).toHaveAttribute(
        'data-state',
        'ready',
      ),
    );
    expect(
      within(screen.getByRole('table', { name: 'Lineage records' })).getAllByRole('row'),
    ).toHaveLength(6);
    await waitFor(() =>
      expect(within(details).getByRole('table', { name: 'Access trail' })).toHaveTextContent(
        'Viewed lineage',
      ),
    );
    await waitFor(() => expect(field(container, 'total-records')).not.toHaveTextContent(''));
    await expectNoAxeViolations(container);

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(screen.getByText('Page 2')).toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(screen.getByText('Page 1')).toBeInTheDocument();

    await userEvent.click(within(details).getByRole('button', { name: 'Download raw inputs' }));
    await waitFor(() => expect(onFile).toHaveBeenCalledTimes(1));
    const file = onFile.mock.calls[0]?.[0] as { filename: string; bytes: Uint8Array };
    expect(file.filename).toMatch(/^lineage_.+_raw_inputs\.json\.gz$/);
    expect([file.bytes[0], file.bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(await screen.findByText(`Saved ${file.filename}`)).toBeInTheDocument();
    await waitFor(() =>
      expect(within(details).getByRole('table', { name: 'Access trail' })).toHaveTextContent(
        'Downloaded raw inputs',
      ),
    );
  });

  it('stops a download over the size cap with a clear message', async () => {
    const onFile = vi.fn();
    renderWithGovkit(
      <ConnectedLineagePanel
        reportId={SEEDED_LINEAGE.dictLogsReportId}
        maxBytes={64}
        onFile={onFile}
      />,
    );
    const details = await screen.findByRole('article');
    await userEvent.click(within(details).getByRole('button', { name: 'Download raw inputs' }));
    expect(await within(details).findByRole('alert')).toHaveTextContent(
      'larger than the 64B limit',
    );
    expect(onFile).not.toHaveBeenCalled();
  });

  it('searches by lead and shows the empty state for an unknown one', async () => {
    renderWithGovkit(<ConnectedLineagePanel />);
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Report lineage' })).toHaveAttribute(
        'data-state',
        'ready',
      ),
    );
    await userEvent.type(screen.getByLabelText('Lead ID'), 'lead-nobody');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('No lineage records')).toBeInTheDocument();
  });

  it('shows the typed error of an unknown report', async () => {
    renderWithGovkit(<ConnectedLineagePanel reportId="rpt-missing" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Lineage not found for this report');
  });
});
