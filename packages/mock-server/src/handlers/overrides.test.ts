import {
  BadRequestError,
  ConflictError,
  createClient,
  LineageRequiredError,
  NotFoundError,
  PermissionDeniedError,
  ReversalCoolingDownError,
  ReversalLockedError,
} from '@govkit/sdk';
import { describe, expect, it } from 'vitest';
import { findSeededOverride, SEEDED_LOCK_HOLDER, SEEDED_OVERRIDES } from '../seed/overrides';
import {
  SEEDED_OVERRIDE_EXECUTIONS as EXEC,
  SEEDED_OVERRIDE_NOTEBOOKS as NOTEBOOK,
  SEEDED_OVERRIDE_SCENARIOS as SCENARIO,
  SEEDED_SATURATED_REVIEWER,
} from '../seed/overrides-world';
import { HARNESS_TRANSPORTS } from '../testing/mock-api-harness';
import { useMockApiHarness } from '../testing/use-mock-api-harness';

const LOCK_TTL_MS = 300_000;

// Contract tests: the real SDK client against the override handlers, in-process and over HTTP.
describe.each(HARNESS_TRANSPORTS)('overrides over %s', (transport) => {
  const api = useMockApiHarness(transport);

  const as = (user: string) => api.client.withOptions({ headers: { 'x-govkit-user': user } });
  const refusal = (promise: Promise<unknown>) => promise.catch((error: unknown) => error);
  const F = SEEDED_OVERRIDES;

  describe('recommendations', () => {
    it('lists the rules fired by the seeded reviewer cadence, raised one step for admins', async () => {
      const admin = await api.client.overrides.recommendations.list();
      const ids = admin.recommendations.map((r) => r.recommendation_id);
      expect(ids).toContain(`cadence_overload:${SEEDED_SATURATED_REVIEWER}`);
      expect(ids).toContain(`streak_cooldown:${SEEDED_SATURATED_REVIEWER}`);
      const streak = (list: typeof admin) =>
        list.recommendations.find((r) => r.rule_key === 'streak_cooldown');
      expect(streak(admin)).toMatchObject({ action: 'cooldown', priority: 'high' });
      const lead = await as('user-lead').overrides.recommendations.list({ limit: 200 });
      expect(streak(lead)).toMatchObject({ priority: 'medium', allow_opt_out: true });
      const one = await api.client.overrides.recommendations.list({ limit: 1 });
      expect(one.recommendations).toHaveLength(1);
    });

    it('answers 404 for an unknown execution and 403 for an unreadable one', async () => {
      const missing = await refusal(
        api.client.overrides.recommendations.list({ execution_id: 'exec-nope' }),
      );
      expect(missing).toBeInstanceOf(NotFoundError);
      const forbidden = await refusal(
        as('user-member').overrides.recommendations.list({ execution_id: EXEC.partner }),
      );
      expect(forbidden).toBeInstanceOf(PermissionDeniedError);
    });
  });

  describe('accept, decline, execute', () => {
    it('writes each status with its lineage context', async () => {
      const lead = as('user-lead').overrides;
      const body = {
        execution_id: EXEC.review,
        action: 'escalate' as const,
        notes: 'Escalate the QC stage.',
        lineage: { scenario_id: SCENARIO.reagent, notebook_entry_id: NOTEBOOK.review },
      };
      const accepted = await lead.accept('blocker_churn_escalation:user-member', body);
      expect(accepted).toMatchObject({
        status: 'accepted',
        actor_id: 'user-lead',
        execution_id: EXEC.review,
        lineage: {
          scenario: { id: SCENARIO.reagent, name: 'Reagent lot swap' },
          notebook_entry: { id: NOTEBOOK.review, title: 'Reviewer load notes' },
        },
      });
      const declined = await lead.decline('blocker_churn_escalation:user-member', body);
      expect(declined).toMatchObject({ id: accepted.id, status: 'declined' });
      const executed = await as('user-reviewer').overrides.execute('streak_cooldown:user-member', {
        ...body,
        action: 'cooldown',
        metadata: { reversible: true, cooldown_minutes: 30 },
      });
      expect(executed).toMatchObject({ status: 'executed', reversible: true });
      // Same payload again: idempotent, nothing written.
      const version = api.store.version;
      await as('user-reviewer').overrides.execute('streak_cooldown:user-member', {
        ...body,
        action: 'cooldown',
        metadata: { reversible: true, cooldown_minutes: 30 },
      });
      expect(api.store.version).toBe(version);
    });

    it('maps a request without lineage to LineageRequiredError (422) and writes nothing', async () => {
      // An older client that drops the lineage: the SDK itself refuses to send such a body.
      const legacy = createClient({
        baseURL: api.baseURL,
        maxRetries: 0,
        fetch: (input, init) => {
          const body = JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>;
          delete body.lineage;
          return fetch(input, { ...init, body: JSON.stringify(body) });
        },
      });
      const body = {
        execution_id: EXEC.review,
        action: 'escalate' as const,
        lineage: { scenario_id: SCENARIO.signoff },
      };
      for (const call of [
        () => legacy.overrides.accept('blocker_churn_escalation:user-member', body),
        () => legacy.overrides.decline('blocker_churn_escalation:user-member', body),
        () => legacy.overrides.execute('blocker_churn_escalation:user-member', body),
      ]) {
        const error = await refusal(call());
        expect(error).toBeInstanceOf(LineageRequiredError);
        expect(error).toMatchObject({ status: 422 });
      }
      const empty = await api.fetch(
        '/api/governance/recommendations/override/streak_cooldown:user-member/accept',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...body, lineage: {} }),
        },
      );
      expect(empty.status).toBe(422);
      expect(JSON.stringify(await empty.json())).toContain('scenario or notebook provenance');
      expect(api.store.version).toBe(0);
    });

    it('refuses an illegal transition with 409 and changes nothing', async () => {
      const fixture = F.reversibleReassign;
      const error = await refusal(
        as(fixture.actor_id).overrides.accept(fixture.recommendation_id, {
          execution_id: fixture.execution_id,
          action: 'escalate',
          lineage: { scenario_id: SCENARIO.signoff },
        }),
      );
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({
        status: 409,
        code: 'illegal_transition',
        detail: 'Override cannot move from executed to accepted',
      });
      expect(api.store.version).toBe(0);
    });

    it('answers 403 outside the execution and 404 for an unknown execution', async () => {
      const body = {
        execution_id: EXEC.partner,
        action: 'escalate' as const,
        lineage: { notebook_entry_id: NOTEBOOK.partner },
      };
      const forbidden = await refusal(as('user-member').overrides.execute('x:y', body));
      expect(forbidden).toBeInstanceOf(PermissionDeniedError);
      const missing = await refusal(
        api.client.overrides.execute('x:y', { ...body, execution_id: 'exec-nope' }),
      );
      expect(missing).toMatchObject({ status: 404, detail: 'Execution not found' });
      expect(missing).toBeInstanceOf(NotFoundError);
      expect(api.store.version).toBe(0);
    });
  });

  describe('reverse', () => {
    it('reverses an executed reassign with a cooldown window and restores the baseline', async () => {
      const fixture = F.reversibleReassign;
      const before = findSeededOverride(api.store, 'reversibleReassign');
      const reversed = await as(fixture.actor_id).overrides.reverse(fixture.recommendation_id, {
        execution_id: fixture.execution_id,
        notes: 'Backlog cleared.',
        metadata: { cooldown_minutes: 15, reason: 'operator_request' },
      });
      const expires = new Date(api.store.clock.now() + 15 * 60_000).toISOString();
      expect(reversed).toMatchObject({
        id: before.id,
        status: 'reversed',
        cooldown_window_minutes: 15,
        cooldown_expires_at: expires,
        reversal_event: { cooldown_window_minutes: 15, metadata: { reason: 'operator_request' } },
      });
      expect(reversed.reversal_event?.diffs.length).toBeGreaterThan(0);
      const baseline = api.store.baselines.engine.get(before.baseline_id ?? '');
      expect(baseline?.reviewer_ids).not.toContain('user-reviewer');
      // Reversing again during the cooldown is the typed cooldown error.
      const again = await refusal(
        api.client.overrides.reverse(fixture.recommendation_id, {
          execution_id: fixture.execution_id,
        }),
      );
      expect(again).toBeInstanceOf(ReversalCoolingDownError);
    });

    it('maps a held reversal lock to ReversalLockedError (409) until the lock turns stale', async () => {
      const fixture = F.locked;
      const body = { execution_id: fixture.execution_id };
      const error = await refusal(api.client.overrides.reverse(fixture.recommendation_id, body));
      expect(error).toBeInstanceOf(ReversalLockedError);
      expect(error).toMatchObject({
        status: 409,
        code: 'reversal_locked',
        detail: 'Override reversal is already being processed by another operator',
      });
      expect(api.store.version).toBe(0);
      const record = findSeededOverride(api.store, 'locked');
      expect(record.reversal_lock_actor_id).toBe(SEEDED_LOCK_HOLDER);
      // The body names the holder and the lock's expiry (the error's typed getters read them).
      const locked = error as ReversalLockedError;
      expect(locked.lockHolder?.id).toBe(SEEDED_LOCK_HOLDER);
      expect(locked.retryAt).toBe(
        new Date(Date.parse(record.reversal_lock_acquired_at ?? '') + LOCK_TTL_MS).toISOString(),
      );
      expect(Object.keys(locked.body as object).sort()).toEqual([
        'code',
        'detail',
        'lock_holder',
        'retry_at',
      ]);
      api.store.clock.set(Date.parse(record.reversal_lock_acquired_at ?? '') + LOCK_TTL_MS);
      const reversed = await api.client.overrides.reverse(fixture.recommendation_id, body);
      expect(reversed.status).toBe('reversed');
    });

    it('maps a running cooldown to ReversalCoolingDownError (409), then replays the record', async () => {
      const fixture = F.coolingDown;
      const record = findSeededOverride(api.store, 'coolingDown');
      const body = { execution_id: fixture.execution_id };
      const error = await refusal(api.client.overrides.reverse(fixture.recommendation_id, body));
      expect(error).toBeInstanceOf(ReversalCoolingDownError);
      expect(error).toMatchObject({ status: 409, code: 'reversal_cooling_down' });
      expect((error as ReversalCoolingDownError).retryAt).toBe(record.cooldown_expires_at);
      expect((error as ReversalCoolingDownError).cooldownWindowMinutes).toBe(
        record.cooldown_window_minutes,
      );
      expect(api.store.version).toBe(0);
      api.store.clock.set(Date.parse(record.cooldown_expires_at ?? ''));
      const replay = await api.client.overrides.reverse(fixture.recommendation_id, body);
      expect(replay).toMatchObject({ id: record.id, status: 'reversed' });
      expect(api.store.version).toBe(0);
    });

    it('refuses a non-reversible override (400) and a user outside the override (403)', async () => {
      const irreversible = await refusal(
        api.client.overrides.reverse(F.irreversible.recommendation_id, {
          execution_id: F.irreversible.execution_id,
        }),
      );
      expect(irreversible).toBeInstanceOf(BadRequestError);
      expect(irreversible).toMatchObject({
        detail: 'Override execution is not marked as reversible',
      });
      const forbidden = await refusal(
        as('user-member').overrides.reverse(F.partner.recommendation_id, {
          execution_id: F.partner.execution_id,
        }),
      );
      expect(forbidden).toBeInstanceOf(PermissionDeniedError);
      expect(api.store.version).toBe(0);
    });
  });
});
