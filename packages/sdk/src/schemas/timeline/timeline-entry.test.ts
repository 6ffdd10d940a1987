import { describe, expect, it } from 'vitest';
import { type ContractWarning, parseContract, safeParseContract } from '../shared/parse-mode';
import { type TimelineEntry, TimelineEntrySchema } from './timeline-entry';
import { TimelinePageSchema, TimelineParamsSchema } from './timeline-page';
import { TimelineStreamFrameSchema } from './timeline-stream-frame';

const at = '2025-01-01T00:00:00Z';
const common = { occurred_at: at, execution_id: 'exe-1', detail: {} };

function overrideAction(detail: Record<string, unknown>): TimelineEntry {
  return parseContract(TimelineEntrySchema, {
    ...common,
    entry_id: 'evt-1',
    entry_type: 'override_action',
    action: 'reassign',
    status: 'reversed',
    detail,
  });
}

describe('TimelineEntrySchema', () => {
  it('lifts cooldown_window_minutes from detail.detail when only nested', () => {
    const entry = overrideAction({
      recommendation_id: 'r:1',
      detail: { cooldown_window_minutes: 15, reversible: true },
    });
    expect(entry.entry_type).toBe('override_action');
    expect((entry.detail as { cooldown_window_minutes?: number }).cooldown_window_minutes).toBe(15);
  });

  it('keeps a top-level cooldown window over the nested one', () => {
    const entry = overrideAction({
      cooldown_window_minutes: 5,
      detail: { cooldown_window_minutes: 9 },
    });
    expect((entry.detail as { cooldown_window_minutes?: number }).cooldown_window_minutes).toBe(5);
  });

  it('falls back to reversal_event.cooldown_window_minutes and lifts a nested reversal_event', () => {
    const reversal = {
      id: 'rev',
      override_id: 'ov',
      created_at: at,
      cooldown_window_minutes: 20,
      diffs: [],
      previous_detail: {},
      current_detail: {},
      metadata: {},
    };
    const entry = overrideAction({ detail: { reversal_event: reversal } });
    const detail = entry.detail as { cooldown_window_minutes?: number; reversal_event?: unknown };
    expect(detail.cooldown_window_minutes).toBe(20);
    expect(detail.reversal_event).toMatchObject({ id: 'rev' });
  });

  it('parses every entry type with its detail', () => {
    const entries = [
      {
        entry_type: 'override_recommendation',
        detail: { rule_key: 'streak_cooldown', opted_out: false },
      },
      { entry_type: 'baseline_event', detail: { anything: [1, 2] }, summary: 'notes' },
      {
        entry_type: 'coaching_note',
        status: 'published',
        detail: {
          note_id: 'n1',
          override_id: 'ov',
          body: 'hi',
          moderation_state: 'published',
          thread_root_id: 'n1',
          reply_count: 2,
          metadata: {},
          moderation_history: [{ state: 'published', occurred_at: at, actor_id: 'u1' }],
        },
      },
      {
        entry_type: 'analytics_snapshot',
        detail: {
          reviewer_id: 'u1',
          load_band: 'light',
          lineage_summary: {
            scenarios: [{ scenario_id: 's', executed_count: 2, reversed_count: 1, net_count: 1 }],
            notebooks: [],
          },
        },
      },
    ];
    for (const [index, entry] of entries.entries()) {
      const result = safeParseContract(
        TimelineEntrySchema,
        { ...common, entry_id: `e${index}`, ...entry },
        { mode: 'strict' },
      );
      expect(result.success, entry.entry_type).toBe(true);
    }
  });

  it('rejects a known type with a malformed detail instead of treating it as unknown', () => {
    const result = TimelineEntrySchema.safeParse({
      ...common,
      entry_id: 'e',
      entry_type: 'coaching_note',
      detail: { body: 3 },
    });
    expect(result.success).toBe(false);
  });

  it('keeps an unknown entry type leniently, reports it, and rejects it strictly', () => {
    const raw = { ...common, entry_id: 'e', entry_type: 'guardrail_alert', detail: { x: 1 } };
    const warnings: ContractWarning[] = [];
    const entry = parseContract(TimelineEntrySchema, raw, { onWarning: (w) => warnings.push(w) });
    expect(entry.entry_type).toBe('guardrail_alert');
    expect(entry.detail).toEqual({ x: 1 });
    expect(safeParseContract(TimelineEntrySchema, raw, { mode: 'strict' }).success).toBe(false);
  });

  it('reports an extra field on a known entry', () => {
    const warnings: ContractWarning[] = [];
    parseContract(
      TimelineEntrySchema,
      { ...common, entry_id: 'e', entry_type: 'baseline_event', live_state: {} },
      { onWarning: (w) => warnings.push(w) },
    );
    expect(warnings.map((w) => w.path.join('.'))).toEqual(['live_state']);
  });
});

describe('timeline pages, params and frames', () => {
  it('parses a page and bounds limit', () => {
    expect(TimelinePageSchema.parse({ entries: [], next_cursor: null }).entries).toEqual([]);
    expect(TimelineParamsSchema.parse({}).limit).toBe(50);
    expect(TimelineParamsSchema.safeParse({ limit: '500' }).success).toBe(false);
  });

  it('discriminates stream frames on type and tolerates a new frame type', () => {
    const lock = {
      override_id: 'ov',
      recommendation_id: 'r',
      execution_id: 'exe-1',
      execution_hash: 'h',
      lock: { token: 't', tier: 'admin', tier_key: 'platform_admin', tier_level: 100 },
      cooldown: null,
    };
    const snapshot = TimelineStreamFrameSchema.parse({
      type: 'snapshot',
      execution_id: 'exe-1',
      locks: [lock],
      generated_at: at,
    });
    expect(snapshot.type).toBe('snapshot');
    const tick = TimelineStreamFrameSchema.parse({
      type: 'cooldown_tick',
      execution_id: 'exe-1',
      cooldowns: [{ override_id: 'ov', remaining_seconds: 0, expires_at: at }],
      generated_at: at,
    });
    expect(tick.type).toBe('cooldown_tick');
    expect(TimelineStreamFrameSchema.parse({ type: 'heartbeat' }).type).toBe('heartbeat');
    expect(
      safeParseContract(TimelineStreamFrameSchema, { type: 'heartbeat' }, { mode: 'strict' })
        .success,
    ).toBe(false);
  });
});
