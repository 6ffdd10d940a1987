import { InternalServerError } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import {
  BACKFILLED_WIRE_LINEAGE,
  SCENARIO_AND_NOTEBOOK_LINEAGE,
} from '../overrides/override-widgets.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { narrow } from '../test/narrow';
import { ScenarioContextWidget } from './scenario-context-widget';

const meta = {
  title: 'Overrides/Scenario context',
  component: ScenarioContextWidget,
  args: { lineage: SCENARIO_AND_NOTEBOOK_LINEAGE, onRetry: fn() },
} satisfies Meta<typeof ScenarioContextWidget>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    const region = canvas.getByRole('region', { name: 'Lineage context' });
    await expect(region).toHaveTextContent('Faster sign-off');
    await expect(region).toHaveTextContent('Reviewer load notes');
  },
};

/** A lineage the backfill migration rebuilt, as BioLabs sends it (`meta`, ids only). */
export const Backfilled: Story = { args: { lineage: BACKFILLED_WIRE_LINEAGE } };

export const ScenarioOnly: Story = {
  args: { lineage: { ...SCENARIO_AND_NOTEBOOK_LINEAGE, notebook_entry: null, metadata: {} } },
};

export const Loading: Story = { args: { lineage: undefined, loading: true } };

/** No scenario and no notebook entry: the widget renders nothing, as the contract asks. */
export const Empty: Story = {
  args: { lineage: { ...SCENARIO_AND_NOTEBOOK_LINEAGE, scenario: null, notebook_entry: null } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.govkit-scenario-context')).toBeNull();
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: {
    lineage: undefined,
    error: apiErrorOf(InternalServerError, 500, 'Timeline store unavailable'),
  },
  play: async ({ canvas, args }) => {
    const alert = await canvas.findByRole('alert');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const DarkBackfilled: Story = { ...Backfilled, globals: { theme: 'dark' } };

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading')).toHaveTextContent('Herkunftskontext');
  },
};

export const Narrow: Story = {
  decorators: [narrow(300)],
};
