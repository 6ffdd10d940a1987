import { overrideEndpoint } from '@govkit/mock-server';
import { timelineEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse } from 'msw';
import { expect, userEvent, within } from 'storybook/test';
import { FIXTURE_NOW, SEEDED_OVERRIDE_ENTRIES } from '../overrides/override-widgets.fixtures';
import { StoryClock } from '../test/story-clock';
import { ConnectedReversalDiffViewer } from './connected-reversal-diff-viewer';

// Fed by the mock server over a fresh seeded store per story; the countdown runs on a story
// clock that starts at the mock store's frozen "now".
const meta: Meta<typeof ConnectedReversalDiffViewer> = {
  title: 'Overrides/Reversal diff viewer/Connected',
  component: ConnectedReversalDiffViewer,
  args: SEEDED_OVERRIDE_ENTRIES.cooldownReversal,
  parameters: { govkit: { mockApi: true } },
  render: (args) => (
    <StoryClock start={Date.parse(FIXTURE_NOW)}>
      {(now) => <ConnectedReversalDiffViewer {...args} now={now} />}
    </StoryClock>
  ),
};

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('timer', {}, { timeout: 10_000 })).toHaveTextContent(
      'remaining',
    );
    await expect(canvas.getByText('by Riley Reviewer')).toBeVisible();
  },
};

export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(overrideEndpoint(timelineEndpoints.list, () => delay('infinite')));
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region')).toHaveAttribute('aria-busy', 'true');
  },
};

export const ErrorThenRetry: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(
        timelineEndpoints.list,
        () => HttpResponse.json({ detail: 'Timeline store unavailable' }, { status: 503 }),
        { once: true },
      ),
    );
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByRole('timer', {}, { timeout: 10_000 })).toBeVisible();
  },
};
