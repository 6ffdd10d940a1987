import { overrideEndpoint, SEEDED_REPLAY } from '@govkit/mock-server';
import { replayEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse } from 'msw';
import { expect, userEvent, within } from 'storybook/test';
import { ConnectedTaskSummaryCard } from './connected-task-summary-card';

// Fed by the mock server over a fresh seeded store per story: the world `npm start` shows.
const meta: Meta<typeof ConnectedTaskSummaryCard> = {
  title: 'Decision replay/Task summary card/Connected',
  component: ConnectedTaskSummaryCard,
  args: { taskId: SEEDED_REPLAY.docTaskId },
  parameters: { govkit: { mockApi: true } },
};

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('REDLINE_001', {}, { timeout: 10_000 })).toBeVisible();
    await expect(canvas.getByRole('region')).toHaveAttribute('data-state', 'ready');
  },
};

export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(overrideEndpoint(replayEndpoints.tasksSummary, () => delay('infinite')));
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region')).toHaveAttribute('aria-busy', 'true');
  },
};

export const NotFound: Story = {
  args: { taskId: 'task-does-not-exist' },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent('Task not found');
  },
};

/** The server fails once; "Try again" then loads the task. */
export const ErrorThenRetry: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(
        replayEndpoints.tasksSummary,
        () => HttpResponse.json({ detail: 'Supervisor database unavailable' }, { status: 503 }),
        { once: true },
      ),
    );
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent('Supervisor database unavailable');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByText('REDLINE_001', {}, { timeout: 10_000 })).toBeVisible();
  },
};
