import { InternalServerError } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { apiErrorOf } from '../test/api-error-of';
import { BlockedReasonsStatsCard } from './blocked-reasons-stats-card';
import {
  ConnectedBlockedReasonsStatsCard,
  ConnectedDecisionLagStatsCard,
  ConnectedDecisionTypesStatsCard,
} from './connected-decision-stats';
import { DecisionLagStatsCard } from './decision-lag-stats-card';
import {
  BLOCKED_REASONS_STATS,
  DECISION_LAG_STATS,
  DECISION_TYPES_STATS,
} from './decision-stats.fixtures';
import { DecisionTypesStatsCard } from './decision-types-stats-card';

const meta = {
  title: 'Decision replay/Decision stats',
  component: BlockedReasonsStatsCard,
  args: { data: BLOCKED_REASONS_STATS, onRetry: fn(), onWindowChange: fn() },
} satisfies Meta<typeof BlockedReasonsStatsCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** All three cards with seed 002's numbers. */
export const Default: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <BlockedReasonsStatsCard {...args} />
      <DecisionTypesStatsCard data={DECISION_TYPES_STATS} />
      <DecisionLagStatsCard data={DECISION_LAG_STATS} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const card = canvas.getByRole('region', { name: 'Most blocked tasks' });
    await userEvent.click(within(card).getByRole('radio', { name: '30 days' }));
    await expect(args.onWindowChange).toHaveBeenCalledWith('30d');
    await userEvent.click(within(card).getByRole('button', { name: 'Show as table' }));
    await expect(within(card).getByRole('table')).toBeVisible();
  },
};
export const Loading: Story = { args: { data: undefined } };
export const Empty: Story = {
  args: { data: { window: '7d', top_n: 10, blocked_tasks: [] } },
};
export const ErrorState: Story = {
  name: 'Error',
  args: { data: undefined, error: apiErrorOf(InternalServerError, 500, 'Stats store unavailable') },
  play: async ({ canvas, args }) => {
    await userEvent.click(
      within(await canvas.findByRole('alert')).getByRole('button', { name: 'Try again' }),
    );
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};
export const Dark: Story = { ...Default, play: undefined, globals: { theme: 'dark' } };
export const German: Story = { ...Default, play: undefined, globals: { locale: 'de' } };

/** Fed by the mock server (fresh seeded store); the play function switches the window. */
export const Connected: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <ConnectedBlockedReasonsStatsCard />
      <ConnectedDecisionTypesStatsCard />
      <ConnectedDecisionLagStatsCard percentile={99} />
    </div>
  ),
  parameters: { govkit: { mockApi: true } },
  play: async ({ canvas }) => {
    const card = canvas.getByRole('region', { name: 'Most blocked tasks' });
    await expect(
      await within(card).findByRole('rowheader', { name: 'task-456' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await userEvent.click(within(card).getByRole('radio', { name: '30 days' }));
    await expect(card).toHaveAttribute('data-window', '30d');
    const row = within(card).getByRole('rowheader', { name: 'task-456' }).closest('tr');
    await expect(
      await within(row as HTMLElement).findByText('20', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
  },
};
