import { describe, expect, it } from 'vitest';
import { CoachingNoteSchema } from '../../schemas/coaching/coaching-note';
import { COACHING_NOTE_EVENT_TYPES } from '../governance/event-types';
import {
  createOverrideWorld,
  overrideRequest,
  WORLD_RECOMMENDATION as REC,
  WORLD_USERS as U,
} from '../overrides/fixtures/override-world';
import { refusalOf } from '../shared/fixtures/refusal';
import { createCoachingNoteEngine } from './coaching-note-engine';
import { createMemoryCoachingNoteStore } from './coaching-note-store';

function setup() {
  const world = createOverrideWorld();
  const override = world.overrides.execute(U.actor, REC, overrideRequest('reassign'));
  const other = world.overrides.execute(
    U.actor,
    'streak_cooldown:u-1',
    overrideRequest('cooldown'),
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

describe('coaching notes', () => {
  it('creates published roots and replies with threads and reply counts', () => {
    const { world, override, coaching, noteEvents } = setup();
    const root = coaching.create(U.lead, override.id, { body: ' Watch the SLA ', metadata: {} });
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
    const reply = coaching.create(U.actor, override.id, {
      body: 'Agreed',
      parent_id: root.id,
      metadata: {},
    });
    world.clock.advance(1000);
    const nested = coaching.create(U.runner, override.id, {
      body: 'Done',
      parent_id: reply.id,
      metadata: {},
    });
    expect(nested).toMatchObject({ parent_id: reply.id, thread_root_id: root.id, reply_count: 2 });
    const listed = coaching.list(U.target, override.id);
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
    const foreign = coaching.create(U.lead, other.id, { body: 'elsewhere', metadata: {} });
    const before = store.dump();
    const count = noteEvents().length;
    expect(
      refusalOf(() => coaching.create(U.lead, override.id, { body: '   ', metadata: {} })),
    ).toEqual([422, 'Body cannot be empty']);
    expect(
      refusalOf(() =>
        coaching.create(U.lead, override.id, { body: 'x', parent_id: foreign.id, metadata: {} }),
      ),
    ).toEqual([404, 'Parent note not found']);
    expect(
      refusalOf(() => coaching.create(U.lead, 'ovr-missing', { body: 'x', metadata: {} })),
    ).toEqual([404, 'Override not found']);
    expect(
      refusalOf(() => coaching.create(U.outsider, override.id, { body: 'x', metadata: {} })),
    ).toEqual([403, 'Override not accessible']);
    expect(refusalOf(() => coaching.list(U.outsider, override.id))).toEqual([
      403,
      'Override not accessible',
    ]);
    expect(refusalOf(() => coaching.update(U.lead, 'note-missing', { body: 'x' }))).toEqual([
      404,
      'Note not found',
    ]);
    expect(store.dump()).toEqual(before);
    expect(noteEvents()).toHaveLength(count);
  });

  it('updates body, state and merged metadata; history grows only on real change', () => {
    const { world, override, coaching, noteEvents } = setup();
    const note = coaching.create(U.lead, override.id, { body: 'v1', metadata: { a: 1 } });
    world.clock.advance(60_000);
    const edited = coaching.update(U.lead, note.id, {
      body: 'v2',
      metadata: { b: 2, moderation_history: ['forged'] },
    });
    expect(edited.body).toBe('v2');
    expect(edited.last_edited_at).toBe('2025-01-01T00:01:00.000Z');
    expect(edited.metadata).toEqual({ a: 1, b: 2 });
    expect(edited.moderation_history).toHaveLength(1);
    const count = noteEvents().length;
    expect(coaching.update(U.lead, note.id, { body: 'v2', moderation_state: 'published' })).toEqual(
      edited,
    );
    expect(noteEvents()).toHaveLength(count);
    world.clock.advance(1000);
    const drafted = coaching.update(U.lead, note.id, { moderation_state: 'draft' });
    expect(drafted.moderation_history.map((h) => [h.state, h.reason])).toEqual([
      ['published', null],
      ['draft', null],
    ]);
    expect(drafted.last_edited_at).toBe(edited.last_edited_at);
    expect(noteEvents().at(-1)?.event_type).toBe(COACHING_NOTE_EVENT_TYPES.updated);
  });

  it('moderates with reasons; repeating a moderation is a no-op; removed notes stay listed', () => {
    const { override, coaching, noteEvents } = setup();
    const note = coaching.create(U.lead, override.id, { body: 'hm', metadata: {} });
    const flagged = coaching.moderate(U.manager, note.id, 'flag', {
      reason: 'tone',
      metadata: { by: 'qa' },
    });
    expect(flagged.moderation_state).toBe('flagged');
    expect(flagged.metadata).toEqual({ by: 'qa' });
    expect(flagged.moderation_history.at(-1)).toMatchObject({
      state: 'flagged',
      actor_id: U.manager,
      reason: 'tone',
    });
    const count = noteEvents().length;
    expect(coaching.moderate(U.manager, note.id, 'flag', { reason: 'again' })).toEqual(flagged);
    expect(noteEvents()).toHaveLength(count);
    coaching.moderate(U.manager, note.id, 'resolve', undefined);
    const removed = coaching.moderate(U.admin, note.id, 'remove', { reason: 'spam' });
    expect(removed.moderation_history.map((h) => h.state)).toEqual([
      'published',
      'flagged',
      'resolved',
      'removed',
    ]);
    expect(coaching.list(U.actor, override.id).map((n) => n.moderation_state)).toEqual(['removed']);
    expect(noteEvents().at(-1)?.event_type).toBe(COACHING_NOTE_EVENT_TYPES.moderated);
  });
});
