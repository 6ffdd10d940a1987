import {
  MANIFEST_STEP_NAMES,
  type ManifestKnownStepName,
  type ManifestStep,
  type ManifestStepStatus,
  type RunManifest,
} from '../../schemas/run-governance/run-manifest';
import { type Clock, isoAt } from '../shared/clock';
import { EngineError } from '../shared/engine-error';

/**
 * Run manifest: the receipt of which steps ran, in which order, and how they ended.
 *
 * Every function is pure: it returns a new manifest and never touches its input, so a refused
 * transition (an `EngineError`) leaves the caller's manifest exactly as it was. Time comes from
 * the injected clock. Argument order: the seed's required arguments, then the clock, then the
 * seed's optional arguments as one object.
 */

/** Options of {@link createManifest}. */
export interface CreateManifestOptions {
  lock_id?: string | undefined;
  /** Fencing token of the lock grant the run holds; copied onto each step it runs. */
  fencing_token?: number | undefined;
}

/** A new manifest with the six steps `pending`, in the seed's order. */
export function createManifest(
  run_id: string,
  workspace_id: string,
  mode: string,
  clock: Clock,
  options: CreateManifestOptions = {},
): RunManifest {
  const manifest: RunManifest = {
    run_id,
    workspace_id,
    mode,
    created_at: isoAt(clock),
    steps: MANIFEST_STEP_NAMES.map((step_name) => ({ step_name, status: 'pending' })),
  };
  if (options.lock_id !== undefined) manifest.lock_id = options.lock_id;
  if (options.fencing_token !== undefined) manifest.fencing_token = options.fencing_token;
  return manifest;
}

/** Options shared by the step transitions. */
export interface StepTransitionOptions {
  /** Token the step runs under; defaults to the step's token, then the manifest's. */
  fencing_token?: number | undefined;
}

/** `pending` → `running`; records `started_at`, the input fingerprint and the fencing token. */
export function markStepStart(
  manifest: RunManifest,
  step_name: string,
  clock: Clock,
  options: StepTransitionOptions & { input_fingerprint?: string | undefined } = {},
): RunManifest {
  return transition(manifest, step_name, 'running', options, (step) => {
    step.started_at = isoAt(clock);
    if (options.input_fingerprint !== undefined) step.input_fingerprint = options.input_fingerprint;
  });
}

/** `running` → `succeeded`; records `finished_at`, output refs and notes. */
export function markStepSuccess(
  manifest: RunManifest,
  step_name: string,
  clock: Clock,
  options: StepTransitionOptions & { output_refs?: string[] | undefined; notes?: string } = {},
): RunManifest {
  return transition(manifest, step_name, 'succeeded', options, (step) => {
    step.finished_at = isoAt(clock);
    if (options.output_refs !== undefined) step.output_refs = [...options.output_refs];
    if (options.notes !== undefined) step.notes = options.notes;
  });
}

/** `pending` → `skipped`; records `finished_at` and the reason as notes. */
export function markStepSkipped(
  manifest: RunManifest,
  step_name: string,
  clock: Clock,
  options: StepTransitionOptions & { reason?: string | undefined } = {},
): RunManifest {
  return transition(manifest, step_name, 'skipped', options, (step) => {
    step.finished_at = isoAt(clock);
    if (options.reason !== undefined) step.notes = options.reason;
  });
}

/** `running` → `failed`; records `finished_at` and the error message. */
export function markStepError(
  manifest: RunManifest,
  step_name: string,
  error_message: string,
  clock: Clock,
  options: StepTransitionOptions = {},
): RunManifest {
  return transition(manifest, step_name, 'failed', options, (step) => {
    step.finished_at = isoAt(clock);
    step.error_message = error_message;
  });
}

/**
 * Seal the manifest (`finalized_at`). Refused while a step is still running (it must be marked
 * succeeded or failed first) and when already finalized. Pending steps are allowed: a run that
 * stops early shows where it stopped.
 */
export function finalizeManifest(manifest: RunManifest, clock: Clock): RunManifest {
  assertOpen(manifest);
  const running = manifest.steps.find((step) => step.status === 'running');
  if (running) {
    throw illegal(`Cannot finalize the manifest while step ${running.step_name} is running`);
  }
  return {
    ...manifest,
    steps: manifest.steps.map((step) => ({ ...step })),
    finalized_at: isoAt(clock),
  };
}

/** What {@link summarizeManifest} says when there is no manifest. */
export const NO_MANIFEST_SUMMARY = 'No manifest available';

/**
 * One-line manifest summary for the "technical details" section:
 * `"<S> steps succeeded, <K> skipped, <F> failed (lock: <first 8 chars of lock_id>)"`.
 *
 * All three counts are always present (contract-decisions.md overrides the source's format, which
 * dropped zero counts). Without a lock id the lock part is omitted; without a manifest the result
 * is `"No manifest available"`. Running and pending steps are not counted.
 *
 * @example
 * summarizeManifest(manifest) // "5 steps succeeded, 1 skipped, 0 failed (lock: 3f2a9c1b)"
 */
export function summarizeManifest(manifest: RunManifest | null | undefined): string {
  if (!manifest) return NO_MANIFEST_SUMMARY;
  let succeeded = 0;
  let skipped = 0;
  let failed = 0;
  for (const step of manifest.steps) {
    if (step.status === 'succeeded') succeeded += 1;
    else if (step.status === 'skipped') skipped += 1;
    else if (step.status === 'failed') failed += 1;
  }
  const counts = `${succeeded} steps succeeded, ${skipped} skipped, ${failed} failed`;
  return manifest.lock_id ? `${counts} (lock: ${manifest.lock_id.slice(0, 8)})` : counts;
}

/** Whether `name` is one of the six step names. */
export function isManifestStepName(name: string): name is ManifestKnownStepName {
  return (MANIFEST_STEP_NAMES as readonly string[]).includes(name);
}

// Allowed moves. Anything else (a second start, success without start, skip after start, any move
// out of a terminal state) is an illegal transition.
const ALLOWED: Record<string, readonly ManifestStepStatus[]> = {
  pending: ['running', 'skipped'],
  running: ['succeeded', 'failed'],
};

const TERMINAL = new Set<ManifestStepStatus>(['succeeded', 'skipped', 'failed']);

function transition(
  manifest: RunManifest,
  stepName: string,
  to: ManifestStepStatus,
  options: StepTransitionOptions,
  apply: (step: ManifestStep) => void,
): RunManifest {
  if (!isManifestStepName(stepName)) {
    throw EngineError.badRequest(`Unknown manifest step: ${stepName}`, { code: 'unknown_step' });
  }
  const index = manifest.steps.findIndex((step) => step.step_name === stepName);
  const current = manifest.steps[index];
  if (!current) {
    throw EngineError.badRequest(`Unknown manifest step: ${stepName}`, { code: 'unknown_step' });
  }
  assertOpen(manifest);
  if (!(ALLOWED[current.status] ?? []).includes(to)) {
    throw illegal(`Illegal transition for step ${stepName}: ${current.status} -> ${to}`);
  }
  // Steps run in order, each exactly once: a step may only leave `pending` after every earlier
  // step has finished (succeeded, skipped or failed).
  if (current.status === 'pending') {
    const unfinished = manifest.steps.slice(0, index).find((step) => !TERMINAL.has(step.status));
    if (unfinished) {
      throw illegal(
        `Step ${stepName} cannot ${to === 'skipped' ? 'be skipped' : 'start'} before ${unfinished.step_name} has finished`,
      );
    }
  }
  const next: ManifestStep = { ...current, status: to };
  const token = options.fencing_token ?? current.fencing_token ?? manifest.fencing_token;
  if (token !== undefined) next.fencing_token = token;
  apply(next);
  return {
    ...manifest,
    steps: manifest.steps.map((step, i) => (i === index ? next : { ...step })),
  };
}

function assertOpen(manifest: RunManifest): void {
  if (manifest.finalized_at !== undefined) throw illegal('Manifest is already finalized');
}

function illegal(detail: string): EngineError {
  return EngineError.conflict(detail, { code: 'illegal_transition' });
}
