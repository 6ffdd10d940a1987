import { InternalServerError, PermissionDeniedError, ReversalLockedError } from '@govkit/sdk';
import { DOMAIN_ERROR_DETAILS } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { apiErrorOf } from '../test/api-error-of';
import { StoryClock } from '../test/story-clock';
import { OverrideActions } from './override-actions';
import {
  COOLDOWN_RECOMMENDATION,
  EXECUTED_REVERSIBLE,
  FIXTURE_NOW,
  HELD_LOCK,
  LINEAGE_OPTIONS,
  REASSIGN_RECOMMENDATION,
  REVERSED_COOLING_DOWN,
} from './override-actions.fixtures';

const meta = {
  title: 'Governance/Override actions',
  component: OverrideActions,
  args: {
    executionId: 'exec-override-001',
    recommendation: COOLDOWN_RECOMMENDATION,
    lineageOptions: LINEAGE_OPTIONS,
    onAccept: fn(async () => {}),
    onDecline: fn(async () => {}),
    onExecute: fn(async () => {}),
    onReverse: fn(async () => {}),
    onRetry: fn(),
  },
} satisfies Meta<typeof OverrideActions>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Loading: Story = { args: { recommendation: undefined } };

export const Empty: Story = { args: { recommendation: null } };

export const ErrorState: Story = {
  name: 'Error',
  args: {
    recommendation: undefined,
    error: apiErrorOf(InternalServerError, 503, 'Recommendation engine unavailable'),
  },
};

/** The acting user may not see the execution. */
export const Forbidden: Story = {
  args: {
    recommendation: undefined,
    error: apiErrorOf(PermissionDeniedError, 403, 'Not a member of this execution'),
  },
};

/** Accept: refused without a lineage, sent once a scenario is chosen. */
export const AcceptWithLineage: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Accept' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Accept override' }));
    await expect(canvas.getByText('Choose a scenario or a notebook entry.')).toBeVisible();
    await expect(args.onAccept).not.toHaveBeenCalled();
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: 'Scenario' }),
      'Faster sign-off',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Accept override' }));
    await expect(args.onAccept).toHaveBeenCalledWith(
      expect.objectContaining({ lineage: { scenario_id: 'scenario-faster-signoff' } }),
    );
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Accept' })).toHaveFocus());
  },
};

/** Decline with a typed notebook entry id (not among the options). */
export const Decline: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Decline' }));
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: 'Notebook entry' }),
      'Other (enter id)…',
    );
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Notebook entry id' }),
      'notebook-legacy-17',
    );
    await userEvent.type(canvas.getByRole('textbox', { name: 'Notes (optional)' }), 'Load eased');
    await userEvent.click(canvas.getByRole('button', { name: 'Decline override' }));
    await expect(args.onDecline).toHaveBeenCalledWith(
      expect.objectContaining({
        notes: 'Load eased',
        lineage: { notebook_entry_id: 'notebook-legacy-17' },
      }),
    );
  },
};

/** Execute a reassign: baseline and target reviewer, reversible by default. */
export const Execute: Story = {
  args: { recommendation: REASSIGN_RECOMMENDATION, reassign: { baselineId: 'baseline-42' } },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Execute' }));
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: 'Notebook entry' }),
      'Reviewer load notes',
    );
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Target reviewer id' }),
      'user-reviewer',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Execute override' }));
    await expect(args.onExecute).toHaveBeenCalledWith(
      expect.objectContaining({
        action: 'reassign',
        baseline_id: 'baseline-42',
        target_reviewer_id: 'user-reviewer',
        metadata: { reversible: true },
      }),
    );
  },
};

/** Reverse an executed, reversible override with notes and the default 30-minute cooldown. */
export const Reverse: Story = {
  args: { override: EXECUTED_REVERSIBLE },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Reverse' }));
    await expect(canvas.getByRole('textbox', { name: 'Cooldown (minutes)' })).toHaveValue('30');
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Why reverse? (optional)' }),
      'Reviewer load is back under the band.',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Reverse override' }));
    await expect(args.onReverse).toHaveBeenCalledWith({
      execution_id: 'exec-override-001',
      notes: 'Reviewer load is back under the band.',
      metadata: { cooldown_minutes: 30 },
    });
  },
};

/** Someone else holds the reversal lock: who, and a live countdown to the retry. */
export const LockHeld: Story = {
  args: { override: EXECUTED_REVERSIBLE, lock: HELD_LOCK },
  render: (args) => (
    <StoryClock start={Date.parse(FIXTURE_NOW)}>
      {(now) => <OverrideActions {...args} now={now} />}
    </StoryClock>
  ),
};

/** The server refuses a reversal because of a lock: calm notice, notes kept. */
export const LockRefused: Story = {
  args: {
    override: EXECUTED_REVERSIBLE,
    now: Date.parse(FIXTURE_NOW),
    onReverse: fn(async () => {
      const body = {
        detail: DOMAIN_ERROR_DETAILS.reversalLocked,
        code: 'reversal_locked',
        lock_holder: { id: 'user-manager', name: 'Morgan Manager', email: null },
        retry_at: '2026-01-15T11:54:00.000Z',
      };
      throw new ReversalLockedError({
        status: 409,
        headers: new Headers(),
        detail: body.detail,
        body,
      });
    }),
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Reverse' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Why reverse? (optional)' }), 'Eased');
    await userEvent.click(canvas.getByRole('button', { name: 'Reverse override' }));
    await expect(
      await canvas.findByText('Morgan Manager is reversing this override'),
    ).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Why reverse? (optional)' })).toHaveValue(
      'Eased',
    );
  },
};

/** Reversed with a 120-minute cooldown: no reverse, a live countdown. */
export const CoolingDown: Story = {
  args: { override: REVERSED_COOLING_DOWN },
  render: (args) => (
    <StoryClock start={Date.parse(FIXTURE_NOW)}>
      {(now) => <OverrideActions {...args} now={now} />}
    </StoryClock>
  ),
};

/** The acting user may only accept (host policy): the rest is not offered. */
export const AcceptOnly: Story = { args: { can: (verb) => verb === 'accept' } };

/** A 403 on execute: read-only, what was chosen stays. */
export const RefusedExecute: Story = {
  args: {
    onExecute: fn(async () => {
      throw apiErrorOf(PermissionDeniedError, 403, 'Override tier insufficient');
    }),
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Execute' }));
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: 'Scenario' }),
      'Reagent lot swap',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Execute override' }));
    await expect(await canvas.findByText('You may not do this here')).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: 'Scenario' })).toHaveValue(
      'scenario-reagent-swap',
    );
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const DarkCoolingDown: Story = { ...CoolingDown, globals: { theme: 'dark' } };

export const German: Story = {
  args: { override: EXECUTED_REVERSIBLE, defaultActiveVerb: 'reverse' },
  globals: { locale: 'de' },
};
