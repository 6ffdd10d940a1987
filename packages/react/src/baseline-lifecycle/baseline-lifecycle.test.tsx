import { createStore, findSeededBaseline } from '@govkit/mock-server';
import {
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
} from '@govkit/sdk';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { de } from '../locales/de';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import {
  createTestClient,
  renderWithGovkit,
  useMockGovkitServer,
} from '../test/render-with-govkit';
import { BaselineLifecycle } from './baseline-lifecycle';
import {
  APPROVED_BASELINE,
  PUBLISHED_BASELINE,
  REJECTED_BASELINE,
  ROLLED_BACK_BASELINE,
  SUBMITTED_BASELINE,
  TEMPLATE_VERSIONS,
} from './baseline-lifecycle.fixtures';
import { ConnectedBaselineLifecycle } from './connected-baseline-lifecycle';

const region = () => screen.getByRole('region');
const optionTexts = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);
const stepStates = (name = 'Lifecycle') =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((step) => `${step.textContent}:${step.getAttribute('data-step-state')}`);

describe('BaselineLifecycle (presentational)', () => {
  it('shows the lifecycle, who acted when, the reviewers and the events, newest first', async () => {
    const { container } = renderWithGovkit(<BaselineLifecycle baseline={ROLLED_BACK_BASELINE} />);
    expect(screen.getByRole('heading', { name: 'Baseline qPCR baseline candidate' })).toBeVisible();
    expect(region()).toHaveAttribute('data-status', 'rolled_back');
    expect(stepStates()).toEqual([
      'Submitted:done',
      'Approved:done',
      'Published:done',
      'Rolled back:current',
    ]);
    expect(
      screen.getByText('Rolled back', { selector: 'dt' }).nextElementSibling,
    ).toHaveTextContent('user-admin, Dec 3, 2026, 7:45 AMFalse negatives on the control plate.');
    const events = within(
      screen.getByRole('heading', { name: 'Events' }).parentElement as HTMLElement,
    )
      .getAllByRole('listitem')
      .map((item) => item.getAttribute('data-action'));
    expect(events).toEqual([
      'override_cooldown',
      'rolled_back',
      'published',
      'review.approve',
      'submitted',
    ]);
    expect(screen.getByText('Cooldown set by an override')).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it("names people through the host's directory and falls back to the id it does not know", () => {
    const names: Record<string, string> = { 'user-admin': 'Avery Admin' };
    renderWithGovkit(<BaselineLifecycle baseline={ROLLED_BACK_BASELINE} />, {
      userName: (id) => names[id],
    });
    expect(
      screen.getByText('Rolled back', { selector: 'dt' }).nextElementSibling,
    ).toHaveTextContent(/^Avery Admin, Dec 3, 2026/);
    // Not in the host's directory: the id stays, never a blank.
    expect(screen.getByText('Reviewers', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      'user-reviewer',
    );
  });

  it('marks a rejected review on the lifecycle and offers the review again', () => {
    render(<BaselineLifecycle baseline={REJECTED_BASELINE} onReview={vi.fn()} />);
    expect(stepStates()[1]).toBe('Rejected:rejected');
    expect(screen.getByRole('button', { name: 'Approve' })).toBeEnabled();
  });

  it('approves with trimmed notes, clears them and announces it once the server agrees', async () => {
    const onReview = vi.fn(() => Promise.resolve(APPROVED_BASELINE));
    render(<BaselineLifecycle baseline={SUBMITTED_BASELINE} onReview={onReview} />);
    const notes = screen.getByLabelText('Review notes (optional)');
    await userEvent.type(notes, '  Looks right  ');
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    expect(onReview).toHaveBeenCalledWith({ decision: 'approve', notes: 'Looks right' });
    await waitFor(() => expect(notes).toHaveValue(''));
    expect(screen.getByText('Baseline approved.')).toBeInTheDocument();
  });

  it('keeps what the user typed when the action is refused, and says why (403)', async () => {
    const refusal = apiErrorOf(PermissionDeniedError, 403, 'Reviewer access required');
    const onReview = vi.fn(() => Promise.reject(refusal));
    const { rerender, container } = render(
      <BaselineLifecycle baseline={SUBMITTED_BASELINE} onReview={onReview} />,
    );
    await userEvent.type(screen.getByLabelText('Review notes (optional)'), 'Needs another run');
    await userEvent.click(screen.getByRole('button', { name: 'Reject' }));
    rerender(
      <BaselineLifecycle baseline={SUBMITTED_BASELINE} onReview={onReview} actionError={refusal} />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('You are not allowed to do this');
    expect(alert).toHaveTextContent('Reviewer access required');
    expect(screen.getByLabelText('Review notes (optional)')).toHaveValue('Needs another run');
    expect(screen.queryByText('Baseline rejected.')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('calls other refusals refused, with their detail', () => {
    render(
      <BaselineLifecycle
        baseline={APPROVED_BASELINE}
        onPublish={vi.fn()}
        actionError={apiErrorOf(
          BadRequestError,
          400,
          'Baseline must be approved before publishing',
        )}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The action was refusedBaseline must be approved before publishing',
    );
  });

  it('offers only the actions the viewer may take', () => {
    const handlers = { onReview: vi.fn(), onPublish: vi.fn(), onRollback: vi.fn() };
    const { rerender } = render(
      <BaselineLifecycle
        baseline={SUBMITTED_BASELINE}
        viewer={{ id: 'user-lead' }}
        {...handlers}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
    expect(screen.getByText('There is nothing for you to do on this baseline now.')).toBeVisible();
    rerender(
      <BaselineLifecycle
        baseline={SUBMITTED_BASELINE}
        viewer={{ id: 'user-reviewer' }}
        {...handlers}
      />,
    );
    expect(screen.getByRole('button', { name: 'Approve' })).toBeVisible();
    // Reviewers publish; only admins roll back.
    rerender(
      <BaselineLifecycle
        baseline={APPROVED_BASELINE}
        viewer={{ id: 'user-reviewer' }}
        {...handlers}
      />,
    );
    expect(screen.getByRole('button', { name: 'Publish' })).toBeVisible();
    rerender(
      <BaselineLifecycle
        baseline={PUBLISHED_BASELINE}
        viewer={{ id: 'user-reviewer' }}
        {...handlers}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Roll back' })).toBeNull();
    rerender(
      <BaselineLifecycle
        baseline={PUBLISHED_BASELINE}
        viewer={{ id: 'user-admin', isAdmin: true }}
        {...handlers}
      />,
    );
    expect(screen.getByRole('button', { name: 'Roll back' })).toBeVisible();
    // Without a handler an action is not offered either.
    rerender(<BaselineLifecycle baseline={SUBMITTED_BASELINE} />);
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
  });

  it('needs a reason to roll back, and sends it', async () => {
    const onRollback = vi.fn(() => Promise.resolve(ROLLED_BACK_BASELINE));
    render(<BaselineLifecycle baseline={PUBLISHED_BASELINE} onRollback={onRollback} />);
    const button = screen.getByRole('button', { name: 'Roll back' });
    expect(button).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Reason for the rollback'), '   ');
    expect(button).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Reason for the rollback'), 'Control plate failed');
    await userEvent.click(button);
    expect(onRollback).toHaveBeenCalledWith({ reason: 'Control plate failed' });
  });

  it('offers only the versions a rollback can reinstate, newest first, and sends the pick', async () => {
    const onRollback = vi.fn(() => Promise.resolve(ROLLED_BACK_BASELINE));
    const { container } = render(
      <BaselineLifecycle
        baseline={PUBLISHED_BASELINE}
        onRollback={onRollback}
        rollbackTargets={TEMPLATE_VERSIONS}
      />,
    );
    const target = screen.getByLabelText('Version to reinstate (optional)');
    expect(optionTexts(target)).toEqual([
      'None: only withdraw this version',
      'Version 2: qPCR baseline v2 (Rolled back)',
      'Version 1: qPCR baseline v1 (Published)',
    ]);
    await userEvent.selectOptions(target, 'bl-1');
    await userEvent.type(screen.getByLabelText('Reason for the rollback'), 'Ct drift');
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Roll back' }));
    expect(onRollback).toHaveBeenCalledWith({ reason: 'Ct drift', target_version_id: 'bl-1' });
    // Done: both fields are cleared for the next action.
    await waitFor(() => expect(target).toHaveValue(''));
    expect(screen.getByLabelText('Reason for the rollback')).toHaveValue('');
  });

  it('says so when the template has no earlier version to reinstate', () => {
    render(
      <BaselineLifecycle
        baseline={PUBLISHED_BASELINE}
        onRollback={vi.fn()}
        rollbackTargets={[PUBLISHED_BASELINE]}
      />,
    );
    expect(screen.queryByLabelText('Version to reinstate (optional)')).toBeNull();
    expect(
      screen.getByText('There is no earlier published version of this template to reinstate.'),
    ).toBeVisible();
  });

  it('checks a typed target version, and keeps reason and target when the server refuses it', async () => {
    const onRollback = vi.fn(() =>
      Promise.reject(apiErrorOf(NotFoundError, 404, 'Target baseline not found')),
    );
    const { container, rerender } = render(
      <BaselineLifecycle baseline={PUBLISHED_BASELINE} onRollback={onRollback} />,
    );
    const target = screen.getByLabelText('Version to reinstate (optional)');
    const button = screen.getByRole('button', { name: 'Roll back' });
    await userEvent.type(screen.getByLabelText('Reason for the rollback'), 'Ct drift');
    // The baseline itself cannot be the target.
    await userEvent.type(target, 'bl-7');
    expect(target).toHaveAttribute('aria-invalid', 'true');
    expect(target).toHaveAccessibleDescription(
      expect.stringContaining('A baseline cannot reinstate itself'),
    );
    expect(button).toBeDisabled();
    await expectNoAxeViolations(container);
    // Longer than the request schema allows.
    await userEvent.clear(target);
    await userEvent.click(target);
    await userEvent.paste('x'.repeat(201));
    expect(screen.getByText('A version id has 1 to 200 characters.')).toBeVisible();
    expect(button).toBeDisabled();
    await userEvent.clear(target);
    await userEvent.type(target, '  bl-404 ');
    expect(target).not.toHaveAttribute('aria-invalid');
    await userEvent.click(button);
    expect(onRollback).toHaveBeenCalledWith({ reason: 'Ct drift', target_version_id: 'bl-404' });
    rerender(
      <BaselineLifecycle
        baseline={PUBLISHED_BASELINE}
        onRollback={onRollback}
        actionError={apiErrorOf(NotFoundError, 404, 'Target baseline not found')}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Target baseline not found');
    expect(target).toHaveValue('  bl-404 ');
    expect(screen.getByLabelText('Reason for the rollback')).toHaveValue('Ct drift');
  });

  it('publishes without notes and disables its button while pending', async () => {
    const onPublish = vi.fn();
    const { rerender } = render(
      <BaselineLifecycle baseline={APPROVED_BASELINE} onPublish={onPublish} />,
    );
    // Offered at once (optimistic), enabled only once the approval is stored.
    const publish = screen.getByRole('button', { name: 'Publish' });
    await waitFor(() => expect(publish).toBeEnabled());
    await userEvent.click(publish);
    expect(onPublish).toHaveBeenCalledWith({});
    rerender(
      <BaselineLifecycle
        baseline={APPROVED_BASELINE}
        onPublish={onPublish}
        pendingAction="publish"
      />,
    );
    expect(screen.getByRole('button', { name: 'Saving…' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');
  });

  it('shows loading, empty, error and not-found states', async () => {
    const onRetry = vi.fn();
    const { container, rerender } = render(<BaselineLifecycle />);
    expect(region()).toHaveAttribute('data-state', 'loading');
    expect(region()).toHaveAttribute('aria-busy', 'true');
    await expectNoAxeViolations(container);
    rerender(<BaselineLifecycle empty />);
    expect(screen.getByRole('status')).toHaveTextContent('No baseline selected');
    await expectNoAxeViolations(container);
    rerender(
      <BaselineLifecycle
        error={apiErrorOf(InternalServerError, 500, 'Baseline store unavailable')}
        onRetry={onRetry}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
    expect(screen.getByRole('alert')).toHaveTextContent('Baseline store unavailable');
    await expectNoAxeViolations(container);
    rerender(
      <BaselineLifecycle
        error={apiErrorOf(PermissionDeniedError, 403, 'Not authorized for execution workspace')}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('You are not allowed to do this');
    rerender(<BaselineLifecycle error={apiErrorOf(NotFoundError, 404, 'Baseline not found')} />);
    expect(region()).toHaveAttribute('data-state', 'not-found');
    expect(screen.getByRole('alert')).toHaveTextContent('Baseline not found');
  });

  it('speaks German', () => {
    renderWithGovkit(<BaselineLifecycle baseline={APPROVED_BASELINE} onPublish={vi.fn()} />, {
      locale: 'de',
      translations: { de },
    });
    expect(screen.getByRole('button', { name: 'Veröffentlichen' })).toBeVisible();
    expect(stepStates('Lebenszyklus')[1]).toBe('Freigegeben:current');
  });
});

describe('ConnectedBaselineLifecycle', () => {
  useMockGovkitServer();
  const submitted = findSeededBaseline(createStore(), 'submitted');

  it('loads a seeded baseline and approves it as an admin, refetching exactly it', async () => {
    const { container } = renderWithGovkit(
      <ConnectedBaselineLifecycle baselineId={String(submitted.id)} />,
    );
    expect(
      await screen.findByRole('heading', { name: `Baseline ${submitted.name}` }),
    ).toBeVisible();
    await expectNoAxeViolations(container);
    await userEvent.type(screen.getByLabelText('Review notes (optional)'), 'Ct thresholds fine');
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(region()).toHaveAttribute('data-status', 'approved'));
    expect(
      await screen.findByText('Ct thresholds fine', { selector: '[data-part="notes"]' }),
    ).toBeVisible();
    // The review is done, so its form is gone. Now approved, the admin may publish it.
    // Offered at once (optimistic), enabled only once the approval is stored.
    const publish = screen.getByRole('button', { name: 'Publish' });
    await waitFor(() => expect(publish).toBeEnabled());
    await userEvent.click(publish);
    await waitFor(() => expect(region()).toHaveAttribute('data-status', 'published'));
  });

  it('rolls the optimistic status back on a 403 and keeps the typed notes', async () => {
    const client = createTestClient().withOptions({ auth: 'user-lead' });
    renderWithGovkit(<ConnectedBaselineLifecycle baselineId={String(submitted.id)} />, { client });
    await screen.findByRole('heading', { name: `Baseline ${submitted.name}` });
    await userEvent.type(screen.getByLabelText('Review notes (optional)'), 'I wrote this');
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Reviewer access required');
    expect(region()).toHaveAttribute('data-status', 'submitted');
    expect(screen.getByLabelText('Review notes (optional)')).toHaveValue('I wrote this');
  });

  it('rolls a published baseline back to a version of its template, as an admin', async () => {
    const restored = findSeededBaseline(createStore(), 'restored_current');
    const v1 = findSeededBaseline(createStore(), 'published_v1');
    renderWithGovkit(<ConnectedBaselineLifecycle baselineId={String(restored.id)} />);
    await screen.findByRole('heading', { name: `Baseline ${restored.name}` });
    const target = await screen.findByRole('combobox', { name: 'Version to reinstate (optional)' });
    expect(optionTexts(target)).toEqual([
      'None: only withdraw this version',
      'Version 3: qPCR baseline v3 (Rolled back)',
      'Version 1: qPCR baseline v1 (Published)',
    ]);
    await userEvent.selectOptions(target, String(v1.id));
    await userEvent.type(screen.getByLabelText('Reason for the rollback'), 'Primer lot recalled');
    await userEvent.click(screen.getByRole('button', { name: 'Roll back' }));
    await waitFor(() => expect(region()).toHaveAttribute('data-status', 'rolled_back'));
    expect(await screen.findByText('Primer lot recalled', { selector: 'dd *' })).toBeVisible();
  });

  it('shows not found for an unknown baseline', async () => {
    renderWithGovkit(<ConnectedBaselineLifecycle baselineId="bl-missing" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Baseline not found');
  });
});
