import { createStore, overrideEndpoint } from '@govkit/mock-server';
import { runGovernanceEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse } from 'msw';
import { expect } from 'storybook/test';
import { ConnectedRunConclusion } from './connected-run-conclusion';

// Every story's fresh store is seeded the same way, so these seeded run ids are stable.
const runs = createStore().runGovernance.runs.listRuns();
const CONFIDENT_RUN_ID = runs.find((run) => !run.gated)?.run_id ?? 'run-1';
const GATED_RUN_ID = runs.find((run) => run.gated)?.run_id ?? 'run-2';

const meta: Meta<typeof ConnectedRunConclusion> = {
  title: 'Run governance/Run conclusion/Connected',
  component: ConnectedRunConclusion,
  args: { runId: CONFIDENT_RUN_ID },
  parameters: { govkit: { mockApi: true } },
};

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Next action', {}, { timeout: 10_000 })).toBeVisible();
  },
};

export const Gated: Story = {
  args: { runId: GATED_RUN_ID },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      "We're missing some inputs",
    );
  },
};

export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(overrideEndpoint(runGovernanceEndpoints.retrieve, () => delay('infinite')));
  },
};

export const ErrorState: Story = {
  name: 'Error',
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(runGovernanceEndpoints.retrieve, () =>
        HttpResponse.json({ detail: 'Run store unavailable' }, { status: 503 }),
      ),
    );
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'Run store unavailable',
    );
  },
};
