import { createStore, findSeededOverride, overrideEndpoint } from '@govkit/mock-server';
import { overridesEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { ConnectedOverrideActions } from './connected-override-actions';
import { FIXTURE_NOW } from './override-actions.fixtures';

// Seeded ids are deterministic: the story's fresh store has the same recommendations.
const seeded = createStore();
const REASSIGN = findSeededOverride(seeded, 'reversibleReassign');
const LOCKED = findSeededOverride(seeded, 'locked');
const COOLING = findSeededOverride(seeded, 'coolingDown');
const ACCEPTED = findSeededOverride(seeded, 'accepted');

const meta: Meta<typeof ConnectedOverrideActions> = {
  title: 'Governance/Override actions/Connected',
  component: ConnectedOverrideActions,
  args: {
    executionId: REASSIGN.execution_id,
    recommendationId: REASSIGN.recommendation_id,
    now: Date.parse(FIXTURE_NOW),
  },
  parameters: { govkit: { mockApi: true } },
};

export default meta;
type Story = StoryObj<typeof meta>;

const region = (canvas: { getByRole: (role: string) => HTMLElement }) => canvas.getByRole('region');

/** An executed, reversible reassign: reverse it through the API. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Reverse' }, { timeout: 10_000 }),
    );
    await userEvent.type(canvas.getByRole('textbox', { name: 'Why reverse? (optional)' }), 'Eased');
    await userEvent.click(canvas.getByRole('button', { name: 'Reverse override' }));
    await waitFor(() => expect(region(canvas)).toHaveAttribute('data-status', 'reversed'), {
      timeout: 10_000,
    });
  },
};

/** An accepted override: execute it with a lineage from the analytics lineage summary. */
export const ExecuteAccepted: Story = {
  args: { executionId: ACCEPTED.execution_id, recommendationId: ACCEPTED.recommendation_id },
  play: async ({ canvas }) => {
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Execute' }, { timeout: 10_000 }),
    );
    const scenario = await canvas.findByRole('combobox', { name: 'Scenario' }, { timeout: 10_000 });
    await userEvent.selectOptions(
      scenario,
      (scenario as HTMLSelectElement).options[1] as HTMLOptionElement,
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Execute override' }));
    await waitFor(() => expect(region(canvas)).toHaveAttribute('data-status', 'executed'), {
      timeout: 10_000,
    });
  },
};

/** user-manager holds the reversal lock: the 409 names them and when to retry. */
export const LockHeld: Story = {
  args: { executionId: LOCKED.execution_id, recommendationId: LOCKED.recommendation_id },
  play: async ({ canvas }) => {
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Reverse' }, { timeout: 10_000 }),
    );
    await userEvent.type(canvas.getByRole('textbox', { name: 'Why reverse? (optional)' }), 'Eased');
    await userEvent.click(canvas.getByRole('button', { name: 'Reverse override' }));
    await expect(
      (await canvas.findAllByText(/is reversing this override/, {}, { timeout: 10_000 }))[0],
    ).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Why reverse? (optional)' })).toHaveValue(
      'Eased',
    );
  },
};

/** Reversed 10 minutes ago with a 120-minute cooldown. */
export const CoolingDown: Story = {
  args: { executionId: COOLING.execution_id, recommendationId: COOLING.recommendation_id },
};

export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(overrideEndpoint(overridesEndpoints.recommendationsList, () => delay('infinite')));
  },
};

export const Forbidden: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(overridesEndpoints.recommendationsList, () =>
        HttpResponse.json({ detail: 'Execution not accessible' }, { status: 403 }),
      ),
    );
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };
