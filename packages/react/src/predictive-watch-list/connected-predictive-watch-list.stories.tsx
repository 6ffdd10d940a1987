import { createStore, overrideEndpoint } from '@govkit/mock-server';
import { runGovernanceEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay } from 'msw';
import { expect } from 'storybook/test';
import { ConnectedPredictiveWatchList } from './connected-predictive-watch-list';

// Every story's fresh store is seeded the same way, so this seeded run id is stable.
const RUN_ID =
  createStore()
    .runGovernance.runs.listRuns()
    .find((run) => run.presented_watch_list)?.run_id ?? 'run-1';

const meta: Meta<typeof ConnectedPredictiveWatchList> = {
  title: 'Run governance/Predictive watch list/Connected',
  component: ConnectedPredictiveWatchList,
  args: { runId: RUN_ID, defaultOpen: true },
  parameters: { govkit: { mockApi: true } },
};

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText('This is a watch list, not a forecast.', {}, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(overrideEndpoint(runGovernanceEndpoints.retrieve, () => delay('infinite')));
  },
};
