import { InternalServerError, PermissionDeniedError } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { FREE_LOCK, LIVE_LOCK, LIVE_LOCK_NOW } from '../runs/run-governance.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { narrow } from '../test/narrow';
import { StoryClock } from '../test/story-clock';
import { RunLockInspector } from './run-lock-inspector';

const meta = {
  title: 'Run governance/Run lock inspector',
  component: RunLockInspector,
  args: { lock: LIVE_LOCK, now: LIVE_LOCK_NOW, onRelease: fn(), onRetry: fn() },
} satisfies Meta<typeof RunLockInspector>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The holder's view, with the countdown ticking on a story clock. */
export const Default: Story = {
  render: (args) => (
    <StoryClock start={LIVE_LOCK_NOW}>
      {(now) => <RunLockInspector {...args} now={now} />}
    </StoryClock>
  ),
};

/** The flow people use: the holder releases the lock. */
export const ReleaseLock: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Release lock' }));
    await expect(args.onRelease).toHaveBeenCalledWith(LIVE_LOCK.lock_id);
  },
};

/** Someone else's view: the server withholds the lock id, so there is no release action. */
export const NotTheHolder: Story = {
  args: { lock: { ...LIVE_LOCK, lock_id: null } },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('button', { name: 'Release lock' })).toBeNull();
  },
};

export const Releasing: Story = { args: { releasing: true } };

export const ReleaseRefused: Story = {
  args: {
    releaseError: apiErrorOf(
      PermissionDeniedError,
      403,
      'Only the holder or an admin may release this lock',
    ),
  },
};

/** The TTL ran out and nobody reclaimed the workspace yet. */
export const Expired: Story = { args: { now: Date.parse(LIVE_LOCK.expires_at as string) + 5000 } };

export const Empty: Story = { name: 'Empty (free)', args: { lock: FREE_LOCK } };

export const Loading: Story = { args: { lock: undefined } };

export const ErrorState: Story = {
  name: 'Error',
  args: { lock: undefined, error: apiErrorOf(InternalServerError, 500, 'Lock store unavailable') },
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const DarkExpired: Story = { ...Expired, globals: { theme: 'dark' } };

export const German: Story = { globals: { locale: 'de' } };

export const Narrow: Story = {
  decorators: [narrow(300)],
};
