import type { CoachingNote } from '@govkit/sdk';
import type { MockStore } from '../store/mock-store';
import type { SeededRandom } from '../store/seeded-random';
import { findSeededOverride, type SeededOverrideName } from './overrides';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** A seeded coaching note, found by its body (bodies are unique in a seeded world). */
export const SEEDED_COACHING_BODIES = {
  /** Root on `reversibleReassign` by `user-lead`, published, with two replies. */
  reassignRoot: 'Moving the backlog candidate to Riley: Morgan has eight reviews pending.',
  /** Reply to `reassignRoot` by `user-reviewer`. */
  reassignReply: 'Happy to take it; I can review it by tomorrow morning.',
  /** Second root on `reversibleReassign` by `user-member`, flagged by `user-admin`. */
  flaggedRoot: 'Why does Morgan always get the hard ones?',
  /** Root on `coolingDown` by `user-reviewer`, resolved by `user-lead`. */
  resolvedRoot: 'Reverting the cooldown: the streak was a release-week artefact.',
  /** Reply to `resolvedRoot` by `user-manager`, removed by `user-admin`. */
  removedReply: 'Duplicate of the note above, please ignore.',
  /** Root on `locked` by `user-manager`, moved back to draft. */
  draftRoot: 'Drafting the reversal rationale before the sync.',
  /** Root on `partner` by `user-admin` (only the admin can read it). */
  partnerRoot: 'Partner lab asked us to hold reviews until their audit closes.',
} as const;

/** The name of a seeded coaching note. */
export type SeededCoachingNoteName = keyof typeof SEEDED_COACHING_BODIES;

/**
 * The seeded note with that body (read from the store; no RBAC). Throws when the world has none.
 *
 * @example
 * const note = findSeededCoachingNote(store, 'flaggedRoot'); // moderation_state 'flagged'
 */
export function findSeededCoachingNote(store: MockStore, name: SeededCoachingNoteName) {
  const note = store.coaching.store.list().find((row) => row.body === SEEDED_COACHING_BODIES[name]);
  if (!note) throw new Error(`No seeded coaching note ${name}`);
  return note;
}

const REPLY_BODIES = [
  'Agreed, this matches what we saw in the last release.',
  'Can we revisit after the next preview run?',
  'Noted; I will watch the SLA delta this week.',
  'The blocker is upstream of the reviewers, FYI.',
];

/**
 * Seed coaching threads through the engine, dated in the hours after their overrides:
 * every note of {@link SEEDED_COACHING_BODIES} (roots and replies; published, flagged, resolved,
 * removed and draft) plus, at any scale, one short thread on `round(4 × scale)` other overrides.
 */
export function seedCoaching(store: MockStore, rng: SeededRandom, scale: number): void {
  if (scale <= 0) return;
  const now = store.clock.now();
  const engine = store.coaching.engine;
  const B = SEEDED_COACHING_BODIES;
  const note = (
    on: SeededOverrideName,
    author: string,
    body: string,
    minutesAgo: number,
    parent?: CoachingNote,
  ) => {
    store.clock.set(now - minutesAgo * MINUTE_MS);
    return engine.create(author, findSeededOverride(store, on).id, {
      body,
      parent_id: parent?.id ?? null,
      metadata: { source: 'seed' },
    });
  };
  const later = (minutesAgo: number) => store.clock.set(now - minutesAgo * MINUTE_MS);

  const root = note('reversibleReassign', 'user-lead', B.reassignRoot, 23 * 60);
  note('reversibleReassign', 'user-reviewer', B.reassignReply, 22 * 60, root);
  note('reversibleReassign', 'user-manager', 'Thanks, that frees up my Friday.', 21 * 60, root);
  const flagged = note('reversibleReassign', 'user-member', B.flaggedRoot, 20 * 60);
  later(19 * 60);
  engine.moderate('user-admin', flagged.id, 'flag', {
    reason: 'Tone: please keep it about the workload',
  });

  const resolved = note('coolingDown', 'user-reviewer', B.resolvedRoot, 9);
  const removed = note('coolingDown', 'user-manager', B.removedReply, 8, resolved);
  later(7);
  engine.moderate('user-admin', removed.id, 'remove', { reason: 'Duplicate' });
  later(6);
  engine.moderate('user-lead', resolved.id, 'resolve', { reason: 'Explained in the sync' });

  const draft = note('locked', 'user-manager', B.draftRoot, 2);
  later(1);
  engine.update('user-manager', draft.id, { moderation_state: 'draft' });
  note('partner', 'user-admin', B.partnerRoot, 12 * 60);

  seedExtraThreads(store, rng, Math.round(4 * scale), now);
}

// Short threads on other overrides (batch executions first), so bigger worlds have more notes.
function seedExtraThreads(store: MockStore, rng: SeededRandom, count: number, now: number): void {
  const engine = store.coaching.engine;
  const candidates = store.overrides.engine
    .listRecords()
    .filter((row) => row.execution_id.startsWith('exec-override-batch-'));
  for (let i = 0; i < count && candidates.length > 0; i += 1) {
    const override = candidates[i % candidates.length];
    if (!override) break;
    const start = Date.parse(override.updated_at) + rng.int(5, 120) * MINUTE_MS;
    store.clock.set(Math.min(start, now - MINUTE_MS));
    const root = engine.create('user-admin', override.id, {
      body: `Context for ${override.recommendation_id} (${i + 1})`,
      metadata: {},
    });
    const replies = rng.int(0, 2);
    for (let r = 0; r < replies; r += 1) {
      store.clock.set(Math.min(start + (r + 1) * HOUR_MS, now - MINUTE_MS));
      engine.create(rng.pick(['user-lead', 'user-reviewer', override.actor_id]), override.id, {
        body: rng.pick(REPLY_BODIES),
        parent_id: root.id,
        metadata: {},
      });
    }
  }
}
