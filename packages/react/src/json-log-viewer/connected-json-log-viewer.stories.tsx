import { overrideEndpoint, SEEDED_LINEAGE } from '@govkit/mock-server';
import { lineageEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay } from 'msw';
import { useEffect, useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import { useLineageRecord } from '../lineage/use-lineage-queries';
import { ConnectedJsonLogViewer } from './connected-json-log-viewer';

// Seeded lineage is addressed by report id; the viewer needs the lineage id behind it.
function ByReport({ reportId, pageSize }: { reportId: string; pageSize?: number }) {
  const record = useLineageRecord(reportId);
  const [id, setId] = useState<string>();
  useEffect(() => setId(record.data?.lineage_id), [record.data]);
  return id ? <ConnectedJsonLogViewer lineageId={id} pageSize={pageSize} /> : null;
}

const meta: Meta<typeof ByReport> = {
  title: 'Lineage/JSON log viewer/Connected',
  component: ByReport,
  args: { reportId: SEEDED_LINEAGE.dictLogsReportId },
  parameters: { govkit: { mockApi: true } },
};

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getAllByRole('treeitem').length).toBeGreaterThan(1), {
      timeout: 10_000,
    });
  },
};

export const TruncatedLog: Story = {
  args: { reportId: SEEDED_LINEAGE.hugeLogsReportId, pageSize: 100 },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText(/truncated to fit 2 MB/, {}, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(overrideEndpoint(lineageEndpoints.logs, () => delay('infinite')));
  },
};
