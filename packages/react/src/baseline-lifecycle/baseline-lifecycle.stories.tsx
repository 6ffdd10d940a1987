import {
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
} from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { apiErrorOf } from '../test/api-error-of';
import { BaselineLifecycle } from './baseline-lifecycle';
import {
  APPROVED_BASELINE,
  PUBLISHED_BASELINE,
  REJECTED_BASELINE,
  ROLLED_BACK_BASELINE,
  SUBMITTED_BASELINE,
  TEMPLATE_VERSIONS,
} from './baseline-lifecycle.fixtures';

const meta = {
  title: 'Templates and baselines/Baseline lifecycle',
  component: BaselineLifecycle,
  args: {
    baseline: SUBMITTED_BASELINE,
    viewer: { id: 'user-reviewer' },
    onReview: fn(),
    onPublish: fn(),
    onRollback: fn(),
    onRetry: fn(),
  },
} satisfies Meta<typeof BaselineLifecycle>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Awaiting review by the viewer: approve or reject with notes. */
export const Default: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.type(canvas.getByLabelText('Review notes (optional)'), 'Thresholds fine');
    await userEvent.click(canvas.getByRole('button', { name: 'Approve' }));
    await expect(args.onReview).toHaveBeenCalledWith({
      decision: 'approve',
      notes: 'Thresholds fine',
    });
  },
};

export const Approved: Story = { args: { baseline: APPROVED_BASELINE } };

export const Rejected: Story = { args: { baseline: REJECTED_BASELINE } };

/** An admin may roll a published baseline back, with a reason. */
export const PublishedAsAdmin: Story = {
  args: { baseline: PUBLISHED_BASELINE, viewer: { id: 'user-admin', isAdmin: true } },
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole('button', { name: 'Roll back' });
    await expect(button).toBeDisabled();
    await userEvent.type(canvas.getByLabelText('Reason for the rollback'), 'Control plate failed');
    await userEvent.click(button);
    await expect(args.onRollback).toHaveBeenCalledWith({ reason: 'Control plate failed' });
  },
};

/** Rollback reinstating an earlier version of the template, picked from the versions given. */
export const RollbackToVersion: Story = {
  args: {
    baseline: PUBLISHED_BASELINE,
    viewer: { id: 'user-admin', isAdmin: true },
    rollbackTargets: TEMPLATE_VERSIONS,
  },
  play: async ({ canvas, args }) => {
    await userEvent.selectOptions(canvas.getByLabelText('Version to reinstate (optional)'), 'bl-2');
    await userEvent.type(canvas.getByLabelText('Reason for the rollback'), 'Ct drift');
    await userEvent.click(canvas.getByRole('button', { name: 'Roll back' }));
    await expect(args.onRollback).toHaveBeenCalledWith({
      reason: 'Ct drift',
      target_version_id: 'bl-2',
    });
  },
};

/** Without the version list the id is typed; a refused target keeps reason and id as typed. */
export const RollbackTargetRefused: Story = {
  args: {
    baseline: PUBLISHED_BASELINE,
    viewer: { id: 'user-admin', isAdmin: true },
    actionError: apiErrorOf(NotFoundError, 404, 'Target baseline not found'),
  },
  play: async ({ canvas }) => {
    const target = canvas.getByLabelText('Version to reinstate (optional)');
    await userEvent.type(target, 'bl-7');
    await expect(target).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('button', { name: 'Roll back' })).toBeDisabled();
    await userEvent.clear(target);
    await userEvent.type(target, 'bl-404');
    await expect(target).not.toHaveAttribute('aria-invalid');
    await expect(canvas.getByRole('alert')).toHaveTextContent('Target baseline not found');
  },
};

export const RolledBack: Story = { args: { baseline: ROLLED_BACK_BASELINE } };

/** Someone who is neither reviewer nor admin sees the lifecycle, not the actions. */
export const NoActionsForViewer: Story = {
  args: { viewer: { id: 'user-member' } },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('button', { name: 'Approve' })).toBeNull();
  },
};

/** A 403 on an action: the notes stay as typed, the refusal says why. */
export const RefusedForbidden: Story = {
  args: {
    actionError: apiErrorOf(PermissionDeniedError, 403, 'Reviewer access required'),
    viewer: undefined,
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('You are not allowed to do this');
  },
};

export const RefusedStale: Story = {
  args: {
    baseline: APPROVED_BASELINE,
    actionError: apiErrorOf(BadRequestError, 400, 'Baseline must be approved before publishing'),
  },
};

export const Pending: Story = { args: { baseline: APPROVED_BASELINE, pendingAction: 'publish' } };

export const Loading: Story = { args: { baseline: undefined } };

export const Empty: Story = { args: { baseline: undefined, empty: true } };

export const ErrorState: Story = {
  name: 'Error',
  args: {
    baseline: undefined,
    error: apiErrorOf(InternalServerError, 500, 'Baseline store unavailable'),
  },
  play: async ({ canvas, args }) => {
    const alert = await canvas.findByRole('alert');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const Dark: Story = {
  args: { baseline: ROLLED_BACK_BASELINE, viewer: { id: 'user-admin', isAdmin: true } },
  globals: { theme: 'dark' },
};

export const DarkActions: Story = { globals: { theme: 'dark' } };

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Freigeben' })).toBeVisible();
  },
};
