import { InternalServerError, NotFoundError } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { apiErrorOf } from '../test/api-error-of';
import { narrow } from '../test/narrow';
import { TaskSummaryCard } from './task-summary-card';
import { BLOCKED_TASK_SUMMARY, UNDECIDED_TASK_SUMMARY } from './task-summary-card.fixtures';

const meta = {
  title: 'Decision replay/Task summary card',
  component: TaskSummaryCard,
  args: { taskId: 'task-123', summary: BLOCKED_TASK_SUMMARY, onRetry: fn() },
} satisfies Meta<typeof TaskSummaryCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Allowed: Story = {
  args: {
    summary: {
      ...BLOCKED_TASK_SUMMARY,
      status: 'ALLOWED',
      last_decision_type: 'ALLOW',
      blocked_reason_code: null,
      inbox_backlog: 0,
      decision_count: 12,
    },
  },
};

export const Loading: Story = { args: { summary: undefined } };

export const Empty: Story = {
  args: {
    taskId: 'task-new',
    summary: UNDECIDED_TASK_SUMMARY,
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: {
    summary: undefined,
    error: apiErrorOf(InternalServerError, 500, 'Supervisor database unavailable'),
  },
  play: async ({ canvas, args }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Supervisor database unavailable');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const NotFound: Story = {
  args: {
    taskId: 'task-404',
    summary: undefined,
    error: apiErrorOf(NotFoundError, 404, 'Task not found: task-404'),
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Task not found');
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const DarkError: Story = { ...ErrorState, name: 'Dark error', globals: { theme: 'dark' } };

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading')).toHaveTextContent('Aufgabe task-123');
    await expect(canvas.getByText('1.204')).toBeInTheDocument();
  },
};

export const Narrow: Story = {
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  decorators: [narrow(300)],
};
