import { overrideEndpoint } from '@govkit/mock-server';
import { exportsEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse } from 'msw';
import remarkGfm from 'remark-gfm';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ConnectedApprovalLadder } from '../approval-ladder/connected-approval-ladder';
import { ConnectedEvidencePicker } from '../evidence-picker/connected-evidence-picker';
import { QPCR_EXECUTION, READY_EXPORT, STORE_NOW } from '../exports/narrative-export.fixtures';
import { ConnectedNarrativeExportPanel } from './connected-narrative-export-panel';

const meta: Meta<typeof ConnectedNarrativeExportPanel> = {
  title: 'Narrative exports/Narrative export panel/Connected',
  component: ConnectedNarrativeExportPanel,
  args: {
    executionId: QPCR_EXECUTION,
    onFile: fn(),
    markdownPlugins: [remarkGfm],
    renderLadder: (record) => (
      <ConnectedApprovalLadder
        executionId={record.execution_id}
        exportId={record.id}
        now={STORE_NOW}
        headingLevel={3}
      />
    ),
  },
  parameters: { govkit: { mockApi: true } },
};

export default meta;
type Story = StoryObj<typeof meta>;

/** Download the packaged zip: verified against its SHA-256 before it is handed over. */
export const Default: Story = {
  args: { defaultSelectedExportId: READY_EXPORT.id },
  play: async ({ canvas, args }) => {
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Download zip' }, { timeout: 10_000 }),
    );
    await expect(
      await canvas.findByText(/the SHA-256 checksum matches/, {}, { timeout: 10_000 }),
    ).toBeVisible();
    await expect(args.onFile).toHaveBeenCalledTimes(1);
  },
};

/** The server's own checksum check fails (500 `artifact_integrity`). */
export const IntegrityFailure: Story = {
  args: { defaultSelectedExportId: READY_EXPORT.id },
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(exportsEndpoints.artifact, () =>
        HttpResponse.json(
          { detail: 'Artifact checksum validation failed', code: 'artifact_integrity' },
          { status: 500 },
        ),
      ),
    );
  },
  play: async ({ canvas }) => {
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Download zip' }, { timeout: 10_000 }),
    );
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent('Integrity check failed');
    await expect(canvas.getByText('Checked by the server before sending.')).toBeVisible();
  },
};

export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(overrideEndpoint(exportsEndpoints.list, () => delay('infinite')));
  },
};

export const ErrorThenRetry: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(
        exportsEndpoints.list,
        () => HttpResponse.json({ detail: 'Export store unavailable' }, { status: 503 }),
        { once: true },
      ),
    );
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(
      await canvas.findByRole('button', { name: 'Download zip' }, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

export const Empty: Story = { args: { executionId: 'exec-unlinked-001' } };

/** The evidence picker in the panel's slot: attach an entry, the new version shows it. */
export const WithEvidencePicker: Story = {
  args: {
    renderEvidencePicker: (record) => (
      <ConnectedEvidencePicker executionId={record.execution_id} headingLevel={4} />
    ),
  },
  play: async ({ canvas }) => {
    const listbox = await canvas.findByRole('listbox', {}, { timeout: 10_000 });
    const free = within(listbox)
      .getAllByRole('option')
      .find((option) => option.getAttribute('aria-disabled') !== 'true') as HTMLElement;
    await userEvent.click(free);
    await userEvent.click(canvas.getByRole('button', { name: 'Attach 1 item' }));
    await expect(
      await canvas.findByText('Attached 1 item to a new export version.', {}, { timeout: 10_000 }),
    ).toBeVisible();
  },
};
