import { BadRequestError, NotFoundError, PermissionDeniedError } from '@govkit/sdk';
import { isKnownTimelineEntry, type TimelineEntry } from '@govkit/sdk/schemas';
import { describe, expect, it } from 'vitest';
import { findSeededOverride, SEEDED_OVERRIDES } from '../seed/overrides';
import { SEEDED_OVERRIDE_EXECUTIONS as EXEC } from '../seed/overrides-world';
import { HARNESS_TRANSPORTS } from '../testing/mock-api-harness';
import { useMockApiHarness } from '../testing/use-mock-api-harness';

// Contract tests of the decision timeline list (the live stream is in timeline-stream.test.ts).
describe.each(HARNESS_TRANSPORTS)('timeline over %s', (transport) => {
  const api = useMockApiHarness(transport);

  const as = (user: string) => api.client.withOptions({ headers: { 'x-govkit-user': user } });
  const refusal = (promise: PromiseLike<unknown>) =>
    Promise.resolve(promise).then(
      () => undefined,
      (error: unknown) => error,
    );

  // Every entry the engine has for the admin, walked page by page without the client.
  const engineEntryIds = (executionId?: string) => {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = api.store.timeline.engine.list('user-admin', {
        limit: 200,
        ...(executionId ? { execution_id: executionId } : {}),
        ...(cursor ? { cursor } : {}),
      });
      ids.push(...page.entries.map((entry) => entry.entry_id));
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    return ids;
  };

  it('walks every entry exactly once, newest first, with for await', async () => {
    const expected = engineEntryIds();
    expect(expected.length).toBeGreaterThan(30);
    const entries: TimelineEntry[] = [];
    for await (const entry of api.client.timeline.list({ limit: 7 })) entries.push(entry);
    const ids = entries.map((entry) => entry.entry_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expected);
    const times = entries.map((entry) => Date.parse(entry.occurred_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('issues cursors that never repeat or skip an entry', async () => {
    const seen: string[] = [];
    let page = await api.client.timeline.list({ limit: 5, execution_id: EXEC.review });
    let pages = 1;
    for (;;) {
      seen.push(...page.entries.map((entry) => entry.entry_id));
      if (!page.next_cursor) break;
      expect(page.entries).toHaveLength(5);
      page = await api.client.timeline.list({
        limit: 5,
        execution_id: EXEC.review,
        cursor: page.next_cursor,
      });
      pages += 1;
    }
    expect(pages).toBeGreaterThan(2);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(engineEntryIds(EXEC.review));
  });

  it('shows overrides with lineage and reversal cooldowns, notes, baselines and analytics', async () => {
    const entries: TimelineEntry[] = [];
    for await (const entry of api.client.timeline.list({ execution_id: EXEC.cooldown })) {
      entries.push(entry);
    }
    expect(entries.every((e) => e.execution_id === EXEC.cooldown)).toBe(true);
    const types = new Set(entries.map((entry) => entry.entry_type));
    for (const type of [
      'override_action',
      'coaching_note',
      'baseline_event',
      'analytics_snapshot',
    ]) {
      expect(types).toContain(type);
    }
    const cooling = findSeededOverride(api.store, 'coolingDown');
    const reversal = entries.find(
      (e) =>
        isKnownTimelineEntry(e) &&
        e.entry_type === 'override_action' &&
        e.status === 'reversed' &&
        e.detail.override_id === cooling.id,
    );
    expect(reversal?.detail).toMatchObject({
      cooldown_window_minutes: 120,
      cooldown_expires_at: cooling.cooldown_expires_at,
      reversal_event: { cooldown_window_minutes: 120 },
      detail: { cooldown_window_minutes: 120 },
    });
    expect(reversal?.lineage?.scenario?.id).toBe('scenario-faster-signoff');
    const analytics = entries
      .filter(isKnownTimelineEntry)
      .find((e) => e.entry_type === 'analytics_snapshot');
    expect(analytics?.detail.lineage_summary).toMatchObject({
      scenarios: expect.any(Array),
      notebooks: expect.any(Array),
    });
    const notes = entries.filter((e) => e.entry_type === 'coaching_note');
    expect(notes.map((e) => e.summary)).toEqual(
      expect.arrayContaining(['Coaching note added', 'Coaching reply posted']),
    );
  });

  it('records generated recommendations on their executions', async () => {
    const page = await api.client.timeline.list({ execution_id: EXEC.review, limit: 200 });
    const recommendations = page.entries.filter((e) => e.entry_type === 'override_recommendation');
    expect(recommendations.map((e) => e.rule_key)).toEqual(
      expect.arrayContaining(['cadence_overload', 'streak_cooldown']),
    );
    expect(SEEDED_OVERRIDES.locked.execution_id).toBe(EXEC.review);
  });

  it('answers 404, 403 and 400 (a cursor it did not issue) without writing', async () => {
    const missing = await refusal(api.client.timeline.list({ execution_id: 'exec-nope' }));
    expect(missing).toBeInstanceOf(NotFoundError);
    const forbidden = await refusal(
      as('user-member').timeline.list({ execution_id: EXEC.partner }),
    );
    expect(forbidden).toBeInstanceOf(PermissionDeniedError);
    const cursor = await refusal(api.client.timeline.list({ cursor: 'not-a-cursor' }));
    expect(cursor).toBeInstanceOf(BadRequestError);
    const limit = await api.fetch('/api/experiment-console/governance/timeline?limit=0');
    expect(limit.status).toBe(422);
    expect(api.store.version).toBe(0);
  });

  it('hides the partner execution from everyone but the admin', async () => {
    const member: TimelineEntry[] = [];
    for await (const entry of as('user-member').timeline.list({ limit: 200 })) member.push(entry);
    expect(member.length).toBeGreaterThan(0);
    expect(member.some((entry) => entry.execution_id === EXEC.partner)).toBe(false);
    const admin = await api.client.timeline.list({ execution_id: EXEC.partner });
    expect(admin.entries.some((entry) => entry.entry_type === 'override_action')).toBe(true);
  });
});
