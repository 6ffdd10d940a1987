import { SEEDED_REPLAY } from '@govkit/mock-server';
import { createClient, type TaskGovernanceSummary } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect } from 'storybook/test';
import { StatusBadge } from './status-badge';

// The whole stack in a real browser: the sdk client → MSW service worker → @govkit/mock-server's
// route table → the sdk's reference engines, all on a seeded in-browser store.
function TaskStatus({ taskId }: { taskId: string }) {
  const [summary, setSummary] = useState<TaskGovernanceSummary>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const controller = new AbortController();
    createClient({ baseURL: window.location.origin, validation: 'strict' })
      .replay.tasks.summary(taskId, { signal: controller.signal })
      .then(setSummary, (e: unknown) => {
        if (!controller.signal.aborted) setError(String(e));
      });
    return () => controller.abort();
  }, [taskId]);
  if (error) return <p role="alert">{error}</p>;
  if (!summary) return <p aria-busy="true">Loading…</p>;
  return (
    <p>
      {summary.task_id}: <StatusBadge status={summary.status} />{' '}
      {summary.blocked_reason_code && <code>{summary.blocked_reason_code}</code>}
    </p>
  );
}

// Annotated (not `satisfies`) so the story's type does not spell out msw's handler types.
const meta: Meta<typeof TaskStatus> = {
  title: 'Primitives/StatusBadge/From the mock API',
  component: TaskStatus,
  args: { taskId: SEEDED_REPLAY.docTaskId },
  parameters: { govkit: { mockApi: true } },
};

export default meta;
type Story = StoryObj<typeof meta>;

export const BlockedTask: Story = {
  play: async ({ canvas }) => {
    const badge = await canvas.findByText('Blocked', {}, { timeout: 10_000 });
    await expect(badge).toHaveAttribute('data-tone', 'critical');
    await expect(await canvas.findByText('REDLINE_001')).toBeInTheDocument();
  },
};

export const UnknownTask: Story = {
  args: { taskId: 'task-does-not-exist' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'Task not found: task-does-not-exist',
    );
  },
};
