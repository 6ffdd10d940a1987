import { InternalServerError } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { LINEAGE_SUMMARY } from '../overrides/override-widgets.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { narrow } from '../test/narrow';
import { AnalyticsLineageWidget } from './analytics-lineage-widget';

const meta = {
  title: 'Overrides/Analytics lineage',
  component: AnalyticsLineageWidget,
  args: { summary: LINEAGE_SUMMARY, onRetry: fn() },
} satisfies Meta<typeof AnalyticsLineageWidget>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    const scenarios = canvas.getByRole('region', { name: 'Scenarios' });
    await expect(scenarios).toHaveTextContent('14 executed · 4 reversed · net impact 10');
    await expect(within(scenarios).getAllByRole('listitem')[0]).toHaveTextContent(
      'Faster sign-off',
    );
  },
};

/** One side has activity, the other says so plainly. */
export const OneSideEmpty: Story = {
  args: { summary: { ...LINEAGE_SUMMARY, notebooks: [] } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Notebook entries' })).toHaveTextContent(
      'No lineage activity captured.',
    );
  },
};

/** Forty scenarios: the top five by executed count, and how many there are. */
export const Large: Story = {
  args: {
    summary: {
      scenarios: Array.from({ length: 40 }, (_, i) => ({
        scenario_id: `scenario-${i + 1}`,
        scenario_name: `Scenario ${i + 1}`,
        folder_name: i % 3 === 0 ? 'Q1 experiments' : null,
        executed_count: (i * 7) % 23,
        reversed_count: i % 4,
        net_count: ((i * 7) % 23) - (i % 4),
      })),
      notebooks: LINEAGE_SUMMARY.notebooks,
    },
  },
};

export const Loading: Story = { args: { summary: undefined, loading: true } };

/** Both sides empty: the widget renders nothing. */
export const Empty: Story = {
  args: { summary: { scenarios: [], notebooks: [] } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.govkit-analytics-lineage')).toBeNull();
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: {
    summary: undefined,
    error: apiErrorOf(InternalServerError, 500, 'Analytics cache offline'),
  },
  play: async ({ canvas, args }) => {
    const alert = await canvas.findByRole('alert');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const German: Story = { globals: { locale: 'de' } };

export const Narrow: Story = {
  decorators: [narrow(340)],
};
