import { InternalServerError, type PresentedWatchList } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { SUCCEEDED_RUN } from '../runs/run-governance.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { narrow } from '../test/narrow';
import { PredictiveWatchList } from './predictive-watch-list';

const WATCH_LIST = SUCCEEDED_RUN.presented_watch_list as PresentedWatchList;
const FOUR_ITEMS: PresentedWatchList = {
  ...WATCH_LIST,
  items: [
    ...WATCH_LIST.items,
    {
      topic: 'Payment terms pressure',
      why_it_matters: 'Customers requesting longer payment windows during slower periods',
      what_to_watch: 'Days to payment trends, payment plan requests',
      time_horizon: '30-60 days',
    },
  ],
};

const meta = {
  title: 'Run governance/Predictive watch list',
  component: PredictiveWatchList,
  args: { watchList: WATCH_LIST, onRetry: fn() },
} satisfies Meta<typeof PredictiveWatchList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Quiet mode: collapsed until the reader asks. */
export const Default: Story = {};

/** The flow people use: open the section and read the items and the disclaimer. */
export const OpenWatchList: Story = {
  play: async ({ canvas }) => {
    const trigger = canvas.getByRole('button', {
      name: 'What might shift in the next 30–90 days (optional)',
    });
    await userEvent.click(trigger);
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3);
    await expect(canvas.getByText('This is a watch list, not a forecast.')).toBeVisible();
  },
};

/** The largest list the presenter shows: four items. */
export const Large: Story = { args: { watchList: FOUR_ITEMS, defaultOpen: true } };

export const Loading: Story = { args: { watchList: undefined, defaultOpen: true } };

export const Empty: Story = { args: { watchList: null, defaultOpen: true } };

export const ErrorState: Story = {
  name: 'Error',
  args: {
    watchList: undefined,
    defaultOpen: true,
    error: apiErrorOf(InternalServerError, 500, 'Run store unavailable'),
  },
};

export const Dark: Story = {
  args: { watchList: FOUR_ITEMS, defaultOpen: true },
  globals: { theme: 'dark' },
};

export const German: Story = { args: { defaultOpen: true }, globals: { locale: 'de' } };

export const Narrow: Story = {
  args: { defaultOpen: true },
  decorators: [narrow(340)],
};
