import {
  createStore,
  findSeededOverride,
  overrideEndpoint,
  SEEDED_COACHING_BODIES,
} from '@govkit/mock-server';
import { InternalServerError, PermissionDeniedError } from '@govkit/sdk';
import { coachingEndpoints } from '@govkit/sdk/schemas';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { de } from '../locales/de';
import { govkitKeys } from '../query/govkit-keys';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { renderWithGovkit, TEST_BASE_URL, useMockGovkitServer } from '../test/render-with-govkit';
import { CoachingThread } from './coaching-thread';
import { COACHING_NOTES } from './coaching-thread.fixtures';
import { ConnectedCoachingThread } from './connected-coaching-thread';

function noteOf(text: string): HTMLElement {
  const note = screen.getByText(text).closest('article');
  if (!note) throw new Error(`no note with ${text}`);
  return note;
}

const handlers = () => ({
  onCreate: vi.fn().mockResolvedValue(undefined),
  onEdit: vi.fn().mockResolvedValue(undefined),
  onModerate: vi.fn().mockResolvedValue(undefined),
});

describe('CoachingThread (presentational)', () => {
  it('nests replies under their note, with authors, states, edit marks and reply counts', async () => {
    const { container } = renderWithGovkit(
      <CoachingThread notes={COACHING_NOTES} {...handlers()} />,
    );
    const region = screen.getByRole('region', { name: 'Coaching notes' });
    expect(region).toHaveAttribute('data-state', 'ready');
    expect(region).toHaveTextContent('7 notes in 4 threads');
    const root = noteOf('Moving the backlog candidate to Riley: Morgan has eight reviews pending.');
    expect(root).toHaveTextContent('Lee Lead');
    expect(root).toHaveTextContent('3 replies');
    // The reply to a reply sits inside the first reply's list item.
    const reply = noteOf('Happy to take it; I can review it by tomorrow morning.');
    expect(reply).toHaveAttribute('data-depth', '1');
    expect(reply).toHaveTextContent('edited Jan 14, 2026, 2:20 PM');
    expect(noteOf('Thanks, that frees up my Friday.')).toHaveAttribute('data-depth', '2');
    expect(reply.closest('li')?.contains(noteOf('Thanks, that frees up my Friday.'))).toBe(true);
    // Removed: the body is withheld, the state is said in words.
    expect(screen.queryByText('Duplicate of the note above, please ignore.')).toBeNull();
    const removed = noteOf('This note was removed.');
    expect(removed).toHaveAttribute('data-moderation-state', 'removed');
    expect(within(removed).getByText('Removed')).toHaveAttribute('data-tone', 'neutral');
    expect(
      within(noteOf('Why does Morgan always get the hard ones?')).getByText('Flagged'),
    ).toBeInTheDocument();
    expect(screen.getByText('Draft')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('offers only the actions the note state and the host policy allow', () => {
    renderWithGovkit(
      <CoachingThread
        notes={COACHING_NOTES}
        {...handlers()}
        can={(action, note) => action !== 'edit' || note?.actor?.id === 'user-lead'}
      />,
    );
    const actions = (text: string) =>
      within(noteOf(text))
        .queryAllByRole('button')
        .map((button) => button.textContent);
    expect(
      actions('Moving the backlog candidate to Riley: Morgan has eight reviews pending.'),
    ).toEqual(['Reply', 'Edit', 'Flag', 'Resolve', 'Remove']);
    // Not the author: no Edit. Already flagged: no Flag. Resolved: no Resolve. Removed: nothing.
    expect(actions('Why does Morgan always get the hard ones?')).toEqual([
      'Reply',
      'Resolve',
      'Remove',
    ]);
    expect(actions('Reverting the cooldown: the streak was a release-week artefact.')).toEqual([
      'Reply',
      'Flag',
      'Remove',
    ]);
    expect(actions('This note was removed.')).toEqual([]);
  });

  it('offers nothing without handlers or when read-only', () => {
    const { unmount } = render(<CoachingThread notes={COACHING_NOTES} />);
    expect(screen.queryByRole('button', { name: 'Reply' })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
    unmount();
    render(<CoachingThread notes={COACHING_NOTES} {...handlers()} readOnly />);
    expect(screen.queryByRole('button', { name: 'Reply' })).toBeNull();
    expect(screen.getByRole('region')).toHaveAttribute('data-access', 'read-only');
  });

  it('replies in a form that takes focus, sends the parent, closes and gives focus back', async () => {
    const user = userEvent.setup();
    const h = handlers();
    render(<CoachingThread notes={COACHING_NOTES} {...h} />);
    const root = noteOf('Moving the backlog candidate to Riley: Morgan has eight reviews pending.');
    const reply = within(root).getByRole('button', { name: 'Reply' });
    await user.click(reply);
    expect(reply).toHaveAttribute('aria-expanded', 'true');
    const box = within(root).getByRole('textbox', { name: 'Reply to Lee Lead' });
    expect(box).toHaveFocus();
    await user.type(box, 'On it');
    await user.click(within(root).getByRole('button', { name: 'Post reply' }));
    expect(h.onCreate).toHaveBeenCalledWith({ body: 'On it', parentId: 'note-1' });
    await waitFor(() => expect(within(root).queryByRole('textbox')).toBeNull());
    expect(reply).toHaveFocus();
  });

  it('refuses an empty body with a hint and sends nothing; Escape cancels', async () => {
    const user = userEvent.setup();
    const h = handlers();
    render(<CoachingThread notes={COACHING_NOTES} {...h} />);
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(screen.getByText('Write something first.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'New coaching note' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(h.onCreate).not.toHaveBeenCalled();
    const root = noteOf('Moving the backlog candidate to Riley: Morgan has eight reviews pending.');
    await user.click(within(root).getByRole('button', { name: 'Edit' }));
    expect(within(root).getByRole('textbox', { name: 'Edit note' })).toHaveValue(
      'Moving the backlog candidate to Riley: Morgan has eight reviews pending.',
    );
    await user.keyboard('{Escape}');
    expect(within(root).queryByRole('textbox')).toBeNull();
    expect(within(root).getByRole('button', { name: 'Edit' })).toHaveFocus();
  });

  it('edits and moderates with an optional reason', async () => {
    const user = userEvent.setup();
    const h = handlers();
    render(<CoachingThread notes={COACHING_NOTES} {...h} />);
    const root = noteOf('Moving the backlog candidate to Riley: Morgan has eight reviews pending.');
    await user.click(within(root).getByRole('button', { name: 'Edit' }));
    const box = within(root).getByRole('textbox', { name: 'Edit note' });
    await user.clear(box);
    await user.type(box, 'Moving it to Riley.');
    await user.click(within(root).getByRole('button', { name: 'Save' }));
    expect(h.onEdit).toHaveBeenCalledWith({ noteId: 'note-1', body: 'Moving it to Riley.' });
    await user.click(within(root).getByRole('button', { name: 'Flag' }));
    expect(within(root).getByText('Flag this note for moderation')).toBeInTheDocument();
    await user.type(within(root).getByRole('textbox', { name: 'Reason (optional)' }), 'Off topic');
    await user.click(within(root).getByRole('button', { name: 'Flag note' }));
    expect(h.onModerate).toHaveBeenCalledWith({
      noteId: 'note-1',
      verb: 'flag',
      reason: 'Off topic',
    });
  });

  it('keeps the text and turns read-only, calmly, when the server answers 403', async () => {
    const user = userEvent.setup();
    const refusal = apiErrorOf(PermissionDeniedError, 403, 'Override not accessible');
    const { container } = render(
      <CoachingThread
        notes={COACHING_NOTES}
        {...handlers()}
        onCreate={vi.fn().mockRejectedValue(refusal)}
      />,
    );
    const box = screen.getByRole('textbox', { name: 'New coaching note' });
    await user.type(box, 'My careful words');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    const notice = await screen.findByText('You may not do this here');
    expect(notice.closest('[role="status"]')).toHaveTextContent(
      'Your text is still here, so you can copy it.',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(box).toHaveValue('My careful words');
    expect(screen.getByRole('region', { name: 'Coaching notes' })).toHaveAttribute(
      'data-access',
      'read-only',
    );
    expect(screen.queryByRole('button', { name: 'Reply' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add note' })).toBeNull();
    expect(screen.getByText('This thread is read-only for you.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('shows another refusal as an error with its detail, keeping the text and the controls', async () => {
    const user = userEvent.setup();
    const refusal = apiErrorOf(InternalServerError, 500, 'Coaching store unavailable');
    render(
      <CoachingThread
        notes={COACHING_NOTES}
        {...handlers()}
        onEdit={vi.fn().mockRejectedValue(refusal)}
      />,
    );
    const root = noteOf('Why does Morgan always get the hard ones?');
    await user.click(within(root).getByRole('button', { name: 'Edit' }));
    await user.type(within(root).getByRole('textbox'), ' Asking for the record.');
    await user.click(within(root).getByRole('button', { name: 'Save' }));
    const alert = await within(root).findByRole('alert');
    expect(alert).toHaveTextContent('That did not go through');
    expect(alert).toHaveTextContent('Coaching store unavailable');
    expect(within(root).getByRole('textbox')).toHaveValue(
      'Why does Morgan always get the hard ones? Asking for the record.',
    );
    expect(within(root).getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('loads with a skeleton, says empty, and shows typed load errors with retry', async () => {
    const { container, rerender } = render(<CoachingThread />);
    expect(screen.getByRole('region')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the coaching notes');
    await expectNoAxeViolations(container);
    rerender(<CoachingThread notes={[]} onCreate={vi.fn()} />);
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'empty');
    expect(screen.getByText('No coaching notes yet')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'New coaching note' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
    const onRetry = vi.fn();
    rerender(
      <CoachingThread
        error={apiErrorOf(PermissionDeniedError, 403, 'Override not accessible')}
        onRetry={onRetry}
      />,
    );
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'forbidden');
    expect(screen.getByRole('alert')).toHaveTextContent('You cannot see these notes');
    rerender(
      <CoachingThread
        error={apiErrorOf(InternalServerError, 500, 'Database down')}
        onRetry={onRetry}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Database down');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('speaks German and takes message overrides', () => {
    renderWithGovkit(
      <CoachingThread notes={COACHING_NOTES} {...handlers()} messages={{ reply: 'Respond' }} />,
      {
        locale: 'de-DE',
        translations: { de },
      },
    );
    expect(screen.getByRole('heading', { name: 'Coaching-Notizen' })).toBeInTheDocument();
    expect(screen.getByText('3 Antworten')).toBeInTheDocument();
    expect(screen.getByText('Gemeldet')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Respond' }).length).toBeGreaterThan(0);
  });

  it('renders API text as text', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const first = COACHING_NOTES[0];
    if (!first) throw new Error('fixture');
    render(
      <CoachingThread
        notes={[{ ...first, body: payload, actor: { id: payload, name: payload, email: payload } }]}
      />,
    );
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText(payload, { selector: 'p' })).toBeInTheDocument();
  });
});

describe('ConnectedCoachingThread', () => {
  const server = useMockGovkitServer();
  const overrideId = findSeededOverride(createStore(), 'reversibleReassign').id;

  it('loads the seeded thread and posts a reply that shows at once and stays', async () => {
    const user = userEvent.setup();
    const { container } = renderWithGovkit(<ConnectedCoachingThread overrideId={overrideId} />);
    const root = await screen.findByText(SEEDED_COACHING_BODIES.reassignRoot);
    const note = root.closest('article') as HTMLElement;
    expect(note).toHaveTextContent('2 replies');
    await expectNoAxeViolations(container);
    await user.click(within(note).getByRole('button', { name: 'Reply' }));
    await user.type(within(note).getByRole('textbox'), 'Count me in');
    await user.click(within(note).getByRole('button', { name: 'Post reply' }));
    await waitFor(() => expect(noteOf('Count me in')).not.toHaveAttribute('data-pending'));
    expect(noteOf('Count me in')).toHaveTextContent('Avery Admin');
    expect(note).toHaveTextContent('3 replies');
  });

  it('flags a note, and the flagged state comes back from the server', async () => {
    const user = userEvent.setup();
    renderWithGovkit(<ConnectedCoachingThread overrideId={overrideId} />);
    const note = (await screen.findByText(SEEDED_COACHING_BODIES.reassignReply)).closest(
      'article',
    ) as HTMLElement;
    await user.click(within(note).getByRole('button', { name: 'Flag' }));
    await user.click(within(note).getByRole('button', { name: 'Flag note' }));
    await waitFor(() => expect(note).toHaveAttribute('data-moderation-state', 'flagged'));
    expect(within(note).queryByRole('button', { name: 'Flag' })).toBeNull();
    await user.click(within(note).getByText('Moderation history'));
    await waitFor(() => expect(note).toHaveTextContent('Flagged by user-admin'));
  });

  it('rolls an optimistic reply back when the server refuses, keeping the text', async () => {
    const user = userEvent.setup();
    server.use(
      overrideEndpoint(
        coachingEndpoints.create,
        () => HttpResponse.json({ detail: 'Coaching store unavailable' }, { status: 500 }),
        { baseURL: TEST_BASE_URL },
      ),
    );
    renderWithGovkit(<ConnectedCoachingThread overrideId={overrideId} />);
    await screen.findByText(SEEDED_COACHING_BODIES.reassignRoot);
    const box = screen.getByRole('textbox', { name: 'New coaching note' });
    await user.type(box, 'This will not stick');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Coaching store unavailable');
    expect(screen.queryByText('This will not stick', { selector: 'p' })).toBeNull();
    expect(box).toHaveValue('This will not stick');
  });

  it('refetches exactly the analytics reports the note can change', async () => {
    const user = userEvent.setup();
    const { queryClient } = renderWithGovkit(<ConnectedCoachingThread overrideId={overrideId} />);
    const mine = govkitKeys.analytics.report({
      executionId: 'exec-override-001',
      limit: 50,
      view: 'full',
    });
    const all = govkitKeys.analytics.report({ executionId: null, limit: 50, view: 'full' });
    const other = govkitKeys.analytics.report({
      executionId: 'exec-qpcr-001',
      limit: 50,
      view: 'full',
    });
    for (const key of [mine, all, other]) queryClient.setQueryData(key, { marker: true });
    const note = (await screen.findByText(SEEDED_COACHING_BODIES.reassignRoot)).closest(
      'article',
    ) as HTMLElement;
    await user.click(within(note).getByRole('button', { name: 'Resolve' }));
    await user.click(within(note).getByRole('button', { name: 'Resolve note' }));
    await waitFor(() => expect(queryClient.getQueryState(mine)?.isInvalidated).toBe(true));
    expect(queryClient.getQueryState(all)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(other)?.isInvalidated).toBe(false);
  });

  it('shows who may read the notes when the acting user may not', async () => {
    server.use(
      overrideEndpoint(
        coachingEndpoints.list,
        () => HttpResponse.json({ detail: 'Override not accessible' }, { status: 403 }),
        { baseURL: TEST_BASE_URL },
      ),
    );
    renderWithGovkit(<ConnectedCoachingThread overrideId={overrideId} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You cannot see these notes');
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
