import { describe, expect, it } from 'vitest';
import { CoachingNoteSchema } from '../../schemas/coaching/coaching-note';
import { COACHING_NOTE_EVENT_TYPES } from '../governance/event-types';
import {
  createOverrideWorld,
  overrideRequest,
  WORLD_RECOMMENDATION as REC,
  WORLD_USERS as U,
} from '../overrides/fixtures/override-world';
import { isEngineError } from '../shared/engine-error';
import { createCoachingNoteEngine } from './coaching-note-engine';
import { createMemoryCoachingNoteStore } from './coaching-note-store';

function setup() {
  const world = createOverrideWorld();
  const override = world.overrides.execute(REC, overrideRequest('reassign'), U.actor);
  const other = world.overrides.execute(
    'streak_cooldown:u-1',
    overrideRequest('cooldown'),
    U.actor,
  );
  const store = createMemoryCoachingNoteStore();
  const coaching = createCoachingNoteEngine({
    directory: world.directory,
    events: world.events,
    overrides: world.overrides,
    clock: world.clock,
    ids: world.ids,
    store,
  });
  const noteEvents = () => world.events.list({ type_prefix: 'governance.coaching_note' });
  return { world, override, other, coaching, store, noteEvents };
}

function refusal(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (isEngineError(error)) return [error.status, error.detail];
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('coaching notes', () => {
  it('creates published roots and replies with threads and reply counts', () => {
    const { world, override, coaching, noteEvents } = setup();
    const root = coaching.create(override.id, { body: ' Watch the SLA ', metadata: {} }, U.lead);
    expect(root).toMatchObject({
      override_id: override.id,
      baseline_id: 'bl-1',
      execution_id: 'exe-1',
      parent_id: null,
      thread_root_id: root.id,
      moderation_state: 'published',
      body: 'Watch the SLA',
      reply_count: 0,
      actor: { id: U.lead, name: 'Lead', email: 'lead@biolabs.test' },
      last_edited_at: null,
    });
    expect(root.moderation_history).toEqual([
      {
        state: 'published',
        occurred_at: '2025-01-01T00:00:00.000Z',
        actor_id: U.lead,
        reason: null,
      },
    ]);
    world.clock.advance(1000);
    const reply = coaching.create(
      override.id,
      { body: 'Agreed', parent_id: root.id, metadata: {} },
      U.actor,
    );
    world.clock.advance(1000);
    const nested = coaching.create(
      override.id,
      { body: 'Done', parent_id: reply.id, metadata: {} },
      U.runner,
    );
    expect(nested).toMatchObject({ parent_id: reply.id, thread_root_id: root.id, reply_count: 2 });
    const listed = coaching.list(override.id, U.target);
    expect(listed.map((n) => [n.id, n.reply_count])).toEqual([
      [root.id, 2],
      [reply.id, 2],
      [nested.id, 2],
    ]);
    for (const note of listed) expect(CoachingNoteSchema.safeParse(note).success).toBe(true);
    expect(noteEvents().map((e) => e.event_type)).toEqual([
      COACHING_NOTE_EVENT_TYPES.created,
      COACHING_NOTE_EVENT_TYPES.created,
      COACHING_NOTE_EVENT_TYPES.created,
    ]);
    expect(noteEvents()[0]?.payload).toMatchObject({
      note_id: root.id,
      override_execution_id: 'exe-1',
    });
  });

  it('refuses empty bodies, foreign parents, unknown overrides and outsiders; nothing changes', () => {
    const { override, other, coaching, store, noteEvents } = setup();
    const foreign = coaching.create(other.id, { body: 'elsewhere', metadata: {} }, U.lead);
    const before = store.dump();
    const count = noteEvents().length;
    expect(
      refusal(() => coaching.create(override.id, { body: '   ', metadata: {} }, U.lead)),
    ).toEqual([422, 'Body cannot be empty']);
    expect(
      refusal(() =>
        coaching.create(override.id, { body: 'x', parent_id: foreign.id, metadata: {} }, U.lead),
      ),
    ).toEqual([404, 'Parent note not found']);
    expect(
      refusal(() => coaching.create('ovr-missing', { body: 'x', metadata: {} }, U.lead)),
    ).toEqual([404, 'Override not found']);
    expect(
      refusal(() => coaching.create(override.id, { body: 'x', metadata: {} }, U.outsider)),
    ).toEqual([403, 'Override not accessible']);
    expect(refusal(() => coaching.list(override.id, U.outsider))).toEqual([
      403,
      'Override not accessible',
    ]);
    expect(refusal(() => coaching.update('note-missing', { body: 'x' }, U.lead))).toEqual([
      404,
      'Note not found',
    ]);
    expect(store.dump()).toEqual(before);
    expect(noteEvents()).toHaveLength(count);
  });

  it('updates body, state and merged metadata; history grows only on real change', () => {
    const { world, override, coaching, noteEvents } = setup();
    const note = coaching.create(override.id, { body: 'v1', metadata: { a: 1 } }, U.lead);
    world.clock.advance(60_000);
    const edited = coaching.update(
      note.id,
      { body: 'v2', metadata: { b: 2, moderation_history: ['forged'] } },
      U.lead,
    );
    expect(edited.body).toBe('v2');
    expect(edited.last_edited_at).toBe('2025-01-01T00:01:00.000Z');
    expect(edited.metadata).toEqual({ a: 1, b: 2 });
    expect(edited.moderation_history).toHaveLength(1);
    const count = noteEvents().length;
    expect(coaching.update(note.id, { body: 'v2', moderation_state: 'published' }, U.lead)).toEqual(
      edited,
    );
    expect(noteEvents()).toHaveLength(count);
    world.clock.advance(1000);
    const drafted = coaching.update(note.id, { moderation_state: 'draft' }, U.lead);
    expect(drafted.moderation_history.map((h) => [h.state, h.reason])).toEqual([
      ['published', null],
      ['draft', null],
    ]);
    expect(drafted.last_edited_at).toBe(edited.last_edited_at);
    expect(noteEvents().at(-1)?.event_type).toBe(COACHING_NOTE_EVENT_TYPES.updated);
  });

  it('moderates with reasons; repeating a moderation is a no-op; removed notes stay listed', () => {
    const { override, coaching, noteEvents } = setup();
    const note = coaching.create(override.id, { body: 'hm', metadata: {} }, U.lead);
    const flagged = coaching.moderate(
      note.id,
      'flag',
      { reason: 'tone', metadata: { by: 'qa' } },
      U.manager,
    );
    expect(flagged.moderation_state).toBe('flagged');
    expect(flagged.metadata).toEqual({ by: 'qa' });
    expect(flagged.moderation_history.at(-1)).toMatchObject({
      state: 'flagged',
      actor_id: U.manager,
      reason: 'tone',
    });
    const count = noteEvents().length;
    expect(coaching.moderate(note.id, 'flag', { reason: 'again' }, U.manager)).toEqual(flagged);
    expect(noteEvents()).toHaveLength(count);
    coaching.moderate(note.id, 'resolve', undefined, U.manager);
    const removed = coaching.moderate(note.id, 'remove', { reason: 'spam' }, U.admin);
    expect(removed.moderation_history.map((h) => h.state)).toEqual([
      'published',
      'flagged',
      'resolved',
      'removed',
    ]);
    expect(coaching.list(override.id, U.actor).map((n) => n.moderation_state)).toEqual(['removed']);
    expect(noteEvents().at(-1)?.event_type).toBe(COACHING_NOTE_EVENT_TYPES.moderated);
  });
});
