import { createStore, findSeededOverride, SEEDED_LOCK_HOLDER } from '@govkit/mock-server';
import { InternalServerError, PermissionDeniedError, ReversalLockedError } from '@govkit/sdk';
import { DOMAIN_ERROR_DETAILS } from '@govkit/sdk/schemas';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { de } from '../locales/de';
import { govkitKeys } from '../query/govkit-keys';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { renderWithGovkit, useMockGovkitServer } from '../test/render-with-govkit';
import { ConnectedOverrideActions } from './connected-override-actions';
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

const EXEC = 'exec-override-001';

const handlers = () => ({
  onAccept: vi.fn().mockResolvedValue(undefined),
  onDecline: vi.fn().mockResolvedValue(undefined),
  onExecute: vi.fn().mockResolvedValue(undefined),
  onReverse: vi.fn().mockResolvedValue(undefined),
});

const region = () => screen.getByRole('region');
const buttonNames = () =>
  within(screen.getByRole('group', { name: 'Override actions' }))
    .getAllByRole('button')
    .map((button) => button.textContent);

describe('OverrideActions (presentational)', () => {
  it('offers accept, decline and execute on an open recommendation, never reverse', async () => {
    const { container } = renderWithGovkit(
      <OverrideActions
        executionId={EXEC}
        recommendation={COOLDOWN_RECOMMENDATION}
        {...handlers()}
      />,
    );
    expect(region()).toHaveAttribute('data-state', 'ready');
    expect(region()).toHaveAttribute('data-status', 'new');
    expect(region()).toHaveTextContent('Status: Open');
    expect(region()).toHaveTextContent('High priority');
    expect(region()).toHaveTextContent('Reviewer: Morgan Manager');
    expect(buttonNames()).toEqual(['Accept', 'Decline', 'Execute']);
    await expectNoAxeViolations(container);
  });

  it('cannot accept without a scenario or a notebook entry, then sends the chosen lineage', async () => {
    const user = userEvent.setup();
    const h = handlers();
    const { container } = renderWithGovkit(
      <OverrideActions
        executionId={EXEC}
        recommendation={COOLDOWN_RECOMMENDATION}
        lineageOptions={LINEAGE_OPTIONS}
        {...h}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    await user.type(screen.getByRole('textbox', { name: 'Notes (optional)' }), 'Load is high');
    await user.click(screen.getByRole('button', { name: 'Accept override' }));
    expect(h.onAccept).not.toHaveBeenCalled();
    expect(screen.getByText('Choose a scenario or a notebook entry.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    // The notes survive the validation error.
    expect(screen.getByRole('textbox', { name: 'Notes (optional)' })).toHaveValue('Load is high');
    await expectNoAxeViolations(container);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'Faster sign-off');
    await user.click(screen.getByRole('button', { name: 'Accept override' }));
    expect(h.onAccept).toHaveBeenCalledWith({
      execution_id: EXEC,
      action: 'cooldown',
      notes: 'Load is high',
      metadata: {},
      lineage: { scenario_id: 'scenario-faster-signoff' },
    });
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(screen.getByText('Override: Accepted.')).toBeInTheDocument();
    // Focus returns to the button the form was opened from.
    expect(screen.getByRole('button', { name: 'Accept' })).toHaveFocus();
  });

  it('takes a typed notebook id when the option is not listed, validated by the schema', async () => {
    const user = userEvent.setup();
    const h = handlers();
    renderWithGovkit(
      <OverrideActions
        executionId={EXEC}
        recommendation={COOLDOWN_RECOMMENDATION}
        lineageOptions={LINEAGE_OPTIONS}
        {...h}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Decline' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Notebook entry' }),
      'Other (enter id)…',
    );
    const typed = screen.getByRole('textbox', { name: 'Notebook entry id' });
    await user.type(typed, 'x'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Decline override' }));
    expect(screen.getByText('Enter an id of at most 200 characters.')).toBeInTheDocument();
    expect(h.onDecline).not.toHaveBeenCalled();
    await user.clear(typed);
    await user.type(typed, 'notebook-legacy-17');
    await user.click(screen.getByRole('button', { name: 'Decline override' }));
    expect(h.onDecline).toHaveBeenCalledWith(
      expect.objectContaining({ lineage: { notebook_entry_id: 'notebook-legacy-17' } }),
    );
  });

  it('executes as reversible by default, and a reassign asks for its baseline and reviewer', async () => {
    const user = userEvent.setup();
    const h = handlers();
    renderWithGovkit(
      <OverrideActions executionId={EXEC} recommendation={REASSIGN_RECOMMENDATION} {...h} />,
    );
    await user.click(screen.getByRole('button', { name: 'Execute' }));
    // Without options the picker is free entry.
    await user.type(screen.getByRole('textbox', { name: 'Scenario' }), 'scenario-reagent-swap');
    await user.click(screen.getByRole('button', { name: 'Execute override' }));
    expect(
      screen.getByText('A reassign needs the baseline and the reviewer who takes over.'),
    ).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Baseline id' }), 'bl-1');
    await user.type(screen.getByRole('textbox', { name: 'Target reviewer id' }), 'user-reviewer');
    expect(screen.getByRole('checkbox', { name: 'Reversible' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Execute override' }));
    expect(h.onExecute).toHaveBeenCalledWith({
      execution_id: EXEC,
      action: 'reassign',
      notes: null,
      metadata: { reversible: true },
      lineage: { scenario_id: 'scenario-reagent-swap' },
      baseline_id: 'bl-1',
      target_reviewer_id: 'user-reviewer',
    });
  });

  it('reverses an executed, reversible override with notes and a 30-minute default cooldown', async () => {
    const user = userEvent.setup();
    const h = handlers();
    const { container } = renderWithGovkit(
      <OverrideActions
        executionId={EXEC}
        recommendation={COOLDOWN_RECOMMENDATION}
        override={EXECUTED_REVERSIBLE}
        {...h}
      />,
    );
    expect(buttonNames()).toEqual(['Reverse']);
    await user.click(screen.getByRole('button', { name: 'Reverse' }));
    const minutes = screen.getByRole('textbox', { name: 'Cooldown (minutes)' });
    expect(minutes).toHaveValue('30');
    await user.type(screen.getByRole('textbox', { name: 'Why reverse? (optional)' }), 'Eased');
    await user.clear(minutes);
    await user.type(minutes, 'soon');
    await user.click(screen.getByRole('button', { name: 'Reverse override' }));
    expect(screen.getByText('Enter a whole number of minutes, 0 or more.')).toBeInTheDocument();
    expect(h.onReverse).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
    await user.clear(minutes);
    await user.type(minutes, '45');
    await user.click(screen.getByRole('button', { name: 'Reverse override' }));
    expect(h.onReverse).toHaveBeenCalledWith({
      execution_id: EXEC,
      notes: 'Eased',
      metadata: { cooldown_minutes: 45 },
    });
  });

  it('does not offer reverse when not reversible, reversed, cooling down or locked', () => {
    const { unmount } = renderWithGovkit(
      <OverrideActions
        executionId={EXEC}
        recommendation={COOLDOWN_RECOMMENDATION}
        override={{ ...EXECUTED_REVERSIBLE, reversible: false }}
        {...handlers()}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Reverse' })).toBeNull();
    expect(region()).toHaveTextContent('This execution was not marked reversible.');
    unmount();
    const cooling = renderWithGovkit(
      <OverrideActions
        executionId={EXEC}
        recommendation={COOLDOWN_RECOMMENDATION}
        override={REVERSED_COOLING_DOWN}
        now={Date.parse(FIXTURE_NOW)}
        {...handlers()}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Reverse' })).toBeNull();
    expect(region()).toHaveAttribute('data-hold', 'cooldown');
    // Calm: a status with a timer, never an alert.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('timer')).toHaveTextContent('1 hr 50 min remaining');
    expect(region()).toHaveTextContent('120-minute window');
    cooling.unmount();
    renderWithGovkit(
      <OverrideActions
        executionId={EXEC}
        recommendation={COOLDOWN_RECOMMENDATION}
        override={EXECUTED_REVERSIBLE}
        lock={HELD_LOCK}
        now={Date.parse(FIXTURE_NOW)}
        {...handlers()}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Reverse' })).toBeNull();
    expect(region()).toHaveAttribute('data-hold', 'lock');
    expect(region()).toHaveTextContent('Morgan Manager is reversing this override');
    expect(screen.getByRole('timer')).toHaveTextContent('Try again in 4 min');
  });

  it('offers reverse again once the lock has expired', () => {
    renderWithGovkit(
      <OverrideActions
        executionId={EXEC}
        recommendation={COOLDOWN_RECOMMENDATION}
        override={EXECUTED_REVERSIBLE}
        lock={HELD_LOCK}
        now={Date.parse(FIXTURE_NOW) + 5 * 60_000}
        {...handlers()}
      />,
    );
    expect(screen.getByRole('button', { name: 'Reverse' })).toBeInTheDocument();
  });

  it('shows a refused reversal lock calmly with the holder and keeps the notes', async () => {
    const user = userEvent.setup();
    const locked = new ReversalLockedError({
      status: 409,
      headers: new Headers(),
      detail: DOMAIN_ERROR_DETAILS.reversalLocked,
      code: 'reversal_locked',
      body: {
        detail: DOMAIN_ERROR_DETAILS.reversalLocked,
        code: 'reversal_locked',
        lock_holder: { id: 'user-manager', name: 'Morgan Manager', email: null },
        retry_at: '2026-01-15T11:54:00.000Z',
      },
    });
    const h = { ...handlers(), onReverse: vi.fn().mockRejectedValue(locked) };
    renderWithGovkit(
      <OverrideActions
        executionId={EXEC}
        recommendation={COOLDOWN_RECOMMENDATION}
        override={EXECUTED_REVERSIBLE}
        now={Date.parse(FIXTURE_NOW)}
        {...h}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Reverse' }));
    await user.type(screen.getByRole('textbox', { name: 'Why reverse? (optional)' }), 'Eased');
    await user.click(screen.getByRole('button', { name: 'Reverse override' }));
    expect(
      await screen.findByText('Morgan Manager is reversing this override'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('timer')).toHaveTextContent('Try again in 4 min');
    expect(screen.getByText('You can try again at Jan 15, 2026, 11:54 AM.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Why reverse? (optional)' })).toHaveValue('Eased');
    expect(screen.getByText('What you entered is still here.')).toBeInTheDocument();
  });

  it('keeps the lineage after a failure and turns read-only after a 403', async () => {
    const user = userEvent.setup();
    const h = {
      ...handlers(),
      onExecute: vi
        .fn()
        .mockRejectedValueOnce(apiErrorOf(InternalServerError, 503, 'Override store unavailable'))
        .mockRejectedValueOnce(apiErrorOf(PermissionDeniedError, 403, 'Not your execution')),
    };
    renderWithGovkit(
      <OverrideActions
        executionId={EXEC}
        recommendation={COOLDOWN_RECOMMENDATION}
        lineageOptions={LINEAGE_OPTIONS}
        {...h}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Execute' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Notebook entry' }),
      'Reviewer load notes',
    );
    await user.click(screen.getByRole('button', { name: 'Execute override' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Override store unavailable');
    expect(screen.getByRole('combobox', { name: 'Notebook entry' })).toHaveValue(
      'notebook-override-001',
    );
    await user.click(screen.getByRole('button', { name: 'Execute override' }));
    expect(await screen.findByText('You may not do this here')).toBeInTheDocument();
    expect(region()).toHaveAttribute('data-access', 'read-only');
    expect(screen.queryByRole('button', { name: 'Execute override' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Override actions' })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Notebook entry' })).toHaveValue(
      'notebook-override-001',
    );
  });

  it('does not offer what the policy or a missing handler refuses', () => {
    renderWithGovkit(
      <OverrideActions
        executionId={EXEC}
        recommendation={COOLDOWN_RECOMMENDATION}
        can={(verb) => verb !== 'execute'}
        onAccept={vi.fn()}
        onExecute={vi.fn()}
      />,
    );
    expect(buttonNames()).toEqual(['Accept']);
  });

  it('shows loading, empty, error and forbidden states', async () => {
    const { container, unmount } = renderWithGovkit(<OverrideActions executionId={EXEC} />);
    expect(region()).toHaveAttribute('data-state', 'loading');
    expect(region()).toHaveAttribute('aria-busy', 'true');
    await expectNoAxeViolations(container);
    unmount();
    const empty = renderWithGovkit(<OverrideActions executionId={EXEC} recommendation={null} />);
    expect(screen.getByText('No override recommendation')).toBeInTheDocument();
    empty.unmount();
    const onRetry = vi.fn();
    const failed = renderWithGovkit(
      <OverrideActions
        executionId={EXEC}
        error={apiErrorOf(InternalServerError, 500, 'Recommendation engine down')}
        onRetry={onRetry}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Recommendation engine down');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalled();
    failed.unmount();
    renderWithGovkit(
      <OverrideActions
        executionId={EXEC}
        error={apiErrorOf(PermissionDeniedError, 403, 'No access')}
      />,
    );
    expect(region()).toHaveAttribute('data-state', 'forbidden');
    expect(screen.getByText('You cannot see this override')).toBeInTheDocument();
  });

  it('speaks German', () => {
    renderWithGovkit(
      <OverrideActions
        executionId={EXEC}
        recommendation={COOLDOWN_RECOMMENDATION}
        override={REVERSED_COOLING_DOWN}
        now={Date.parse(FIXTURE_NOW)}
        {...handlers()}
      />,
      { locale: 'de-DE', translations: { de } },
    );
    expect(region()).toHaveTextContent('Status: Rückgängig gemacht');
    expect(region()).toHaveTextContent('Sperrfrist für Rücknahmen läuft');
    expect(region()).toHaveTextContent('Priorität hoch');
  });
});

describe('ConnectedOverrideActions', () => {
  useMockGovkitServer();
  const store = createStore();
  const reassign = findSeededOverride(store, 'reversibleReassign');
  const locked = findSeededOverride(store, 'locked');

  it('reverses an executed override, then refreshes its timeline and analytics', async () => {
    const user = userEvent.setup();
    const { container, queryClient } = renderWithGovkit(
      <ConnectedOverrideActions executionId={EXEC} recommendationId={reassign.recommendation_id} />,
    );
    await waitFor(() => expect(region()).toHaveAttribute('data-status', 'executed'), {
      timeout: 5000,
    });
    await expectNoAxeViolations(container);
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    await user.click(screen.getByRole('button', { name: 'Reverse' }));
    await user.type(screen.getByRole('textbox', { name: 'Why reverse? (optional)' }), 'Eased');
    await user.click(screen.getByRole('button', { name: 'Reverse override' }));
    await waitFor(() => expect(region()).toHaveAttribute('data-status', 'reversed'));
    // Reversed is terminal: nothing is offered any more.
    expect(screen.queryByRole('group', { name: 'Override actions' })).toBeNull();
    const keys = invalidate.mock.calls.map(([filters]) => JSON.stringify(filters?.queryKey));
    expect(keys).toEqual(
      expect.arrayContaining([
        JSON.stringify(govkitKeys.overrides.outcome(EXEC, reassign.recommendation_id)),
        JSON.stringify(govkitKeys.timeline.execution(EXEC)),
        JSON.stringify(govkitKeys.timeline.scope('entries')),
        JSON.stringify(govkitKeys.analytics.reports()),
      ]),
    );
  });

  it('shows the seeded reversal lock calmly, naming its holder, and keeps the notes', async () => {
    const user = userEvent.setup();
    renderWithGovkit(
      <ConnectedOverrideActions executionId={EXEC} recommendationId={locked.recommendation_id} />,
    );
    await user.click(await screen.findByRole('button', { name: 'Reverse' }, { timeout: 5000 }));
    await user.type(screen.getByRole('textbox', { name: 'Why reverse? (optional)' }), 'Eased');
    await user.click(screen.getByRole('button', { name: 'Reverse override' }));
    const notice = await screen.findAllByText(/is reversing this override/);
    expect(notice[0]?.textContent).not.toContain(SEEDED_LOCK_HOLDER);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Why reverse? (optional)' })).toHaveValue('Eased');
    expect(region()).toHaveAttribute('data-status', 'executed');
  });
});
