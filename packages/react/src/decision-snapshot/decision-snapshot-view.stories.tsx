import { overrideEndpoint, SEEDED_REPLAY } from '@govkit/mock-server';
import { InternalServerError, NotFoundError } from '@govkit/sdk';
import { replayEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay } from 'msw';
import { expect, fn, userEvent, within } from 'storybook/test';
import { BLOCK_DECISION_DETAIL } from '../replay/replay-widget.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { ConnectedDecisionSnapshotView } from './connected-decision-snapshot-view';
import { DecisionSnapshotView } from './decision-snapshot-view';

const meta = {
  title: 'Decision replay/Decision snapshot',
  component: DecisionSnapshotView,
  args: { decisionId: 'dec-001', detail: BLOCK_DECISION_DETAIL, onRetry: fn() },
} satisfies Meta<typeof DecisionSnapshotView>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByText('Evidence'));
    await expect(canvas.getByText(/\/etc\/passwd/)).toBeVisible();
  },
};
export const Loading: Story = { args: { detail: undefined } };
export const Empty: Story = {
  args: { detail: { decision_id: 'dec-001', decision_snapshot: null } },
};
export const ErrorState: Story = {
  name: 'Error',
  args: {
    detail: undefined,
    error: apiErrorOf(InternalServerError, 500, 'Supervisor database unavailable'),
  },
  play: async ({ canvas, args }) => {
    await userEvent.click(
      within(await canvas.findByRole('alert')).getByRole('button', { name: 'Try again' }),
    );
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};
export const NotFound: Story = {
  args: { detail: undefined, error: apiErrorOf(NotFoundError, 404, 'Decision not found: dec-001') },
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const German: Story = { globals: { locale: 'de' } };

/** Fed by the mock server (fresh seeded store): seed 002's blocking decision. */
export const Connected: Story = {
  render: (args) => <ConnectedDecisionSnapshotView decisionId={args.decisionId} />,
  args: { decisionId: SEEDED_REPLAY.docDecisionId },
  parameters: { govkit: { mockApi: true } },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText('Dangerous operation detected', {}, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

export const ConnectedLoading: Story = {
  ...Connected,
  play: undefined,
  beforeEach: ({ msw }) => {
    msw.use(overrideEndpoint(replayEndpoints.decisionsRetrieve, () => delay('infinite')));
  },
};
