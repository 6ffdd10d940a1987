import {
  createStore,
  findSeededOverride,
  overrideEndpoint,
  SEEDED_COACHING_BODIES,
} from '@govkit/mock-server';
import { coachingEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ConnectedCoachingThread } from './connected-coaching-thread';

// Seeded ids are deterministic: the story's fresh store has the same override ids.
const seeded = createStore();
const REASSIGN = findSeededOverride(seeded, 'reversibleReassign').id;
const COOLING_DOWN = findSeededOverride(seeded, 'coolingDown').id;

const meta: Meta<typeof ConnectedCoachingThread> = {
  title: 'Governance/Coaching notes thread/Connected',
  component: ConnectedCoachingThread,
  args: { overrideId: REASSIGN },
  parameters: { govkit: { mockApi: true } },
};

export default meta;
type Story = StoryObj<typeof meta>;

const noteWith = async (canvas: ReturnType<typeof within>, text: string) =>
  (await canvas.findByText(text, {}, { timeout: 10_000 })).closest('article') as HTMLElement;

export const Default: Story = {
  play: async ({ canvas }) => {
    const note = await noteWith(canvas, SEEDED_COACHING_BODIES.reassignRoot);
    await expect(note).toHaveTextContent('2 replies');
  },
};

/** Resolved note with a removed reply. */
export const Moderated: Story = { args: { overrideId: COOLING_DOWN } };

/** Reply through the API: shown at once, then confirmed by the server. */
export const Reply: Story = {
  play: async ({ canvas }) => {
    const note = await noteWith(canvas, SEEDED_COACHING_BODIES.reassignRoot);
    await userEvent.click(within(note).getByRole('button', { name: 'Reply' }));
    await userEvent.keyboard('Count me in for the Friday review.');
    await userEvent.click(within(note).getByRole('button', { name: 'Post reply' }));
    const reply = await noteWith(canvas, 'Count me in for the Friday review.');
    await waitFor(() => expect(reply).not.toHaveAttribute('data-pending'));
    await expect(note).toHaveTextContent('3 replies');
  },
};

/** Resolve a flagged note; the new state stays after the refetch. */
export const Moderate: Story = {
  play: async ({ canvas }) => {
    const note = await noteWith(canvas, SEEDED_COACHING_BODIES.flaggedRoot);
    await userEvent.click(within(note).getByRole('button', { name: 'Resolve' }));
    await userEvent.click(within(note).getByRole('button', { name: 'Resolve note' }));
    await waitFor(() => expect(note).toHaveAttribute('data-moderation-state', 'resolved'));
  },
};

/** Edit through the API. */
export const Edit: Story = {
  play: async ({ canvas }) => {
    const note = await noteWith(canvas, SEEDED_COACHING_BODIES.reassignReply);
    await userEvent.click(within(note).getByRole('button', { name: 'Edit' }));
    await userEvent.type(within(note).getByRole('textbox', { name: 'Edit note' }), ' (done)');
    await userEvent.click(within(note).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(note).toHaveTextContent(/edited/));
  },
};

/** The server refuses the reply: the optimistic note goes away, the text stays. */
export const RefusedReply: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(coachingEndpoints.create, () =>
        HttpResponse.json({ detail: 'Coaching store unavailable' }, { status: 503 }),
      ),
    );
  },
  play: async ({ canvas }) => {
    await noteWith(canvas, SEEDED_COACHING_BODIES.reassignRoot);
    const box = canvas.getByRole('textbox', { name: 'New coaching note' });
    await userEvent.type(box, 'This one will bounce.');
    await userEvent.click(canvas.getByRole('button', { name: 'Add note' }));
    await expect(await canvas.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'Coaching store unavailable',
    );
    await expect(box).toHaveValue('This one will bounce.');
  },
};

/** The acting user lost access between loading and writing: 403, calm, text kept. */
export const ForbiddenAction: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(coachingEndpoints.flag, () =>
        HttpResponse.json({ detail: 'Override not accessible' }, { status: 403 }),
      ),
    );
  },
  play: async ({ canvas }) => {
    const note = await noteWith(canvas, SEEDED_COACHING_BODIES.reassignRoot);
    await userEvent.click(within(note).getByRole('button', { name: 'Flag' }));
    await userEvent.type(within(note).getByRole('textbox'), 'Needs a second look');
    await userEvent.click(within(note).getByRole('button', { name: 'Flag note' }));
    await expect(
      await canvas.findByText('You may not do this here', {}, { timeout: 10_000 }),
    ).toBeVisible();
    await expect(within(note).getByRole('textbox')).toHaveValue('Needs a second look');
    await expect(note).toHaveAttribute('data-moderation-state', 'published');
  },
};

export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(overrideEndpoint(coachingEndpoints.list, () => delay('infinite')));
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region')).toHaveAttribute('aria-busy', 'true');
  },
};

export const Forbidden: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(coachingEndpoints.list, () =>
        HttpResponse.json({ detail: 'Override not accessible' }, { status: 403 }),
      ),
    );
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'You cannot see these notes',
    );
  },
};

export const Empty: Story = {
  beforeEach: ({ msw }) => {
    msw.use(overrideEndpoint(coachingEndpoints.list, () => HttpResponse.json([])));
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };
