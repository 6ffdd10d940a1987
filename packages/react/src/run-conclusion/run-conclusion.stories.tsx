import { InternalServerError } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { GATED_RUN, SUCCEEDED_RUN } from '../runs/run-governance.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { RunConclusion } from './run-conclusion';

const meta = {
  title: 'Run governance/Run conclusion',
  component: RunConclusion,
  args: { run: SUCCEEDED_RUN, onRetry: fn() },
} satisfies Meta<typeof RunConclusion>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Inference suppressed: the doctrine-safe conclusion and the data-warnings alert. */
export const Gated: Story = {
  args: { run: GATED_RUN },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      "We're missing some inputs, so this snapshot is less reliable.",
    );
  },
};

export const Loading: Story = { args: { run: undefined } };

export const Empty: Story = { args: { run: { ...SUCCEEDED_RUN, conclusion: null } } };

export const ErrorState: Story = {
  name: 'Error',
  args: { run: undefined, error: apiErrorOf(InternalServerError, 500, 'Run store unavailable') },
  play: async ({ canvas, args }) => {
    const alert = await canvas.findByRole('alert');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const DarkGated: Story = { args: { run: GATED_RUN }, globals: { theme: 'dark' } };

export const German: Story = { args: { run: GATED_RUN }, globals: { locale: 'de' } };
