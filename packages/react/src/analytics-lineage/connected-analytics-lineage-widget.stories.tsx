import { overrideEndpoint } from '@govkit/mock-server';
import { analyticsEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse } from 'msw';
import { expect, userEvent, within } from 'storybook/test';
import { ConnectedAnalyticsLineageWidget } from './connected-analytics-lineage-widget';

// Fed by the mock server over a fresh seeded store per story.
const meta: Meta<typeof ConnectedAnalyticsLineageWidget> = {
  title: 'Overrides/Analytics lineage/Connected',
  component: ConnectedAnalyticsLineageWidget,
  parameters: { govkit: { mockApi: true } },
};

export default meta;
type Story = StoryObj<typeof meta>;

/** Every execution the acting admin may see. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('region', { name: 'Scenarios' }, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

export const OneExecution: Story = {
  args: { executionId: 'exec-override-002' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Cooldown log', {}, { timeout: 10_000 })).toBeVisible();
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
        () => HttpResponse.json({ detail: 'Analytics cache offline' }, { status: 503 }),
        { once: true },
      ),
    );
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent('Analytics cache offline');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(
      await canvas.findByRole('region', { name: 'Scenarios' }, { timeout: 10_000 }),
    ).toBeVisible();
  },
};
