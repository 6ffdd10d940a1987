import { ConflictError, PermissionDeniedError } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import {
  DELEGATED_EXPORT,
  longLadderExport,
  MID_LADDER_EXPORT,
  OVERDUE_EXPORT,
  REJECTED_EXPORT,
  STORE_NOW,
} from '../exports/narrative-export.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { narrow } from '../test/narrow';
import { ApprovalLadder } from './approval-ladder';

const meta = {
  title: 'Narrative exports/Approval ladder',
  component: ApprovalLadder,
  args: {
    record: MID_LADDER_EXPORT,
    now: STORE_NOW,
    onAction: fn(async () => undefined),
    onRetry: fn(),
    delegateOptions: [
      { id: 'user-manager', label: 'Morgan Manager' },
      { id: 'user-lead', label: 'Lee Lead' },
    ],
  },
} satisfies Meta<typeof ApprovalLadder>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The flow people use: approve the active stage with a typed signature. */
export const ApproveWithSignature: Story = {
  play: async ({ canvas, args }) => {
    const current = canvas.getByRole('listitem', { current: 'step' });
    await userEvent.click(within(current).getByRole('button', { name: 'Approve' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Approve and sign' }));
    await expect(canvas.getByRole('alert')).toHaveTextContent('Type your name to sign');
    await userEvent.type(canvas.getByLabelText('Signature'), 'Lee Lead');
    await userEvent.click(canvas.getByRole('button', { name: 'Approve and sign' }));
    await expect(args.onAction).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'approve', status: 'approved', signature: 'Lee Lead' }),
    );
    await expect(await canvas.findByText('Saved.')).toBeInTheDocument();
  },
};

/** Delegate the active stage to a person from the list. */
export const DelegateStage: Story = {
  play: async ({ canvas, args }) => {
    const current = canvas.getByRole('listitem', { current: 'step' });
    await userEvent.click(within(current).getByRole('button', { name: 'Delegate' }));
    await userEvent.selectOptions(canvas.getByLabelText('Delegate to'), 'Morgan Manager');
    await userEvent.type(canvas.getByLabelText('Notes (optional)'), 'Covering while on leave');
    await userEvent.click(canvas.getByRole('button', { name: 'Delegate stage' }));
    await expect(args.onAction).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'delegate', delegateId: 'user-manager' }),
    );
  },
};

/** A 403: the refusal is shown and the signature and notes stay as typed. */
export const RefusedForbidden: Story = {
  args: {
    onAction: fn(async () => {
      throw apiErrorOf(PermissionDeniedError, 403, 'User not authorized for this stage');
    }),
  },
  play: async ({ canvas }) => {
    const current = canvas.getByRole('listitem', { current: 'step' });
    await userEvent.click(within(current).getByRole('button', { name: 'Reject' }));
    await userEvent.type(canvas.getByLabelText('Signature'), 'Max Member');
    await userEvent.click(canvas.getByRole('button', { name: 'Reject and sign' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'User not authorized for this stage',
    );
    await expect(canvas.getByLabelText('Signature')).toHaveValue('Max Member');
  },
};

/** A 409: the stage moved on meanwhile. */
export const RefusedConflict: Story = {
  args: {
    onAction: fn(async () => {
      throw apiErrorOf(ConflictError, 409, 'Approval stage is not active');
    }),
  },
  play: async ({ canvas }) => {
    const current = canvas.getByRole('listitem', { current: 'step' });
    await userEvent.click(within(current).getByRole('button', { name: 'Approve' }));
    await userEvent.type(canvas.getByLabelText('Signature'), 'Lee Lead');
    await userEvent.click(canvas.getByRole('button', { name: 'Approve and sign' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Approval stage is not active',
    );
  },
};

/** A member who holds no stage role sees the ladder, and no actions. */
export const ReadOnlyForMember: Story = {
  args: { actingUser: { id: 'user-member', role: 'member' } },
  play: async ({ canvas }) => {
    await expect(canvas.queryAllByRole('button', { name: 'Approve' })).toHaveLength(0);
  },
};

export const Overdue: Story = { args: { record: OVERDUE_EXPORT } };
export const Delegated: Story = { args: { record: DELEGATED_EXPORT } };
export const RejectedWithReset: Story = { args: { record: REJECTED_EXPORT } };
export const Loading: Story = { args: { record: undefined } };
export const Empty: Story = { args: { record: { ...MID_LADDER_EXPORT, approval_stages: [] } } };
export const ErrorState: Story = {
  name: 'Error',
  args: {
    record: undefined,
    error: apiErrorOf(PermissionDeniedError, 403, 'Execution access denied'),
  },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalled();
  },
};
/** Twelve stages, the fifth active. */
export const Large: Story = { args: { record: longLadderExport(12, 4) } };
export const Dark: Story = { globals: { theme: 'dark' }, args: { record: OVERDUE_EXPORT } };
export const German: Story = { globals: { locale: 'de' } };
export const Narrow: Story = {
  decorators: [narrow()],
};
