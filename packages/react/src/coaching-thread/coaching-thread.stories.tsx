import { InternalServerError, PermissionDeniedError } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { apiErrorOf } from '../test/api-error-of';
import { CoachingThread } from './coaching-thread';
import { COACHING_NOTES, largeCoachingThread } from './coaching-thread.fixtures';

const meta = {
  title: 'Governance/Coaching notes thread',
  component: CoachingThread,
  args: {
    notes: COACHING_NOTES,
    onCreate: fn(async () => {}),
    onEdit: fn(async () => {}),
    onModerate: fn(async () => {}),
    onRetry: fn(),
  },
} satisfies Meta<typeof CoachingThread>;

export default meta;
type Story = StoryObj<typeof meta>;

const ROOT = 'Moving the backlog candidate to Riley: Morgan has eight reviews pending.';

export const Default: Story = {};

/** Reply to a note: the box takes focus, the handler gets the parent, focus comes back. */
export const Reply: Story = {
  play: async ({ canvas, args }) => {
    const note = canvas.getByText(ROOT).closest('article') as HTMLElement;
    const reply = within(note).getByRole('button', { name: 'Reply' });
    await userEvent.click(reply);
    await expect(within(note).getByRole('textbox', { name: 'Reply to Lee Lead' })).toHaveFocus();
    await userEvent.keyboard('I can take the next one.');
    await userEvent.click(within(note).getByRole('button', { name: 'Post reply' }));
    await expect(args.onCreate).toHaveBeenCalledWith({
      body: 'I can take the next one.',
      parentId: 'note-1',
    });
    await waitFor(() => expect(reply).toHaveFocus());
  },
};

/** Edit a note's text in place. */
export const Edit: Story = {
  play: async ({ canvas, args }) => {
    const note = canvas.getByText(ROOT).closest('article') as HTMLElement;
    await userEvent.click(within(note).getByRole('button', { name: 'Edit' }));
    const box = within(note).getByRole('textbox', { name: 'Edit note' });
    await userEvent.clear(box);
    await userEvent.type(box, 'Moving it to Riley.');
    await userEvent.click(within(note).getByRole('button', { name: 'Save' }));
    await expect(args.onEdit).toHaveBeenCalledWith({
      noteId: 'note-1',
      body: 'Moving it to Riley.',
    });
  },
};

/** Flag with a reason; resolve and remove work the same way. */
export const Moderate: Story = {
  play: async ({ canvas, args }) => {
    const note = canvas.getByText(ROOT).closest('article') as HTMLElement;
    await userEvent.click(within(note).getByRole('button', { name: 'Flag' }));
    await userEvent.type(
      within(note).getByRole('textbox', { name: 'Reason (optional)' }),
      'Off topic',
    );
    await userEvent.click(within(note).getByRole('button', { name: 'Flag note' }));
    await expect(args.onModerate).toHaveBeenCalledWith({
      noteId: 'note-1',
      verb: 'flag',
      reason: 'Off topic',
    });
  },
};

/** The host lets only authors edit and only admins remove: those buttons are not offered. */
export const HostPolicy: Story = {
  args: {
    can: (action, note) =>
      action === 'edit' ? note?.actor?.id === 'user-lead' : action !== 'remove',
  },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('button', { name: 'Remove' })).toBeNull();
    await expect(canvas.getAllByRole('button', { name: 'Edit' })).toHaveLength(1);
  },
};

/** A 403 on an action: a calm notice, the text kept, the thread read-only. */
export const ForbiddenAction: Story = {
  args: {
    onCreate: fn(async () =>
      Promise.reject(apiErrorOf(PermissionDeniedError, 403, 'Override not accessible')),
    ),
  },
  play: async ({ canvas }) => {
    const box = canvas.getByRole('textbox', { name: 'New coaching note' });
    await userEvent.type(box, 'Please hold the reviews until Monday.');
    await userEvent.click(canvas.getByRole('button', { name: 'Add note' }));
    await expect(await canvas.findByText('You may not do this here')).toBeVisible();
    await expect(box).toHaveValue('Please hold the reviews until Monday.');
    await expect(canvas.queryByRole('button', { name: 'Reply' })).toBeNull();
  },
};

export const ReadOnly: Story = { args: { readOnly: true } };

export const Loading: Story = { args: { notes: undefined } };

export const Empty: Story = { args: { notes: [] } };

export const ErrorState: Story = {
  name: 'Error',
  args: {
    notes: undefined,
    error: apiErrorOf(InternalServerError, 500, 'Coaching store unavailable'),
  },
  play: async ({ canvas, args }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Coaching store unavailable');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const Forbidden: Story = {
  args: {
    notes: undefined,
    error: apiErrorOf(PermissionDeniedError, 403, 'Override not accessible'),
  },
};

/** Fifteen threads of five replies (90 notes), nested and moderated. */
export const Large: Story = { args: { notes: largeCoachingThread(15, 5) } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const DarkLarge: Story = {
  args: { notes: largeCoachingThread(6, 6) },
  globals: { theme: 'dark' },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Coaching-Notizen' })).toBeVisible();
  },
};
