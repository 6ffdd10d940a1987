import { DEFAULT_STORE_START, SEEDED_WORKSPACES } from '@govkit/mock-server';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { StoryClock } from '../test/story-clock';
import { ConnectedStartRun } from './connected-start-run';
import { CLEAN_RUN_REQUEST, GATED_RUN_REQUEST } from './start-run.fixtures';

// The seed's calm refusal, word for word.
const RUN_LOCK_HELD_MESSAGE =
  'A snapshot is already running for this workspace. Please wait a moment and refresh.';

// The mock store's clock is frozen at its start; the lock countdown runs from there.
const STORE_NOW = Date.parse(DEFAULT_STORE_START);
const LIVE_WORKSPACE = SEEDED_WORKSPACES[0]?.id ?? 'ws-northwind-hvac';
const FREE_WORKSPACE = SEEDED_WORKSPACES[2]?.id ?? 'ws-brightline-electric';

const meta: Meta<typeof ConnectedStartRun> = {
  title: 'Run governance/Start a run/Connected',
  component: ConnectedStartRun,
  args: { workspaceId: FREE_WORKSPACE, request: CLEAN_RUN_REQUEST },
  parameters: { govkit: { mockApi: true } },
  render: (args) => (
    <StoryClock start={STORE_NOW}>{(now) => <ConnectedStartRun {...args} now={now} />}</StoryClock>
  ),
};

export default meta;
type Story = StoryObj<typeof meta>;

/** Start a run in a free workspace; the receipt shows the six steps. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Start a run' }));
    const receipt = await canvas.findByRole('region', { name: 'Run receipt' }, { timeout: 10_000 });
    await userEvent.click(within(receipt).getByRole('button', { name: 'Show technical details' }));
    await expect(
      within(receipt).getByText(/^6 steps succeeded, 0 skipped, 0 failed/),
    ).toBeVisible();
  },
};

export const GatedUpload: Story = {
  args: { request: GATED_RUN_REQUEST },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Start a run' }));
    await expect(await canvas.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      "We're missing some inputs",
    );
  },
};

/** The flow people meet: another run holds the workspace. Calm notice, then who holds it. */
export const MeetTheLock: Story = {
  args: { workspaceId: LIVE_WORKSPACE },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Start a run' }));
    await expect(
      await canvas.findByText(RUN_LOCK_HELD_MESSAGE, {}, { timeout: 10_000 }),
    ).toBeVisible();
    const inspector = await canvas.findByRole('region', { name: 'Run lock' }, { timeout: 10_000 });
    await expect(
      await within(inspector).findByText('user-reviewer', {}, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

/** Meet the lock, release it from the inspector, and the next try runs. */
export const ReleaseThenRun: Story = {
  args: { workspaceId: LIVE_WORKSPACE },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Start a run' }));
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Release lock' }, { timeout: 10_000 }),
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Refresh' }));
    await expect(
      await canvas.findByRole('region', { name: 'Run receipt' }, { timeout: 10_000 }),
    ).toBeVisible();
  },
};
