import { describe, expect, it } from 'vitest';
import { parseContract } from '../shared/parse-mode';
import { CoachingNoteSchema } from './coaching-note';
import {
  COACHING_EMPTY_BODY_DETAIL,
  CoachingModerationActionSchema,
  CoachingNoteCreateSchema,
  CoachingNoteUpdateSchema,
} from './coaching-note-requests';

describe('coaching note requests', () => {
  it('trims the body and rejects whitespace-only bodies with the contract message', () => {
    expect(CoachingNoteCreateSchema.parse({ body: '  hi  ' }).body).toBe('hi');
    const result = CoachingNoteCreateSchema.safeParse({ body: '   ' });
    expect(result.error?.issues[0]?.message).toBe(COACHING_EMPTY_BODY_DETAIL);
  });
  it('closes the moderation states a client may request', () => {
    expect(CoachingNoteUpdateSchema.safeParse({ moderation_state: 'resolved' }).success).toBe(true);
    expect(CoachingNoteUpdateSchema.safeParse({ moderation_state: 'hidden' }).success).toBe(false);
  });
  it('allows an empty moderation action', () => {
    expect(CoachingModerationActionSchema.parse({})).toEqual({});
  });
});

describe('CoachingNoteSchema', () => {
  it('defaults history and metadata and keeps an unknown state', () => {
    const note = parseContract(CoachingNoteSchema, {
      id: 'n1',
      override_id: 'ov',
      moderation_state: 'escalated',
      body: 'b',
      metadata: null,
      created_at: '2025-01-01T00:00:00Z',
      updated_at: '2025-01-01T00:00:00Z',
    });
    expect(note.moderation_state).toBe('escalated');
    expect(note.metadata).toEqual({});
    expect(note.moderation_history).toEqual([]);
    expect(note.reply_count).toBe(0);
  });
});
