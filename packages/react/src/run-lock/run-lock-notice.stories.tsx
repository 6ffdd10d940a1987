import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { LIVE_LOCK, LIVE_LOCK_NOW } from '../runs/run-governance.fixtures';
import { RunLockInspector } from './run-lock-inspector';
import { RunLockNotice } from './run-lock-notice';

const meta = {
  title: 'Run governance/Run lock notice',
  component: RunLockNotice,
  args: { onRefresh: fn() },
} satisfies Meta<typeof RunLockNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'A snapshot is already running for this workspace. Please wait a moment and refresh.',
    );
  },
};

/** With the inspector underneath, for people who want to know who holds the workspace. */
export const WithInspector: Story = {
  args: {
    children: (
      <RunLockInspector
        lock={{ ...LIVE_LOCK, lock_id: null }}
        now={LIVE_LOCK_NOW}
        headingLevel={3}
      />
    ),
  },
};

export const Dark: Story = { ...WithInspector, globals: { theme: 'dark' } };

export const German: Story = { globals: { locale: 'de' } };
