import { overrideEndpoint, SEEDED_LINEAGE } from '@govkit/mock-server';
import { lineageEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse } from 'msw';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ConnectedJsonLogViewer } from '../json-log-viewer/connected-json-log-viewer';
import { ConnectedLineagePanel } from './connected-lineage-panel';

// Fed by the mock server over a fresh seeded store per story: the world `npm start` shows.
const meta: Meta<typeof ConnectedLineagePanel> = {
  title: 'Lineage/Lineage panel/Connected',
  component: ConnectedLineagePanel,
  args: {
    reportId: SEEDED_LINEAGE.dictLogsReportId,
    renderLogs: (record) => <ConnectedJsonLogViewer lineageId={record.lineage_id} />,
    onFile: fn(),
  },
  parameters: { govkit: { mockApi: true } },
};

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('article', {}, { timeout: 10_000 })).toBeVisible();
  },
};

/** Search lineage by template version, open a record, download its raw inputs. */
export const SearchAndDownload: Story = {
  args: { reportId: undefined },
  play: async ({ canvas, args }) => {
    await canvas.findAllByRole('button', { pressed: false }, { timeout: 10_000 });
    await userEvent.type(
      canvas.getByLabelText('Template version'),
      SEEDED_LINEAGE.templateVersions[0],
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Search' }));
    await waitFor(
      () => {
        for (const row of canvas.getAllByRole('row').slice(1)) {
          expect(row).toHaveTextContent(SEEDED_LINEAGE.templateVersions[0]);
        }
      },
      { timeout: 10_000 },
    );
    const [first] = canvas.getAllByRole('button', { pressed: false });
    await userEvent.click(first as HTMLElement);
    const details = await canvas.findByRole('article');
    await userEvent.click(within(details).getByRole('button', { name: 'Download raw inputs' }));
    await waitFor(() => expect(args.onFile).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    await expect(await within(details).findByText(/^Saved lineage_/)).toBeVisible();
  },
};

export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(overrideEndpoint(lineageEndpoints.search, () => delay('infinite')));
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { reportId: undefined },
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(
        lineageEndpoints.search,
        () => HttpResponse.json({ detail: 'Lineage store unavailable' }, { status: 503 }),
        { once: true },
      ),
    );
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent('Lineage store unavailable');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(canvas.queryByRole('alert')).toBeNull(), { timeout: 10_000 });
  },
};
