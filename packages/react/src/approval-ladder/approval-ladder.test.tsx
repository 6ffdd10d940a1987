import { createClient, PermissionDeniedError } from '@govkit/sdk';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  MID_LADDER_EXPORT,
  OVERDUE_EXPORT,
  PENDING_EXPORT,
  QPCR_EXECUTION,
  REJECTED_EXPORT,
  STORE_NOW,
} from '../exports/narrative-export.fixtures';
import { de } from '../locales/de';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { renderWithGovkit, TEST_BASE_URL, useMockGovkitServer } from '../test/render-with-govkit';
import { ApprovalLadder } from './approval-ladder';
import { ConnectedApprovalLadder } from './connected-approval-ladder';

function stage(index: number): HTMLElement {
  const items = document.querySelectorAll<HTMLElement>('.govkit-approval-ladder__stage');
  return items[index - 1] as HTMLElement;
}

describe('ApprovalLadder (presentational)', () => {
  it('shows every stage with role, assignee, SLA, due date, status and history', async () => {
    const { container } = render(<ApprovalLadder record={MID_LADDER_EXPORT} now={STORE_NOW} />);
    expect(screen.getByRole('region', { name: 'Approval ladder' })).toHaveAttribute(
      'data-state',
      'ready',
    );
    expect(container.querySelectorAll('li[data-status]')).toHaveLength(3);
    const first = stage(1);
    expect(within(first).getByRole('heading')).toHaveTextContent('Stage 1: Scientific review');
    expect(first).toHaveAttribute('data-status', 'approved');
    expect(first).toHaveTextContent('Riley Reviewer');
    expect(first).toHaveTextContent('24 h');
    expect(within(first).getByText('History (1)')).toBeInTheDocument();
    expect(first).toHaveTextContent('Signed “Riley Reviewer”');
    const second = stage(2);
    expect(second).toHaveAttribute('aria-current', 'step');
    expect(second).toHaveTextContent('lead');
    expect(second).toHaveTextContent('Anyone with the role');
    expect(second).not.toHaveAttribute('data-overdue');
    // Read-only without onAction.
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('marks an overdue stage from the SLA monitor, with the time it became overdue', async () => {
    const { container } = render(<ApprovalLadder record={OVERDUE_EXPORT} now={STORE_NOW} />);
    const first = stage(1);
    expect(first).toHaveAttribute('data-overdue', 'true');
    expect(within(first).getByText('Overdue')).toBeInTheDocument();
    expect(first).toHaveTextContent(/Overdue since Jan 14, 2026, 4:00 PM/);
    expect(first).toHaveTextContent('Escalated: SLA breached');
    await expectNoAxeViolations(container);
  });

  it('judges a stage past its due date as overdue by the given clock, before the monitor runs', () => {
    const due = Date.parse(MID_LADDER_EXPORT.approval_stages[1]?.due_at ?? '');
    const { rerender } = render(<ApprovalLadder record={MID_LADDER_EXPORT} now={due - 1000} />);
    expect(stage(2)).not.toHaveAttribute('data-overdue');
    rerender(<ApprovalLadder record={MID_LADDER_EXPORT} now={due + 1000} />);
    expect(stage(2)).toHaveAttribute('data-overdue', 'true');
  });

  it('keeps its layout while loading, and shows empty and error states', async () => {
    const onRetry = vi.fn();
    const { container, rerender } = render(<ApprovalLadder />);
    expect(screen.getByRole('region')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the approval ladder');
    await expectNoAxeViolations(container);
    rerender(<ApprovalLadder record={{ ...MID_LADDER_EXPORT, approval_stages: [] }} />);
    expect(screen.getByText('No approval stages')).toBeInTheDocument();
    rerender(
      <ApprovalLadder
        error={apiErrorOf(PermissionDeniedError, 403, 'Execution access denied')}
        onRetry={onRetry}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Execution access denied');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('offers only the actions the acting user may take (RBAC)', () => {
    const onAction = vi.fn(async () => undefined);
    const { rerender } = render(
      <ApprovalLadder
        record={MID_LADDER_EXPORT}
        onAction={onAction}
        actingUser={{ id: 'user-member', role: 'member' }}
      />,
    );
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    rerender(
      <ApprovalLadder
        record={MID_LADDER_EXPORT}
        onAction={onAction}
        actingUser={{ id: 'user-lead', role: 'lead' }}
      />,
    );
    expect(
      within(stage(2))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Approve', 'Reject', 'Delegate']);
    // The lead outranks the manager role? No: stage 3 (`manager`) offers the lead nothing.
    expect(within(stage(3)).queryAllByRole('button')).toHaveLength(0);
    // A stage assigned to someone: a role holder may delegate it but not sign it.
    rerender(
      <ApprovalLadder
        record={PENDING_EXPORT}
        onAction={onAction}
        actingUser={{ id: 'user-lead', role: 'lead' }}
      />,
    );
    expect(
      within(stage(1))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Delegate']);
    rerender(
      <ApprovalLadder
        record={REJECTED_EXPORT}
        onAction={onAction}
        actingUser={{ id: 'user-admin', isAdmin: true }}
      />,
    );
    expect(
      within(stage(1))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Reset']);
  });

  it('approves with a signature: refuses to send without one, then sends and announces', async () => {
    const onAction = vi.fn(async () => undefined);
    const { container } = render(<ApprovalLadder record={MID_LADDER_EXPORT} onAction={onAction} />);
    await userEvent.click(within(stage(2)).getByRole('button', { name: 'Approve' }));
    const signature = screen.getByLabelText('Signature');
    expect(signature).toHaveFocus();
    await userEvent.type(screen.getByLabelText('Notes (optional)'), 'All controls pass.');
    await userEvent.click(screen.getByRole('button', { name: 'Approve and sign' }));
    expect(onAction).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Type your name to sign this decision.');
    expect(signature).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Notes (optional)')).toHaveValue('All controls pass.');
    await expectNoAxeViolations(container);
    await userEvent.type(signature, 'Lee Lead');
    await userEvent.click(screen.getByRole('button', { name: 'Approve and sign' }));
    expect(onAction).toHaveBeenCalledWith({
      kind: 'approve',
      exportId: MID_LADDER_EXPORT.id,
      stageId: MID_LADDER_EXPORT.approval_stages[1]?.id,
      status: 'approved',
      signature: 'Lee Lead',
      notes: 'All controls pass.',
    });
    await waitFor(() => expect(screen.queryByLabelText('Signature')).toBeNull());
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
  });

  it('keeps everything typed when the server refuses, and shows the refusal', async () => {
    const refusal = apiErrorOf(PermissionDeniedError, 403, 'User not authorized for this stage');
    const onAction = vi.fn(async () => {
      throw refusal;
    });
    const { container } = render(<ApprovalLadder record={MID_LADDER_EXPORT} onAction={onAction} />);
    await userEvent.click(within(stage(2)).getByRole('button', { name: 'Reject' }));
    await userEvent.type(screen.getByLabelText('Signature'), 'Max Member');
    await userEvent.type(screen.getByLabelText('Notes (optional)'), 'Missing rationale');
    await userEvent.click(screen.getByRole('button', { name: 'Reject and sign' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server refused this action');
    expect(alert).toHaveTextContent('User not authorized for this stage');
    expect(screen.getByLabelText('Signature')).toHaveValue('Max Member');
    expect(screen.getByLabelText('Notes (optional)')).toHaveValue('Missing rationale');
    // Switching to approve on the same stage keeps the signature too.
    await userEvent.click(within(stage(2)).getByRole('button', { name: 'Approve' }));
    expect(screen.getByLabelText('Signature')).toHaveValue('Max Member');
    await expectNoAxeViolations(container);
  });

  it('delegates to a person chosen from the options, or to a typed user id', async () => {
    const onAction = vi.fn(async () => undefined);
    const { rerender } = render(
      <ApprovalLadder
        record={MID_LADDER_EXPORT}
        onAction={onAction}
        delegateOptions={[
          { id: 'user-manager', label: 'Morgan Manager' },
          { id: 'user-lead', label: 'Lee Lead' },
        ]}
      />,
    );
    await userEvent.click(within(stage(2)).getByRole('button', { name: 'Delegate' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delegate stage' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose who takes over this stage.');
    await userEvent.selectOptions(screen.getByLabelText('Delegate to'), 'Morgan Manager');
    await userEvent.click(screen.getByRole('button', { name: 'Delegate stage' }));
    expect(onAction).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: 'delegate', delegateId: 'user-manager' }),
    );
    rerender(<ApprovalLadder record={MID_LADDER_EXPORT} onAction={onAction} />);
    await userEvent.click(within(stage(3)).getByRole('button', { name: 'Delegate' }));
    await userEvent.type(screen.getByLabelText('Delegate to'), 'user-lead');
    await userEvent.keyboard('{Enter}');
    expect(onAction).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: 'delegate', delegateId: 'user-lead' }),
    );
  });

  it('speaks German, and takes messages overrides', () => {
    renderWithGovkit(
      <ApprovalLadder record={OVERDUE_EXPORT} now={STORE_NOW} messages={{ title: 'Sign-off' }} />,
      { locale: 'de-DE', translations: { de }, timeZone: 'Europe/Berlin' },
    );
    expect(screen.getByRole('heading', { name: 'Sign-off' })).toBeInTheDocument();
    expect(stage(1)).toHaveTextContent('Stufe 1: Bench review');
    expect(stage(1)).toHaveTextContent('Überfällig seit 14.01.2026, 17:00');
    expect(stage(1)).toHaveTextContent('In Bearbeitung');
  });
});

describe('ConnectedApprovalLadder', () => {
  useMockGovkitServer();

  it('approves the active stage on the server: the next stage becomes active', async () => {
    const { container } = renderWithGovkit(
      <ConnectedApprovalLadder executionId={QPCR_EXECUTION} exportId={MID_LADDER_EXPORT.id} />,
    );
    await userEvent.click(
      within(await screen.findByRole('listitem', { current: 'step' })).getByRole('button', {
        name: 'Approve',
      }),
    );
    await userEvent.type(screen.getByLabelText('Signature'), 'Avery Admin');
    await userEvent.click(screen.getByRole('button', { name: 'Approve and sign' }));
    await waitFor(() => expect(stage(2)).toHaveAttribute('data-status', 'approved'));
    expect(stage(3)).toHaveAttribute('data-status', 'in_progress');
    await waitFor(() => expect(stage(2)).toHaveTextContent('Signed “Avery Admin”'));
    await expectNoAxeViolations(container);
  });

  it('rolls the optimistic update back on a 403 and keeps the signature typed', async () => {
    const client = createClient({ baseURL: TEST_BASE_URL, maxRetries: 0, auth: 'user-member' });
    renderWithGovkit(
      <ConnectedApprovalLadder executionId={QPCR_EXECUTION} exportId={MID_LADDER_EXPORT.id} />,
      { client },
    );
    const current = await screen.findByRole('listitem', { current: 'step' });
    await userEvent.click(within(current).getByRole('button', { name: 'Approve' }));
    await userEvent.type(screen.getByLabelText('Signature'), 'Max Member');
    await userEvent.click(screen.getByRole('button', { name: 'Approve and sign' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('User not authorized for this stage');
    expect(stage(2)).toHaveAttribute('data-status', 'in_progress');
    expect(stage(3)).toHaveAttribute('data-status', 'pending');
    expect(screen.getByLabelText('Signature')).toHaveValue('Max Member');
  });

  it('shows the newest export by default, and an unknown export as an error', async () => {
    renderWithGovkit(<ConnectedApprovalLadder executionId={QPCR_EXECUTION} exportId="export-x" />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Narrative export export-x not found',
    );
  });
});
