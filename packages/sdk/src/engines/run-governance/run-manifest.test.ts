import { describe, expect, it } from 'vitest';
import { MANIFEST_STEP_NAMES, type RunManifest } from '../../schemas/run-governance/run-manifest';
import { createManualClock } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import { refusal } from '../shared/fixtures/refusal';
import {
  createManifest,
  finalizeManifest,
  markStepError,
  markStepSkipped,
  markStepStart,
  markStepSuccess,
  summarizeManifest,
} from './run-manifest';

const clock = createManualClock('2026-02-03T10:00:00.000Z');
const fresh = () =>
  createManifest('run-1', 'ws-1', 'mock', '3f2a9c1b-aaaa', { clock, fencing_token: 7 });

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('createManifest', () => {
  it('lists the six steps pending, in the seed order', () => {
    const manifest = fresh();
    expect(manifest).toMatchObject({
      run_id: 'run-1',
      workspace_id: 'ws-1',
      mode: 'mock',
      lock_id: '3f2a9c1b-aaaa',
      fencing_token: 7,
      created_at: '2026-02-03T10:00:00.000Z',
    });
    expect(manifest.steps.map((s) => s.step_name)).toEqual([...MANIFEST_STEP_NAMES]);
    expect(manifest.steps.every((s) => s.status === 'pending')).toBe(true);
    expect(manifest.finalized_at).toBeUndefined();
  });
});

describe('step transitions', () => {
  it('records start, success, fingerprint, refs, notes and the fencing token', () => {
    let m = markStepStart(fresh(), 'parse_normalize_pack', 'abc', { clock });
    clock.advance(1_000);
    m = markStepSuccess(m, 'parse_normalize_pack', ['x'], 'n', { clock });
    expect(m.steps[0]).toEqual({
      step_name: 'parse_normalize_pack',
      status: 'succeeded',
      started_at: '2026-02-03T10:00:00.000Z',
      finished_at: '2026-02-03T10:00:01.000Z',
      input_fingerprint: 'abc',
      output_refs: ['x'],
      notes: 'n',
      fencing_token: 7,
    });
  });

  it('records a failure with its message, and a skip with its reason', () => {
    let m = markStepStart(fresh(), 'parse_normalize_pack', undefined, { clock });
    m = markStepError(m, 'parse_normalize_pack', 'boom', { clock });
    m = markStepSkipped(m, 'build_business_profile', 'why', { clock, fencing_token: 8 });
    expect(m.steps[0]).toMatchObject({ status: 'failed', error_message: 'boom' });
    expect(m.steps[1]).toMatchObject({ status: 'skipped', notes: 'why', fencing_token: 8 });
  });

  it('never mutates its input, even when it refuses', () => {
    const original = deepFreeze(fresh());
    const next = markStepStart(original, 'parse_normalize_pack', undefined, { clock });
    expect(original.steps[0]?.status).toBe('pending');
    expect(next.steps[0]?.status).toBe('running');
    expect(() =>
      markStepSuccess(original, 'parse_normalize_pack', undefined, undefined, { clock }),
    ).toThrow(EngineError);
  });

  it.each([
    [
      'succeed a pending step',
      (m: RunManifest) =>
        markStepSuccess(m, 'parse_normalize_pack', undefined, undefined, { clock }),
    ],
    [
      'fail a pending step',
      (m: RunManifest) => markStepError(m, 'parse_normalize_pack', 'x', { clock }),
    ],
    [
      'start a running step again',
      (m: RunManifest) =>
        markStepStart(
          markStepStart(m, 'parse_normalize_pack', undefined, { clock }),
          'parse_normalize_pack',
          undefined,
          { clock },
        ),
    ],
    [
      'skip a running step',
      (m: RunManifest) =>
        markStepSkipped(
          markStepStart(m, 'parse_normalize_pack', undefined, { clock }),
          'parse_normalize_pack',
          undefined,
          { clock },
        ),
    ],
    [
      'restart a finished step',
      (m: RunManifest) =>
        markStepStart(
          markStepSuccess(
            markStepStart(m, 'parse_normalize_pack', undefined, { clock }),
            'parse_normalize_pack',
            undefined,
            undefined,
            { clock },
          ),
          'parse_normalize_pack',
          undefined,
          { clock },
        ),
    ],
    [
      'start a step out of order',
      (m: RunManifest) => markStepStart(m, 'build_snapshot_v2', undefined, { clock }),
    ],
    [
      'skip a step out of order',
      (m: RunManifest) => markStepSkipped(m, 'validate_conclusion_v2', undefined, { clock }),
    ],
  ])('refuses to %s (409 illegal_transition)', (_label, act) => {
    const error = refusal(() => act(fresh()));
    expect(error.status).toBe(409);
    expect(error.code).toBe('illegal_transition');
  });

  it('rejects unknown step names instead of ignoring them', () => {
    for (const act of [
      () => markStepStart(fresh(), 'layer_fusion', undefined, { clock }),
      () => markStepSkipped(fresh(), 'compute_benchmarks', undefined, { clock }),
      () => markStepSuccess(fresh(), '', undefined, undefined, { clock }),
      () => markStepError(fresh(), 'nope', 'x', { clock }),
    ]) {
      const error = refusal(act);
      expect(error.code).toBe('unknown_step');
      expect(error.status).toBe(400);
    }
  });
});

describe('finalizeManifest', () => {
  it('seals the manifest once; later transitions are refused', () => {
    clock.set('2026-02-03T11:00:00.000Z');
    const done = finalizeManifest(fresh(), { clock });
    expect(done.finalized_at).toBe('2026-02-03T11:00:00.000Z');
    expect(refusal(() => finalizeManifest(done, { clock })).code).toBe('illegal_transition');
    expect(
      refusal(() => markStepStart(done, 'parse_normalize_pack', undefined, { clock })).code,
    ).toBe('illegal_transition');
  });

  it('refuses while a step is running', () => {
    const m = markStepStart(fresh(), 'parse_normalize_pack', undefined, { clock });
    expect(refusal(() => finalizeManifest(m, { clock })).code).toBe('illegal_transition');
  });
});

describe('summarizeManifest', () => {
  const run = (outcomes: Array<'ok' | 'skip' | 'fail'>, lock_id?: string) => {
    let m = createManifest('r', 'w', 'mock', lock_id || undefined, { clock });
    outcomes.forEach((outcome, i) => {
      const name = MANIFEST_STEP_NAMES[i] as string;
      if (outcome === 'skip') {
        m = markStepSkipped(m, name, undefined, { clock });
        return;
      }
      m = markStepStart(m, name, undefined, { clock });
      m =
        outcome === 'ok'
          ? markStepSuccess(m, name, undefined, undefined, { clock })
          : markStepError(m, name, 'x', { clock });
    });
    return m;
  };

  it('always prints all three counts and the first 8 chars of the lock id', () => {
    expect(summarizeManifest(run(['ok', 'ok', 'ok', 'ok', 'ok', 'skip'], '3f2a9c1b-1234'))).toBe(
      '5 steps succeeded, 1 skipped, 0 failed (lock: 3f2a9c1b)',
    );
    expect(summarizeManifest(run(['ok', 'ok', 'ok', 'ok', 'ok', 'ok'], 'abc123'))).toBe(
      '6 steps succeeded, 0 skipped, 0 failed (lock: abc123)',
    );
  });

  it('omits the lock part without a lock id and counts failures', () => {
    expect(summarizeManifest(run(['ok', 'fail', 'ok', 'ok', 'skip', 'skip']))).toBe(
      '3 steps succeeded, 2 skipped, 1 failed',
    );
  });

  it('says so when there is no manifest', () => {
    expect(summarizeManifest(null)).toBe('No manifest available');
    expect(summarizeManifest(undefined)).toBe('No manifest available');
  });
});

describe('seed 003 call shapes', () => {
  it('works as the seed writes it: no clock (system time), optional arguments in seed order', () => {
    const before = Date.now();
    let m = createManifest('run-1', 'ws-1', 'mock', 'lock-1');
    m = markStepStart(m, 'parse_normalize_pack', 'fp-1');
    m = markStepSuccess(m, 'parse_normalize_pack', ['pack.json'], 'parsed');
    m = markStepSkipped(m, 'build_business_profile', 'no profile');
    m = markStepStart(m, 'build_snapshot_v2');
    m = markStepError(m, 'build_snapshot_v2', 'boom');
    m = finalizeManifest(m);
    expect(m.lock_id).toBe('lock-1');
    expect(m.steps[0]).toMatchObject({ input_fingerprint: 'fp-1', output_refs: ['pack.json'] });
    expect(Date.parse(m.created_at)).toBeGreaterThanOrEqual(before - 1);
    expect(Date.parse(m.finalized_at ?? '')).toBeLessThanOrEqual(Date.now());
  });

  it('makes an ignored return value loud: a replaced manifest cannot be used again', () => {
    const m = createManifest('run-1', 'ws-1', 'mock');
    markStepStart(m, 'parse_normalize_pack'); // the mistake: the new manifest is dropped
    for (const reuse of [
      () => markStepSuccess(m, 'parse_normalize_pack'),
      () => markStepStart(m, 'parse_normalize_pack'),
      () => finalizeManifest(m),
    ]) {
      const error = refusal(reuse);
      expect(error.code).toBe('superseded_manifest');
      expect(error.message).toMatch(/manifest = markStepStart\(manifest, …\)/);
    }
    // The original is still intact, and a refused transition supersedes nothing.
    expect(m.steps[0]?.status).toBe('pending');
    const fresh2 = createManifest('run-2', 'ws-1', 'mock');
    expect(refusal(() => markStepSuccess(fresh2, 'parse_normalize_pack')).code).toBe(
      'illegal_transition',
    );
    expect(markStepStart(fresh2, 'parse_normalize_pack').steps[0]?.status).toBe('running');
  });
});
