import type { CoachingNote } from '@govkit/sdk';

const OVERRIDE = 'ovr-reassign-001';
const EXECUTION = 'exec-override-001';
const people = {
  lee: { id: 'user-lead', name: 'Lee Lead', email: 'lee.lead@govkit.test' },
  riley: { id: 'user-reviewer', name: 'Riley Reviewer', email: 'riley.reviewer@govkit.test' },
  morgan: { id: 'user-manager', name: 'Morgan Manager', email: 'morgan.manager@govkit.test' },
  max: { id: 'user-member', name: 'Max Member', email: 'max.member@govkit.test' },
};

function note(
  id: string,
  at: string,
  actor: (typeof people)[keyof typeof people],
  body: string,
  extra: Partial<CoachingNote> = {},
): CoachingNote {
  return {
    id,
    override_id: OVERRIDE,
    baseline_id: 'baseline-001',
    execution_id: EXECUTION,
    parent_id: null,
    thread_root_id: id,
    moderation_state: 'published',
    body,
    reply_count: 0,
    metadata: {},
    moderation_history: [{ state: 'published', occurred_at: at, actor_id: actor.id, reason: null }],
    actor,
    created_at: at,
    updated_at: at,
    last_edited_at: null,
    ...extra,
  };
}

/** The reassign thread of the seeded world as the list endpoint answers it: every moderation state once. */
export const COACHING_NOTES: CoachingNote[] = [
  note(
    'note-1',
    '2026-01-14T13:00:00Z',
    people.lee,
    'Moving the backlog candidate to Riley: Morgan has eight reviews pending.',
    { reply_count: 3 },
  ),
  note(
    'note-2',
    '2026-01-14T14:00:00Z',
    people.riley,
    'Happy to take it; I can review it by tomorrow morning.',
    {
      parent_id: 'note-1',
      thread_root_id: 'note-1',
      reply_count: 3,
      last_edited_at: '2026-01-14T14:20:00Z',
    },
  ),
  note('note-3', '2026-01-14T15:00:00Z', people.morgan, 'Thanks, that frees up my Friday.', {
    parent_id: 'note-2',
    thread_root_id: 'note-1',
    reply_count: 3,
  }),
  note(
    'note-4',
    '2026-01-14T15:30:00Z',
    people.max,
    'Duplicate of the note above, please ignore.',
    {
      parent_id: 'note-1',
      thread_root_id: 'note-1',
      reply_count: 3,
      moderation_state: 'removed',
      moderation_history: [
        {
          state: 'published',
          occurred_at: '2026-01-14T15:30:00Z',
          actor_id: 'user-member',
          reason: null,
        },
        {
          state: 'removed',
          occurred_at: '2026-01-14T15:40:00Z',
          actor_id: 'user-admin',
          reason: 'Duplicate',
        },
      ],
    },
  ),
  note('note-5', '2026-01-14T17:00:00Z', people.max, 'Why does Morgan always get the hard ones?', {
    moderation_state: 'flagged',
    moderation_history: [
      {
        state: 'published',
        occurred_at: '2026-01-14T17:00:00Z',
        actor_id: 'user-member',
        reason: null,
      },
      {
        state: 'flagged',
        occurred_at: '2026-01-14T18:00:00Z',
        actor_id: 'user-admin',
        reason: 'Tone: please keep it about the workload',
      },
    ],
  }),
  note(
    'note-6',
    '2026-01-15T09:00:00Z',
    people.riley,
    'Reverting the cooldown: the streak was a release-week artefact.',
    {
      moderation_state: 'resolved',
    },
  ),
  note(
    'note-7',
    '2026-01-15T10:00:00Z',
    people.morgan,
    'Drafting the reversal rationale before the sync.',
    {
      moderation_state: 'draft',
    },
  ),
];

/** `threads` threads of `repliesPerThread` replies each, for the Large story. */
export function largeCoachingThread(threads: number, repliesPerThread: number): CoachingNote[] {
  const notes: CoachingNote[] = [];
  const authors = Object.values(people);
  const start = Date.parse('2026-01-01T08:00:00Z');
  for (let t = 0; t < threads; t += 1) {
    const rootId = `note-${t}`;
    const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
    const author = authors[t % authors.length] ?? people.lee;
    notes.push(
      note(
        rootId,
        at(t * 180),
        author,
        `Thread ${t + 1}: reviewer load on stage ${(t % 4) + 1} is above the ladder's target.`,
        {
          reply_count: repliesPerThread,
        },
      ),
    );
    for (let r = 0; r < repliesPerThread; r += 1) {
      const replier = authors[(t + r + 1) % authors.length] ?? people.riley;
      notes.push(
        note(
          `note-${t}-${r}`,
          at(t * 180 + (r + 1) * 10),
          replier,
          `Reply ${r + 1}: noted, I will pick this up after the sync.`,
          {
            parent_id: r > 0 && r % 3 === 0 ? `note-${t}-${r - 1}` : rootId,
            thread_root_id: rootId,
            reply_count: repliesPerThread,
            moderation_state: r === 2 ? 'flagged' : 'published',
          },
        ),
      );
    }
  }
  return notes;
}
