import {
  createStore,
  findSeededOverride,
  overrideEndpoint,
  SEEDED_COACHING_BODIES,
} from '@govkit/mock-server';
import { analyticsEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ConnectedCoachingThread } from '../coaching-thread/connected-coaching-thread';
import { ConnectedGovernanceAnalyticsPanel } from './connected-governance-analytics-panel';

const REASSIGN = findSeededOverride(createStore(), 'reversibleReassign').id;

const meta: Meta<typeof ConnectedGovernanceAnalyticsPanel> = {
  title: 'Governance/Governance analytics panel/Connected',
  component: ConnectedGovernanceAnalyticsPanel,
  parameters: { govkit: { mockApi: true } },
};

export default meta;
type Story = StoryObj<typeof meta>;

const ready = async (canvas: ReturnType<typeof within>) =>
  waitFor(
    () =>
      expect(canvas.getByRole('region', { name: 'Governance analytics' })).toHaveAttribute(
        'data-state',
        'ready',
      ),
    { timeout: 10_000 },
  );

export const Default: Story = {
  play: async ({ canvas }) => {
    await ready(canvas);
    await expect(canvas.getByText(/13 preview summaries/)).toBeVisible();
  },
};

export const OneExecution: Story = { args: { executionId: 'exec-override-001' } };

/** The reviewer table instead of the bars. */
export const ReviewerTable: Story = {
  play: async ({ canvas }) => {
    await ready(canvas);
    const cadence = canvas.getByRole('region', { name: 'Reviewer cadence' });
    await userEvent.click(within(cadence).getByRole('button', { name: 'Show as table' }));
    await expect(within(cadence).getByRole('row', { name: /Morgan Manager/ })).toBeVisible();
  },
};

/**
 * A coaching note resolved next to the panel: the analytics of its execution refresh at once,
 * though they were fresh for another 30 s.
 */
export const RefreshedByAMutation: Story = {
  args: { executionId: 'exec-override-001' },
  render: (args) => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <ConnectedGovernanceAnalyticsPanel {...args} />
      <ConnectedCoachingThread overrideId={REASSIGN} headingLevel={3} />
    </div>
  ),
  play: async ({ canvas }) => {
    await ready(canvas);
    const note = (
      await canvas.findByText(SEEDED_COACHING_BODIES.flaggedRoot, {}, { timeout: 10_000 })
    ).closest('article') as HTMLElement;
    await userEvent.click(within(note).getByRole('button', { name: 'Resolve' }));
    await userEvent.click(within(note).getByRole('button', { name: 'Resolve note' }));
    await waitFor(() => expect(note).toHaveAttribute('data-moderation-state', 'resolved'));
    await ready(canvas);
    // The refetched report replaces the desaturated one before the a11y check runs.
    await waitFor(
      () =>
        expect(canvas.getByRole('region', { name: 'Governance analytics' })).not.toHaveAttribute(
          'data-stale',
        ),
      { timeout: 10_000 },
    );
  },
};

export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(overrideEndpoint(analyticsEndpoints.retrieve, () => delay('infinite')));
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region')).toHaveAttribute('aria-busy', 'true');
  },
};

export const ErrorThenRetry: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(
        analyticsEndpoints.retrieve,
        () => HttpResponse.json({ detail: 'Analytics worker unavailable' }, { status: 503 }),
        { once: true },
      ),
    );
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent('Analytics worker unavailable');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await ready(canvas);
  },
};

export const Forbidden: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(analyticsEndpoints.retrieve, () =>
        HttpResponse.json({ detail: 'Execution not accessible' }, { status: 403 }),
      ),
    );
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };
