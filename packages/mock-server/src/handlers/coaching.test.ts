import { NotFoundError, PermissionDeniedError } from '@govkit/sdk';
import { describe, expect, it } from 'vitest';
import { SEEDED_COACHING_BODIES as BODY, findSeededCoachingNote } from '../seed/coaching';
import { findSeededOverride } from '../seed/overrides';
import { HARNESS_TRANSPORTS } from '../testing/mock-api-harness';
import { useMockApiHarness } from '../testing/use-mock-api-harness';

// Contract tests: the real SDK client against the coaching-note handlers, in-process and over HTTP.
describe.each(HARNESS_TRANSPORTS)('coaching notes over %s', (transport) => {
  const api = useMockApiHarness(transport);

  const as = (user: string) => api.client.withOptions({ headers: { 'x-govkit-user': user } });
  const refusal = (promise: Promise<unknown>) => promise.catch((error: unknown) => error);
  const overrideId = (name: Parameters<typeof findSeededOverride>[1]) =>
    findSeededOverride(api.store, name).id;
  const nowIso = () => new Date(api.store.clock.now()).toISOString();

  it('lists an override’s threads oldest first, removed notes included', async () => {
    const notes = await api.client.coaching.list(overrideId('reversibleReassign'));
    expect(notes.map((n) => n.body)).toEqual([
      BODY.reassignRoot,
      BODY.reassignReply,
      'Thanks, that frees up my Friday.',
      BODY.flaggedRoot,
    ]);
    const [root, reply, , flagged] = notes;
    expect(root).toMatchObject({ reply_count: 2, parent_id: null, actor: { id: 'user-lead' } });
    expect(root?.thread_root_id).toBe(root?.id);
    expect(reply).toMatchObject({ parent_id: root?.id, thread_root_id: root?.id, reply_count: 2 });
    expect(flagged?.moderation_state).toBe('flagged');
    expect(flagged?.moderation_history.at(-1)).toMatchObject({
      state: 'flagged',
      actor_id: 'user-admin',
      reason: 'Tone: please keep it about the workload',
    });
    const cooling = await api.client.coaching.list(overrideId('coolingDown'));
    expect(cooling.map((n) => n.moderation_state)).toEqual(['resolved', 'removed']);
  });

  it('creates roots (201, published) and replies that bump the thread’s reply count', async () => {
    const override = overrideId('irreversible');
    const created = await api.fetch(`/api/governance/overrides/${override}/coaching-notes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-govkit-user': 'user-lead' },
      body: JSON.stringify({ body: '  Why escalate before the QC retest?  ' }),
    });
    expect(created.status).toBe(201);
    const root = (await created.json()) as { id: string; body: string };
    expect(root.body).toBe('Why escalate before the QC retest?');
    const reply = await as('user-manager').coaching.create(override, {
      body: 'The retest slot is three days out.',
      parent_id: root.id,
      metadata: { channel: 'sync' },
    });
    expect(reply).toMatchObject({
      moderation_state: 'published',
      thread_root_id: root.id,
      reply_count: 1,
      metadata: { channel: 'sync' },
      execution_id: findSeededOverride(api.store, 'irreversible').execution_id,
      created_at: nowIso(),
    });
    const listed = await api.client.coaching.list(override);
    expect(listed.find((n) => n.id === root.id)?.reply_count).toBe(1);
  });

  it('refuses a foreign parent (404), an empty body (422) and an unknown override (404)', async () => {
    const override = overrideId('irreversible');
    const foreign = findSeededCoachingNote(api.store, 'reassignRoot');
    const parent = await refusal(
      api.client.coaching.create(override, { body: 'Reply', parent_id: foreign.id }),
    );
    expect(parent).toBeInstanceOf(NotFoundError);
    expect(parent).toMatchObject({ detail: 'Parent note not found' });
    const empty = await api.fetch(`/api/governance/overrides/${override}/coaching-notes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: '   ' }),
    });
    expect(empty.status).toBe(422);
    expect(JSON.stringify(await empty.json())).toContain('Body cannot be empty');
    const missing = await refusal(api.client.coaching.list('ovr-nope'));
    expect(missing).toMatchObject({ status: 404, detail: 'Override not found' });
    expect(api.store.version).toBe(0);
  });

  it('keeps the partner override’s notes from everyone outside it (403)', async () => {
    const partner = overrideId('partner');
    const note = findSeededCoachingNote(api.store, 'partnerRoot');
    for (const call of [
      () => as('user-member').coaching.list(partner),
      () => as('user-member').coaching.create(partner, { body: 'Hello?' }),
      () => as('user-member').coaching.update(note.id, { body: 'Edited' }),
      () => as('user-member').coaching.flag(note.id),
    ]) {
      const error = await refusal(call());
      expect(error).toBeInstanceOf(PermissionDeniedError);
      expect(error).toMatchObject({ detail: 'Override not accessible' });
    }
    expect(await api.client.coaching.list(partner)).toHaveLength(1);
    expect(api.store.version).toBe(0);
  });

  it('updates body, state and merged metadata; a no-op writes nothing', async () => {
    const note = findSeededCoachingNote(api.store, 'reassignReply');
    api.store.clock.advance(60_000);
    const edited = await as('user-reviewer').coaching.update(note.id, {
      body: 'Happy to take it; done by noon.',
      metadata: { edited_from: 'console' },
    });
    expect(edited).toMatchObject({
      body: 'Happy to take it; done by noon.',
      last_edited_at: nowIso(),
      metadata: { source: 'seed', edited_from: 'console' },
      moderation_state: 'published',
    });
    const draft = await api.client.coaching.update(note.id, { moderation_state: 'draft' });
    expect(draft.moderation_history.at(-1)).toMatchObject({ state: 'draft', reason: null });
    const version = api.store.version;
    await api.client.coaching.update(note.id, { moderation_state: 'draft' });
    expect(api.store.version).toBe(version);
    const missing = await refusal(api.client.coaching.update('note-nope', { body: 'x' }));
    expect(missing).toMatchObject({ status: 404, detail: 'Note not found' });
    const invalid = await api.fetch(`/api/governance/coaching-notes/${note.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ moderation_state: 'hidden' }),
    });
    expect(invalid.status).toBe(422);
  });

  it('flags, resolves and removes with a reason; repeating a verb is a no-op', async () => {
    const note = findSeededCoachingNote(api.store, 'reassignRoot');
    const flagged = await api.client.coaching.flag(note.id, { reason: 'Check the numbers' });
    expect(flagged.moderation_state).toBe('flagged');
    const resolved = await as('user-lead').coaching.resolve(note.id);
    expect(resolved.moderation_history.at(-1)).toMatchObject({
      state: 'resolved',
      actor_id: 'user-lead',
      reason: null,
    });
    const removed = await api.client.coaching.remove(note.id, {
      reason: 'Superseded',
      metadata: { by: 'moderation' },
    });
    expect(removed).toMatchObject({ moderation_state: 'removed', metadata: { by: 'moderation' } });
    expect(removed.moderation_history.map((h) => h.state)).toEqual([
      'published',
      'flagged',
      'resolved',
      'removed',
    ]);
    const version = api.store.version;
    const again = await api.client.coaching.remove(note.id, { reason: 'Twice' });
    expect(again.moderation_history).toHaveLength(4);
    expect(api.store.version).toBe(version);
    const missing = await refusal(api.client.coaching.resolve('note-nope'));
    expect(missing).toBeInstanceOf(NotFoundError);
  });
});
