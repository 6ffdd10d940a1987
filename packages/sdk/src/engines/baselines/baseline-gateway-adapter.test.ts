import { describe, expect, it } from 'vitest';
import { ACTORS, createSeed001World } from '../exports/fixtures/seed-001-world';
import { createOverrideEngine } from '../overrides/override-engine';
import { createBaselineEngine } from './baseline-engine';
import { createOverrideBaselineGatewayAdapter } from './baseline-gateway-adapter';

function setup() {
  const world = createSeed001World();
  const baselines = createBaselineEngine(world);
  const gateway = createOverrideBaselineGatewayAdapter(baselines);
  const overrides = createOverrideEngine({ ...world, baselines: gateway });
  const baseline = baselines.submit(ACTORS.runner, {
    execution_id: 'exec-1',
    name: 'Reference',
    reviewer_ids: [ACTORS.reviewer],
  });
  return { world, baselines, gateway, overrides, baseline };
}

describe('override baseline gateway adapter', () => {
  it('exposes the baseline fields the override engine reads', () => {
    const { gateway, baseline } = setup();
    expect(gateway.getBaseline(baseline.id)).toEqual({
      id: baseline.id,
      execution_id: 'exec-1',
      reviewer_ids: [ACTORS.reviewer],
      team_id: 'team-lab',
      template_id: 'proto-1',
    });
    expect(gateway.getBaseline('nope')).toBeUndefined();
  });

  it('applies effects as reviewer changes plus exactly one baseline event', () => {
    const { gateway, baselines, baseline } = setup();
    gateway.applyOverrideEffect({
      baseline_id: baseline.id,
      reviewer_ids: [ACTORS.reviewer, ACTORS.lead],
      action: 'override_reassign',
      detail: { target_reviewer_id: ACTORS.lead },
      performed_by_id: ACTORS.admin,
    });
    gateway.applyOverrideEffect({
      baseline_id: baseline.id,
      action: 'override_cooldown',
      detail: { cooldown_minutes: 30 },
      notes: 'cool off',
      performed_by_id: ACTORS.admin,
    });
    const after = baselines.get(baseline.id);
    expect(after?.reviewer_ids).toEqual([ACTORS.reviewer, ACTORS.lead]);
    expect(after?.events.map((e) => [e.action, e.performed_by_id, e.notes ?? null])).toEqual([
      ['override_cooldown', ACTORS.admin, 'cool off'],
      ['override_reassign', ACTORS.admin, null],
      ['submitted', ACTORS.runner, null],
    ]);
  });

  it('lets a real override reassignment land on the real baseline', () => {
    const { overrides, baselines, baseline } = setup();
    overrides.execute(ACTORS.admin, 'cadence_overload:u-reviewer', {
      execution_id: 'exec-1',
      action: 'reassign',
      baseline_id: baseline.id,
      target_reviewer_id: ACTORS.lead,
      lineage: { notebook_entry_id: 'nb-1', metadata: {} },
      metadata: {},
    });
    const after = baselines.get(baseline.id);
    expect(after?.reviewer_ids).toContain(ACTORS.lead);
    expect(after?.events[0]?.action).toBe('override_reassign');
  });
});
