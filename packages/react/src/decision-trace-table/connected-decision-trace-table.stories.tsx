import { overrideEndpoint, SEEDED_REPLAY } from '@govkit/mock-server';
import { replayEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse } from 'msw';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ConnectedDecisionTraceTable } from './connected-decision-trace-table';

// Fed by the mock server over a fresh seeded store per story: the world `npm start` shows.
const meta: Meta<typeof ConnectedDecisionTraceTable> = {
  title: 'Decision replay/Decision trace table/Connected',
  component: ConnectedDecisionTraceTable,
  args: { taskId: SEEDED_REPLAY.docTaskId, onOpenDecision: fn(), onExport: fn() },
  parameters: { govkit: { mockApi: true } },
};

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/loaded rows/, {}, { timeout: 10_000 })).toBeVisible();
  },
};

/** Page through a long trace with "Load more": each page adds rows, none twice. */
export const PageThroughTrace: Story = {
  args: { taskId: SEEDED_REPLAY.longTraceTaskId, pageSize: 50 },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText('50 of 50 loaded rows', {}, { timeout: 10_000 }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Load more' }));
    await expect(
      await canvas.findByText('100 of 100 loaded rows', {}, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(overrideEndpoint(replayEndpoints.tasksDecisionTrace, () => delay('infinite')));
  },
};

export const NotFound: Story = {
  args: { taskId: 'task-does-not-exist' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'Task not found',
    );
  },
};

export const ErrorThenRetry: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(
        replayEndpoints.tasksDecisionTrace,
        () => HttpResponse.json({ detail: 'Supervisor database unavailable' }, { status: 503 }),
        { once: true },
      ),
    );
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByText(/loaded rows/, {}, { timeout: 10_000 })).toBeVisible();
  },
};
