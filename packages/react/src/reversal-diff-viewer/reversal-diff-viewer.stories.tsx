import { InternalServerError } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  COOLDOWN_REVERSAL,
  FIXTURE_NOW,
  REVERSED_OVERRIDE_ENTRY,
} from '../overrides/override-widgets.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { narrow } from '../test/narrow';
import { StoryClock } from '../test/story-clock';
import { ReversalDiffViewer } from './reversal-diff-viewer';

const NOW = Date.parse(FIXTURE_NOW);
const EXPIRES = Date.parse(COOLDOWN_REVERSAL.cooldown_expires_at as string);

const meta = {
  title: 'Overrides/Reversal diff viewer',
  component: ReversalDiffViewer,
  args: { detail: REVERSED_OVERRIDE_ENTRY.detail, now: NOW, onRetry: fn(), onCooldownEnd: fn() },
} satisfies Meta<typeof ReversalDiffViewer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A reversal with a two-hour cooldown, counting down on a story clock. */
export const Default: Story = {
  render: (args) => (
    <StoryClock start={NOW}>{(now) => <ReversalDiffViewer {...args} now={now} />}</StoryClock>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Window 120 min')).toBeVisible();
    await expect(canvas.getByRole('timer')).toHaveTextContent('remaining');
  },
};

/** The flow people wait for: the countdown reaches zero and says "Cooldown cleared". */
export const CooldownEnding: Story = {
  render: (args) => (
    <StoryClock start={EXPIRES - 3000}>
      {(now) => <ReversalDiffViewer {...args} now={now} />}
    </StoryClock>
  ),
  play: async ({ canvas, args }) => {
    await expect(await canvas.findByText('Cooldown cleared', {}, { timeout: 6000 })).toBeVisible();
    // The callback runs in an effect after the paint that shows the text.
    await waitFor(() => expect(args.onCooldownEnd).toHaveBeenCalledTimes(1));
  },
};

export const CooldownCleared: Story = { args: { now: EXPIRES + 60_000 } };

export const NoCooldown: Story = {
  args: {
    detail: undefined,
    reversal: { ...COOLDOWN_REVERSAL, cooldown_expires_at: null, cooldown_window_minutes: null },
  },
};

export const Empty: Story = {
  name: 'Empty (no field changes)',
  args: { detail: undefined, reversal: { ...COOLDOWN_REVERSAL, diffs: [] } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No field changes detected.')).toBeVisible();
  },
};

/** No `reversal_event`: the viewer renders nothing. */
export const NoReversal: Story = {
  args: { detail: { ...REVERSED_OVERRIDE_ENTRY.detail, reversal_event: null } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.govkit-reversal-diff')).toBeNull();
  },
};

export const Loading: Story = { args: { detail: undefined, loading: true } };

export const ErrorState: Story = {
  name: 'Error',
  args: {
    detail: undefined,
    error: apiErrorOf(InternalServerError, 500, 'Timeline store unavailable'),
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
  // Each change is a card; a JSON value takes the card's full width instead of half of it.
  play: async ({ canvasElement }) => {
    const row = canvasElement.querySelector<HTMLElement>('tr[data-key="reversal_metadata"]');
    const json = row?.querySelector<HTMLElement>('td[data-kind="json"]');
    await expect(json).toBeTruthy();
    const rowWidth = row?.getBoundingClientRect().width ?? 0;
    await expect(json?.getBoundingClientRect().width).toBeGreaterThan(rowWidth * 0.9);
  },
};
