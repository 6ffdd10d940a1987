import { createStore, findSeededBaseline, overrideEndpoint } from '@govkit/mock-server';
import { baselinesEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ConnectedBaselineLifecycle } from './connected-baseline-lifecycle';

// Seeded ids are deterministic: every story's fresh store holds the same baselines.
const seeded = createStore();
const submittedId = String(findSeededBaseline(seeded, 'submitted').id);
const publishedId = String(findSeededBaseline(seeded, 'culture_current').id);
const restoredId = String(findSeededBaseline(seeded, 'restored_current').id);
const v1Id = String(findSeededBaseline(seeded, 'published_v1').id);

const meta: Meta<typeof ConnectedBaselineLifecycle> = {
  title: 'Templates and baselines/Baseline lifecycle/Connected',
  component: ConnectedBaselineLifecycle,
  args: { baselineId: submittedId, viewer: { id: 'user-admin', isAdmin: true } },
  parameters: { govkit: { mockApi: true } },
};

export default meta;
type Story = StoryObj<typeof meta>;

/** Approve, then publish, as the mock server's default admin. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const region = await canvas.findByRole('region', {}, { timeout: 10_000 });
    await waitFor(() => expect(region).toHaveAttribute('data-state', 'ready'), { timeout: 10_000 });
    await userEvent.type(canvas.getByLabelText('Review notes (optional)'), 'Ct thresholds fine');
    await userEvent.click(canvas.getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(region).toHaveAttribute('data-status', 'approved'));
    // Publish is offered at once (optimistic) but only enabled once the approval is stored.
    const publish = await canvas.findByRole('button', { name: 'Publish' });
    await waitFor(() => expect(publish).toBeEnabled(), { timeout: 10_000 });
    await userEvent.click(publish);
    await waitFor(() => expect(region).toHaveAttribute('data-status', 'published'), {
      timeout: 10_000,
    });
  },
};

export const Published: Story = { args: { baselineId: publishedId } };

/** Roll the current qPCR baseline (v2) back and reinstate v1, picked from the template's versions. */
export const Rollback: Story = {
  args: { baselineId: restoredId },
  play: async ({ canvas }) => {
    const target = await canvas.findByRole(
      'combobox',
      { name: 'Version to reinstate (optional)' },
      { timeout: 10_000 },
    );
    await userEvent.selectOptions(target, v1Id);
    await userEvent.type(canvas.getByLabelText('Reason for the rollback'), 'Primer lot recalled');
    await userEvent.click(canvas.getByRole('button', { name: 'Roll back' }));
    await waitFor(
      () => expect(canvas.getByRole('region')).toHaveAttribute('data-status', 'rolled_back'),
      { timeout: 10_000 },
    );
  },
};

/** The server refuses the review with 403: the status rolls back, the notes stay. */
export const RefusedForbidden: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(baselinesEndpoints.review, () =>
        HttpResponse.json({ detail: 'Reviewer access required' }, { status: 403 }),
      ),
    );
  },
  play: async ({ canvas }) => {
    await canvas.findByRole('button', { name: 'Reject' }, { timeout: 10_000 });
    await userEvent.type(canvas.getByLabelText('Review notes (optional)'), 'Needs a rerun');
    await userEvent.click(canvas.getByRole('button', { name: 'Reject' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Reviewer access required');
    await expect(canvas.getByLabelText('Review notes (optional)')).toHaveValue('Needs a rerun');
    await expect(canvas.getByRole('region')).toHaveAttribute('data-status', 'submitted');
  },
};

export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(overrideEndpoint(baselinesEndpoints.retrieve, () => delay('infinite')));
  },
};

export const NotFound: Story = {
  args: { baselineId: 'bl-does-not-exist' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'Baseline not found',
    );
  },
};

/** The server fails once; "Try again" then loads the baseline. */
export const ErrorThenRetry: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(
        baselinesEndpoints.retrieve,
        () => HttpResponse.json({ detail: 'Baseline store unavailable' }, { status: 503 }),
        { once: true },
      ),
    );
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(
      await canvas.findByRole('button', { name: 'Approve' }, { timeout: 10_000 }),
    ).toBeVisible();
  },
};
