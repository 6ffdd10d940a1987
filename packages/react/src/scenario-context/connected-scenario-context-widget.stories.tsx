import { overrideEndpoint } from '@govkit/mock-server';
import { timelineEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse } from 'msw';
import { expect, userEvent, within } from 'storybook/test';
import { SEEDED_OVERRIDE_ENTRIES } from '../overrides/override-widgets.fixtures';
import { ConnectedScenarioContextWidget } from './connected-scenario-context-widget';

// Fed by the mock server over a fresh seeded store per story.
const meta: Meta<typeof ConnectedScenarioContextWidget> = {
  title: 'Overrides/Scenario context/Connected',
  component: ConnectedScenarioContextWidget,
  args: SEEDED_OVERRIDE_ENTRIES.reassignWithNotebook,
  parameters: { govkit: { mockApi: true } },
};

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText('Reviewer load notes', {}, { timeout: 10_000 }),
    ).toBeVisible();
    await expect(canvas.getByRole('region')).toHaveAttribute('data-state', 'ready');
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

/** The timeline read fails once; "Try again" then shows the lineage. */
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
    await expect(alert).toHaveTextContent('Timeline store unavailable');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(
      await canvas.findByText('Reviewer load notes', {}, { timeout: 10_000 }),
    ).toBeVisible();
  },
};
