import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { StatusBadge } from './status-badge';

const meta = {
  title: 'Primitives/StatusBadge',
  component: StatusBadge,
  args: { status: 'BLOCKED' },
} satisfies Meta<typeof StatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Blocked: Story = {
  play: async ({ canvas }) => {
    const badge = await canvas.findByText('Blocked');
    await expect(badge).toHaveAttribute('data-tone', 'critical');
  },
};

const ALL = [
  'ALLOWED',
  'PAUSED',
  'BLOCKED',
  'RETRY_RECOMMENDED',
  'overridden',
  'reversed',
  'approved',
  'pending',
  'unknown_state',
];

export const EveryTone: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
      {ALL.map((status) => (
        <StatusBadge key={status} status={status} />
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Unknown state')).toHaveAttribute('data-tone', 'neutral');
  },
};

export const Themed: Story = {
  args: {
    status: 'approved',
    style: {
      '--govkit-color-positive-bg': '#111',
      '--govkit-color-positive-fg': '#9f9',
    } as React.CSSProperties,
  },
};
