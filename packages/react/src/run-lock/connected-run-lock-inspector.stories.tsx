import { DEFAULT_STORE_START, overrideEndpoint, SEEDED_WORKSPACES } from '@govkit/mock-server';
import { runGovernanceEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse } from 'msw';
import { expect, userEvent } from 'storybook/test';
import { StoryClock } from '../test/story-clock';
import { ConnectedRunLockInspector } from './connected-run-lock-inspector';

// The mock store's clock is frozen at its start; the countdown runs from there.
const STORE_NOW = Date.parse(DEFAULT_STORE_START);
const LIVE_WORKSPACE = SEEDED_WORKSPACES[0]?.id ?? 'ws-northwind-hvac';
const EXPIRED_WORKSPACE = SEEDED_WORKSPACES[1]?.id ?? 'ws-smokehouse-bbq';

const meta: Meta<typeof ConnectedRunLockInspector> = {
  title: 'Run governance/Run lock inspector/Connected',
  component: ConnectedRunLockInspector,
  args: { workspaceId: LIVE_WORKSPACE },
  parameters: { govkit: { mockApi: true } },
  render: (args) => (
    <StoryClock start={STORE_NOW}>
      {(now) => <ConnectedRunLockInspector {...args} now={now} />}
    </StoryClock>
  ),
};

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('user-reviewer', {}, { timeout: 10_000 })).toBeVisible();
  },
};

/** The flow people use: release the lock; the workspace shows free at once and stays free. */
export const ReleaseLock: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Release lock' }, { timeout: 10_000 }),
    );
    await expect(
      await canvas.findByText('No run is holding this workspace', {}, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

/** The server refuses: the optimistic "free" rolls back to the holder, with the reason. */
export const ReleaseRefused: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(runGovernanceEndpoints.lockRelease, () =>
        HttpResponse.json(
          { detail: 'Only the holder or an admin may release this lock' },
          { status: 403 },
        ),
      ),
    );
  },
  play: async ({ canvas }) => {
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Release lock' }, { timeout: 10_000 }),
    );
    await expect(await canvas.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'Only the holder or an admin may release this lock',
    );
    await expect(canvas.getByText('user-reviewer')).toBeVisible();
  },
};

/** The seeded "holder crashed" workspace: its TTL ran out two hours ago. */
export const Expired: Story = { args: { workspaceId: EXPIRED_WORKSPACE } };

export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(overrideEndpoint(runGovernanceEndpoints.lockState, () => delay('infinite')));
  },
};

export const ErrorState: Story = {
  name: 'Error',
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(runGovernanceEndpoints.lockState, () =>
        HttpResponse.json({ detail: 'Lock store unavailable' }, { status: 503 }),
      ),
    );
  },
};
