import { DownloadSizeLimitError, InternalServerError } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { JsonLogViewer } from '../json-log-viewer/json-log-viewer';
import { SMALL_PIPELINE_LOG } from '../json-log-viewer/json-log-viewer.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { narrow } from '../test/narrow';
import { LineagePanel } from './lineage-panel';
import {
  LINEAGE_AUDIT,
  LINEAGE_NOW,
  LINEAGE_RECORDS,
  LINEAGE_STATS,
} from './lineage-panel.fixtures';

const meta = {
  title: 'Lineage/Lineage panel',
  component: LineagePanel,
  args: {
    stats: LINEAGE_STATS,
    records: LINEAGE_RECORDS,
    defaultSelectedId: 'lin-7f3a',
    audit: LINEAGE_AUDIT,
    now: LINEAGE_NOW,
    hasNextPage: true,
    onNextPage: fn(),
    onPreviousPage: fn(),
    onDownload: fn(),
    onCancelDownload: fn(),
    onFiltersChange: fn(),
    onRetry: fn(),
    renderLogs: () => <JsonLogViewer value={SMALL_PIPELINE_LOG} />,
  },
} satisfies Meta<typeof LineagePanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Downloading: Story = {
  args: {
    download: {
      status: 'downloading',
      lineageId: 'lin-7f3a',
      progress: { receivedBytes: 262_144, totalBytes: 524_288 },
      error: undefined,
      filename: undefined,
    },
  },
};

export const DownloadTooLarge: Story = {
  args: {
    download: {
      status: 'error',
      lineageId: 'lin-7f3a',
      progress: { receivedBytes: 0, totalBytes: 3_000_000 },
      error: new DownloadSizeLimitError(2_097_152, 3_000_000),
      filename: undefined,
    },
  },
};

/** Search with an inverted date range, fix it, search. */
export const SearchFlow: Story = {
  play: async ({ canvas, args }) => {
    const form = canvas.getByRole('search');
    await userEvent.type(within(form).getByLabelText('Lead ID'), 'lead-northwind');
    await userEvent.type(within(form).getByLabelText('From'), '2026-12-03');
    await userEvent.type(within(form).getByLabelText('To'), '2026-12-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Search' }));
    await expect(canvas.getByRole('alert')).toHaveTextContent('start date is after the end date');
    await userEvent.clear(within(form).getByLabelText('To'));
    await userEvent.click(within(form).getByRole('button', { name: 'Search' }));
    await expect(args.onFiltersChange).toHaveBeenCalled();
  },
};

export const Loading: Story = {
  args: { stats: undefined, records: undefined, audit: undefined, defaultSelectedId: undefined },
};

export const Empty: Story = { args: { records: [], defaultSelectedId: undefined } };

export const ErrorState: Story = {
  name: 'Error',
  args: {
    records: undefined,
    recordsError: apiErrorOf(InternalServerError, 500, 'Lineage store unavailable'),
    defaultSelectedId: undefined,
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const German: Story = { globals: { locale: 'de' } };

export const Narrow: Story = {
  decorators: [narrow(390)],
};
