import { describe, expect, it } from 'vitest';
import {
  DOCTRINE_SAFE_CONCLUSION_TEXT,
  INVOICES_NOT_RECOGNIZED_WARNING,
} from '../../schemas/run-governance/run-gating';
import type { RunStartRequestInput } from '../../schemas/run-governance/run-request';
import { RunResultSchema } from '../../schemas/run-governance/run-result';
import { DOMAIN_ERROR_DETAILS } from '../../schemas/shared/domain-error-contract';
import { parseContract } from '../../schemas/shared/parse-mode';
import { createManualClock } from '../shared/clock';
import { refusal } from '../shared/fixtures/refusal';
import { createSequentialIdGenerator, type IdGenerator } from '../shared/id-generator';
import { createRunPipelineEngine, type RunPipelineEngineOptions } from './run-pipeline';

const REQUEST: RunStartRequestInput = {
  owner: 'alice',
  files: [
    { name: 'invoices.csv', category: 'invoices', row_count: 40 },
    { name: 'quotes.csv', category: 'quotes', row_count: 12 },
  ],
  invoices_detected_count: 38,
  quotes_detected_count: 12,
  business_profile: {
    name_guess: 'Cool Air Co',
    summary: 'Residential HVAC',
    domain: 'coolair.example',
  },
};

function setup(over: Partial<RunPipelineEngineOptions> = {}) {
  const clock = createManualClock('2026-02-03T10:00:00.000Z');
  const engine = createRunPipelineEngine({ clock, ids: createSequentialIdGenerator(), ...over });
  return { clock, engine };
}

describe('runPipeline', () => {
  it('runs the six steps under the lock and releases it', () => {
    const { engine } = setup();
    const run = engine.runPipeline('ws-1', REQUEST);
    expect(parseContract(RunResultSchema, run, { mode: 'strict' })).toEqual(run);
    expect(run).toMatchObject({ status: 'succeeded', gated: false, confident: true, error: null });
    expect(run.manifest.steps.map((s) => s.status)).toEqual(Array(6).fill('succeeded'));
    expect(run.manifest.steps.every((s) => s.fencing_token === 1)).toBe(true);
    expect(run.manifest.finalized_at).toBeDefined();
    expect(run.manifest_summary).toBe(
      `6 steps succeeded, 0 skipped, 0 failed (lock: ${run.lock_id.slice(0, 8)})`,
    );
    expect(run.manifest.steps[0]).toMatchObject({
      input_fingerprint: run.input_fingerprint,
      output_refs: [run.input_fingerprint],
      notes: `fingerprint: ${run.input_fingerprint}`,
    });
    expect(run.manifest.steps[2]?.output_refs).toEqual(['38 invoices', '12 quotes']);
    expect(run.predictive_context?.industry_tag).toBe('hvac');
    expect(run.presented_watch_list).toMatchObject({ collapsed: true });
    expect(run.presented_watch_list?.items.length).toBeLessThanOrEqual(4);
    expect(run.conclusion?.takeaway).toContain('38 invoices');
    expect(engine.locks.getLockState('ws-1')).toMatchObject({ live: false, lock_id: null });
    expect(engine.getRun(run.run_id)).toEqual(run);
    expect(engine.store.getManifest(run.run_id)).toEqual(run.manifest);
  });

  it('gates a run whose invoices were not recognized: 4 succeeded, 2 skipped, safe conclusion', () => {
    const { engine } = setup();
    const run = engine.runPipeline('ws-1', { ...REQUEST, invoices_detected_count: 0 });
    expect(run).toMatchObject({ status: 'succeeded', gated: true, confident: false });
    expect(run.manifest_summary).toMatch(/^4 steps succeeded, 2 skipped, 0 failed \(lock: /);
    expect(run.manifest.steps.slice(4)).toMatchObject([
      {
        step_name: 'infer_decision_v2',
        status: 'skipped',
        notes: 'Incomplete inputs - inference skipped',
      },
      { step_name: 'validate_conclusion_v2', status: 'skipped', notes: 'Inference was skipped' },
    ]);
    expect(run.conclusion).toEqual({
      ...DOCTRINE_SAFE_CONCLUSION_TEXT,
      evidence: [INVOICES_NOT_RECOGNIZED_WARNING],
    });
    expect(run.data_warnings).toEqual([INVOICES_NOT_RECOGNIZED_WARNING]);
    expect(run.readiness.suppress_inference).toBe(true);
  });

  it('never lets a gated run produce a confident conclusion, whatever the agent says', () => {
    let inferCalls = 0;
    const { engine } = setup({
      hooks: {
        inferDecision: () => {
          inferCalls += 1;
          return { takeaway: 'Raise prices now', nextAction: 'Do it', evidence: [] };
        },
      },
    });
    const run = engine.runPipeline('ws-1', { ...REQUEST, data_warnings: ['Dates not recognized'] });
    expect(inferCalls).toBe(0);
    expect(run.confident).toBe(false);
    expect(run.conclusion?.takeaway).toBe(DOCTRINE_SAFE_CONCLUSION_TEXT.takeaway);
  });

  it('refuses a second run while the lock is live with 409 run_lock_held and the calm message', () => {
    const { engine } = setup();
    const held = engine.locks.acquireRunLock('ws-1', 'bob');
    const error = refusal(() => engine.runPipeline('ws-1', REQUEST));
    expect(error).toMatchObject({
      status: 409,
      code: 'run_lock_held',
      detail: DOMAIN_ERROR_DETAILS.runLockHeld,
    });
    expect(engine.locks.getLockState('ws-1').lock_id).toBe(held.lock_id);
    expect(engine.store.listRuns()).toEqual([]);
  });

  it('rejects an invalid request before taking the lock', () => {
    const { engine } = setup();
    const error = refusal(() => engine.runPipeline('ws-1', { owner: '' }));
    expect(error).toMatchObject({ status: 422, code: 'validation_error' });
    expect(engine.locks.currentFencingToken('ws-1')).toBe(0);
    expect(refusal(() => engine.runPipeline(' ', REQUEST)).status).toBe(400);
  });

  it('continues without a profile when the profile step throws (1 failed)', () => {
    const { engine } = setup({
      hooks: {
        beforeStep: (step) => {
          if (step === 'build_business_profile') throw new Error('website unreachable');
        },
      },
    });
    const run = engine.runPipeline('ws-1', REQUEST);
    expect(run.status).toBe('succeeded');
    expect(run.manifest.steps[1]).toMatchObject({
      status: 'failed',
      error_message: 'website unreachable',
    });
    expect(run.predictive_context?.industry_tag).toBe('general_local_service');
    expect(run.manifest_summary).toMatch(/^5 steps succeeded, 0 skipped, 1 failed/);
  });

  it('stores a failed run, skips the rest and releases the lock when a step throws', () => {
    const { engine } = setup({
      hooks: {
        beforeStep: (step) => {
          if (step === 'build_snapshot_v2') throw new Error('parser crashed');
        },
      },
    });
    const run = engine.runPipeline('ws-1', REQUEST);
    expect(run).toMatchObject({
      status: 'failed',
      error: 'Step build_snapshot_v2 failed: parser crashed',
      conclusion: null,
      confident: false,
    });
    expect(run.manifest.steps.map((s) => s.status)).toEqual([
      'succeeded',
      'succeeded',
      'failed',
      'skipped',
      'skipped',
      'skipped',
    ]);
    expect(run.manifest.finalized_at).toBeDefined();
    expect(engine.locks.getLockState('ws-1').lock_id).toBeNull();
    expect(engine.getRun(run.run_id).status).toBe('failed');
  });

  it('drops an invalid inferred conclusion (ok: false)', () => {
    const { engine } = setup({
      hooks: { inferDecision: () => ({ takeaway: ' ', nextAction: 'x', evidence: [] }) },
    });
    const run = engine.runPipeline('ws-1', REQUEST);
    expect(run.manifest.steps[5]).toMatchObject({ status: 'succeeded', notes: 'ok: false' });
    expect(run.conclusion).toBeNull();
    expect(run.confident).toBe(false);
  });

  it('releases the lock after an early failure (before any step)', () => {
    const base = createSequentialIdGenerator();
    const ids: IdGenerator = {
      next: (prefix) => {
        if (prefix === 'run') throw new Error('id service down');
        return base.next(prefix);
      },
    };
    const { engine } = setup({ ids });
    expect(() => engine.runPipeline('ws-1', REQUEST)).toThrow('id service down');
    expect(engine.locks.getLockState('ws-1').lock_id).toBeNull();
    expect(engine.locks.acquireRunLock('ws-1', 'bob').acquired).toBe(true);
  });

  it('stops a stale run: after its lock expired and was re-granted, its writes are refused', () => {
    let stolen: string | undefined;
    const { clock, engine } = setup();
    const hooked = createRunPipelineEngine({
      clock,
      ids: createSequentialIdGenerator(100),
      locks: engine.locks,
      store: engine.store,
      hooks: {
        beforeStep: (step) => {
          if (step !== 'predictive_context') return;
          clock.advance(301_000);
          stolen = engine.locks.acquireRunLock('ws-1', 'bob').lock_id;
        },
      },
    });
    const error = refusal(() => hooked.runPipeline('ws-1', REQUEST));
    expect(error).toMatchObject({ status: 409, code: 'stale_fencing_token' });
    // The newer holder keeps its lock: the stale run's release was a no-op.
    expect(engine.locks.getLockState('ws-1')).toMatchObject({ live: true, lock_id: stolen });
    expect(engine.store.listRuns()).toEqual([]);
  });

  it('answers 404 for an unknown run', () => {
    const { engine } = setup();
    expect(refusal(() => engine.getRun('nope'))).toMatchObject({
      status: 404,
      detail: 'Run not found',
    });
  });
});
