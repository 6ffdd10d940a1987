import { overrideEndpoint } from '@govkit/mock-server';
import { exportsEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { MID_LADDER_EXPORT, QPCR_EXECUTION, STORE_NOW } from '../exports/narrative-export.fixtures';
import { ConnectedApprovalLadder } from './connected-approval-ladder';

const meta: Meta<typeof ConnectedApprovalLadder> = {
  title: 'Narrative exports/Approval ladder/Connected',
  component: ConnectedApprovalLadder,
  args: { executionId: QPCR_EXECUTION, exportId: MID_LADDER_EXPORT.id, now: STORE_NOW },
  parameters: { govkit: { mockApi: true } },
};

export default meta;
type Story = StoryObj<typeof meta>;

/** The ladder's stages in order (a stage's history is a list of its own, so not every listitem). */
const stages = (root: HTMLElement) => [
  ...root.querySelectorAll<HTMLElement>('.govkit-approval-ladder__stage'),
];

/** Approve on the mock server: the next stage becomes active. */
export const Default: Story = {
  play: async ({ canvas, canvasElement }) => {
    const current = await canvas.findByRole('listitem', { current: 'step' }, { timeout: 10_000 });
    const index = stages(canvasElement).indexOf(current);
    await userEvent.click(within(current).getByRole('button', { name: 'Approve' }));
    await userEvent.type(canvas.getByLabelText('Signature'), 'Avery Admin');
    await userEvent.click(canvas.getByRole('button', { name: 'Approve and sign' }));
    await waitFor(() =>
      expect(stages(canvasElement)[index + 1]).toHaveAttribute('data-status', 'in_progress'),
    );
  },
};

/** The server refuses once: the ladder rolls back and the signature stays typed. */
export const RefusedRollsBack: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(
        exportsEndpoints.approve,
        () => HttpResponse.json({ detail: 'User not authorized for this stage' }, { status: 403 }),
        { once: true },
      ),
    );
  },
  play: async ({ canvas, canvasElement }) => {
    const current = await canvas.findByRole('listitem', { current: 'step' }, { timeout: 10_000 });
    const index = stages(canvasElement).indexOf(current);
    await userEvent.click(within(current).getByRole('button', { name: 'Approve' }));
    await userEvent.type(canvas.getByLabelText('Signature'), 'Avery Admin');
    await userEvent.click(canvas.getByRole('button', { name: 'Approve and sign' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('not authorized');
    await expect(canvas.getByLabelText('Signature')).toHaveValue('Avery Admin');
    await expect(stages(canvasElement)[index]).toHaveAttribute('data-status', 'in_progress');
  },
};

export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(overrideEndpoint(exportsEndpoints.list, () => delay('infinite')));
  },
};

export const ErrorThenRetry: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(
        exportsEndpoints.list,
        () => HttpResponse.json({ detail: 'Export store unavailable' }, { status: 503 }),
        { once: true },
      ),
    );
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(
      await canvas.findByRole('listitem', { current: 'step' }, { timeout: 10_000 }),
    ).toBeVisible();
  },
};
