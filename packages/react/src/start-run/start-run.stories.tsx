import { InternalServerError, RunLockHeldError } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { RunLockInspector } from '../run-lock/run-lock-inspector';
import {
  GATED_RUN,
  LIVE_LOCK,
  LIVE_LOCK_NOW,
  SUCCEEDED_RUN,
} from '../runs/run-governance.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { StartRunPanel } from './start-run-panel';

// The seed's calm refusal, word for word.
const RUN_LOCK_HELD_MESSAGE =
  'A snapshot is already running for this workspace. Please wait a moment and refresh.';

const meta = {
  title: 'Run governance/Start a run',
  component: StartRunPanel,
  args: { onStart: fn() },
} satisfies Meta<typeof StartRunPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Start a run' }));
    await expect(args.onStart).toHaveBeenCalledTimes(1);
  },
};

export const Running: Story = { args: { pending: true } };

export const Succeeded: Story = { args: { result: SUCCEEDED_RUN } };

export const Gated: Story = { args: { result: GATED_RUN } };

export const LockHeld: Story = {
  args: {
    error: apiErrorOf(RunLockHeldError, 409, RUN_LOCK_HELD_MESSAGE),
    lockDetails: <RunLockInspector lock={LIVE_LOCK} now={LIVE_LOCK_NOW} headingLevel={3} />,
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { error: apiErrorOf(InternalServerError, 500, 'Pipeline crashed') },
};

export const Dark: Story = { args: { result: SUCCEEDED_RUN }, globals: { theme: 'dark' } };

export const DarkLockHeld: Story = { ...LockHeld, globals: { theme: 'dark' } };

export const German: Story = { args: { result: GATED_RUN }, globals: { locale: 'de' } };
