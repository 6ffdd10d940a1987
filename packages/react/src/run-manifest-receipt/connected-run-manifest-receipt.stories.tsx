import { createStore, overrideEndpoint } from '@govkit/mock-server';
import { runGovernanceEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ConnectedRunManifestReceipt } from './connected-run-manifest-receipt';

// Every story's fresh store is seeded the same way, so the first seeded run id is stable.
const SEEDED_RUN_ID = createStore().runGovernance.runs.listRuns()[0]?.run_id ?? 'run-1';

const meta: Meta<typeof ConnectedRunManifestReceipt> = {
  title: 'Run governance/Run manifest receipt/Connected',
  component: ConnectedRunManifestReceipt,
  args: { runId: SEEDED_RUN_ID },
  parameters: { govkit: { mockApi: true } },
};

export default meta;
type Story = StoryObj<typeof meta>;

// The disclosure is disabled while the run loads: wait until it can open.
async function openDetails(canvas: ReturnType<typeof within>) {
  const trigger = canvas.getByRole('button', { name: 'Show technical details' });
  await waitFor(() => expect(trigger).toBeEnabled(), { timeout: 10_000 });
  await userEvent.click(trigger);
}

export const Default: Story = {
  play: async ({ canvas }) => {
    await openDetails(canvas);
    await expect(canvas.getByText(/steps succeeded, \d+ skipped, \d+ failed/)).toBeVisible();
  },
};

export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(overrideEndpoint(runGovernanceEndpoints.retrieve, () => delay('infinite')));
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region')).toHaveAttribute('aria-busy', 'true');
  },
};

export const NotFound: Story = {
  args: { runId: 'run-does-not-exist' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'Run not found',
    );
  },
};

export const ErrorThenRetry: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(
        runGovernanceEndpoints.retrieve,
        () => HttpResponse.json({ detail: 'Run store unavailable' }, { status: 503 }),
        { once: true },
      ),
    );
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent('Run store unavailable');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await openDetails(canvas);
    await expect(canvas.getByText(/steps succeeded/)).toBeVisible();
  },
};
