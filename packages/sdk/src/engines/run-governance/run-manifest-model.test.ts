import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  MANIFEST_STEP_NAMES,
  type ManifestStepStatus,
  type RunManifest,
} from '../../schemas/run-governance/run-manifest';
import { createManualClock } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import {
  createManifest,
  finalizeManifest,
  markStepError,
  markStepSkipped,
  markStepStart,
  markStepSuccess,
} from './run-manifest';

// Model-based test of the manifest state machine: random transition attempts (legal or not, known
// step names or not) against a model of the allowed moves.
const NUM_RUNS = Number(process.env.GOVKIT_FC_RUNS) || 2_000;

type Op = 'start' | 'success' | 'skip' | 'error' | 'finalize';
const OPS: readonly Op[] = ['start', 'success', 'skip', 'error', 'finalize'];
const NAMES = [...MANIFEST_STEP_NAMES, 'layer_fusion', 'compute_benchmarks'];

const TARGET: Record<Exclude<Op, 'finalize'>, ManifestStepStatus> = {
  start: 'running',
  success: 'succeeded',
  skip: 'skipped',
  error: 'failed',
};
const FROM: Record<string, readonly ManifestStepStatus[]> = {
  pending: ['running', 'skipped'],
  running: ['succeeded', 'failed'],
};
const TERMINAL = ['succeeded', 'skipped', 'failed'];

function apply(m: RunManifest, op: Op, name: string, clock: ReturnType<typeof createManualClock>) {
  switch (op) {
    case 'start':
      return markStepStart(m, name, undefined, { clock });
    case 'success':
      return markStepSuccess(m, name, undefined, undefined, { clock });
    case 'skip':
      return markStepSkipped(m, name, undefined, { clock });
    case 'error':
      return markStepError(m, name, 'boom', { clock });
    default:
      return finalizeManifest(m, { clock });
  }
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`manifest model violated: ${message}`);
}

describe('manifest model', () => {
  it('accepts exactly the legal transitions and changes nothing on refusal', () => {
    const opArb = fc.record({
      op: fc.constantFrom(...OPS),
      name: fc.constantFrom(...NAMES),
    });
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), (ops) => {
        const clock = createManualClock(0);
        let manifest = createManifest('r', 'w', 'mock', undefined, { clock, fencing_token: 3 });
        const model = new Map<string, ManifestStepStatus>(
          MANIFEST_STEP_NAMES.map((n) => [n, 'pending']),
        );
        let finalized = false;
        for (const { op, name } of ops) {
          clock.advance(1);
          const before = JSON.stringify(manifest);
          let expectedCode: string | null;
          if (op !== 'finalize' && !model.has(name)) expectedCode = 'unknown_step';
          else if (finalized) expectedCode = 'illegal_transition';
          else if (op === 'finalize') {
            expectedCode = [...model.values()].includes('running') ? 'illegal_transition' : null;
          } else {
            const current = model.get(name) as ManifestStepStatus;
            const target = TARGET[op];
            const index = MANIFEST_STEP_NAMES.indexOf(name as (typeof MANIFEST_STEP_NAMES)[number]);
            const earlierDone = MANIFEST_STEP_NAMES.slice(0, index).every((n) =>
              TERMINAL.includes(model.get(n) as string),
            );
            const legal =
              (FROM[current] ?? []).includes(target) && (current !== 'pending' || earlierDone);
            expectedCode = legal ? null : 'illegal_transition';
          }
          try {
            const next = apply(manifest, op, name, clock);
            check(expectedCode === null, `${op} ${name} should be refused (${expectedCode})`);
            check(JSON.stringify(manifest) === before, 'input untouched');
            manifest = next;
            if (op === 'finalize') finalized = true;
            else model.set(name, TARGET[op]);
          } catch (error) {
            if (!(error instanceof EngineError)) throw error;
            check(
              error.code === expectedCode,
              `${op} ${name}: got ${error.code}, want ${expectedCode}`,
            );
            check(JSON.stringify(manifest) === before, 'refusal changes nothing');
          }
          for (const step of manifest.steps) {
            check(step.status === model.get(step.step_name), `${step.step_name} status`);
            if (step.status !== 'pending') check(step.fencing_token === 3, 'token recorded');
          }
          check((manifest.finalized_at !== undefined) === finalized, 'finalized flag');
        }
      }),
      { numRuns: NUM_RUNS },
    );
  }, 120_000);
});
