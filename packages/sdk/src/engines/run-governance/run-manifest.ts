import {
  MANIFEST_STEP_NAMES,
  type ManifestKnownStepName,
  type ManifestStep,
  type ManifestStepStatus,
  type RunManifest,
} from '../../schemas/run-governance/run-manifest';
import { type Clock, isoAt, systemClock } from '../shared/clock';
import { EngineError } from '../shared/engine-error';

/**
 * Run manifest: the receipt of which steps ran, in which order, and how they ended.
 *
 * The functions take the seed's arguments in the seed's order (`createManifest(run_id,
 * workspace_id, mode, lock_id?)`, `markStepStart(manifest, step_name, input_fingerprint?)`, …),
 * then one optional options object: `clock` (default: the system clock) and `fencing_token`.
 *
 * Each function returns a new manifest and never touches its input, so a refused transition (an
 * `EngineError`) leaves the caller's manifest exactly as it was, and a fenced writer can refuse a
 * stale write without the caller's copy having changed. Why not mutate in place, as code written
 * from the seed may expect: a refused write would leave a half-applied manifest behind. TypeScript
 * cannot flag an ignored return value, so the mistake is made loud instead: a manifest that a
 * transition has replaced is marked superseded, and passing it to any later transition throws a
 * `superseded_manifest` error that says to use the returned manifest.
 */

/** Options every manifest function accepts. */
export interface ManifestClockOptions {
  /** Where "now" comes from. Default: the system clock. */
  clock?: Clock | undefined;
}

/** Options of {@link createManifest}. */
export interface CreateManifestOptions extends ManifestClockOptions {
  /** Fencing token of the lock grant the run holds; copied onto each step it runs. */
  fencing_token?: number | undefined;
}

/** Options shared by the step transitions. */
export interface StepTransitionOptions extends ManifestClockOptions {
  /** Token the step runs under; defaults to the step's token, then the manifest's. */
  fencing_token?: number | undefined;
}

// Manifests that a transition has replaced (see the module comment). A WeakSet: nothing is kept
// alive, and manifests parsed from JSON or built by hand are never "superseded".
const superseded = new WeakSet<RunManifest>();

/** The 409 code of a transition on a manifest that an earlier transition already replaced. */
export const SUPERSEDED_MANIFEST_CODE = 'superseded_manifest';

function assertCurrent(manifest: RunManifest, fn: string): void {
  if (!superseded.has(manifest)) return;
  throw EngineError.conflict(
    `${fn}: this manifest was already replaced by the one an earlier call returned. Manifest ` +
      `functions return a new manifest and leave their input unchanged: write ` +
      `\`manifest = markStepStart(manifest, …)\`.`,
    { code: SUPERSEDED_MANIFEST_CODE },
  );
}

function replaced(previous: RunManifest, next: RunManifest): RunManifest {
  superseded.add(previous);
  return next;
}

/** A new manifest with the six steps `pending`, in the seed's order. */
export function createManifest(
  run_id: string,
  workspace_id: string,
  mode: string,
  lock_id?: string,
  options: CreateManifestOptions = {},
): RunManifest {
  const manifest: RunManifest = {
    run_id,
    workspace_id,
    mode,
    created_at: isoAt(options.clock ?? systemClock),
    steps: MANIFEST_STEP_NAMES.map((step_name) => ({ step_name, status: 'pending' })),
  };
  if (lock_id !== undefined) manifest.lock_id = lock_id;
  if (options.fencing_token !== undefined) manifest.fencing_token = options.fencing_token;
  return manifest;
}

/** `pending` → `running`; records `started_at`, the input fingerprint and the fencing token. */
export function markStepStart(
  manifest: RunManifest,
  step_name: string,
  input_fingerprint?: string,
  options: StepTransitionOptions = {},
): RunManifest {
  assertCurrent(manifest, 'markStepStart');
  return transition(manifest, step_name, 'running', options, (step) => {
    step.started_at = isoAt(options.clock ?? systemClock);
    if (input_fingerprint !== undefined) step.input_fingerprint = input_fingerprint;
  });
}

/** `running` → `succeeded`; records `finished_at`, output refs and notes. */
export function markStepSuccess(
  manifest: RunManifest,
  step_name: string,
  output_refs?: readonly string[],
  notes?: string,
  options: StepTransitionOptions = {},
): RunManifest {
  assertCurrent(manifest, 'markStepSuccess');
  return transition(manifest, step_name, 'succeeded', options, (step) => {
    step.finished_at = isoAt(options.clock ?? systemClock);
    if (output_refs !== undefined) step.output_refs = [...output_refs];
    if (notes !== undefined) step.notes = notes;
  });
}

/** `pending` → `skipped`; records `finished_at` and the reason as notes. */
export function markStepSkipped(
  manifest: RunManifest,
  step_name: string,
  reason?: string,
  options: StepTransitionOptions = {},
): RunManifest {
  assertCurrent(manifest, 'markStepSkipped');
  return transition(manifest, step_name, 'skipped', options, (step) => {
    step.finished_at = isoAt(options.clock ?? systemClock);
    if (reason !== undefined) step.notes = reason;
  });
}

/** `running` → `failed`; records `finished_at` and the error message. */
export function markStepError(
  manifest: RunManifest,
  step_name: string,
  error_message: string,
  options: StepTransitionOptions = {},
): RunManifest {
  assertCurrent(manifest, 'markStepError');
  return transition(manifest, step_name, 'failed', options, (step) => {
    step.finished_at = isoAt(options.clock ?? systemClock);
    step.error_message = error_message;
  });
}

/**
 * Seal the manifest (`finalized_at`). Refused while a step is still running (it must be marked
 * succeeded or failed first) and when already finalized. Pending steps are allowed: a run that
 * stops early shows where it stopped.
 */
export function finalizeManifest(
  manifest: RunManifest,
  options: ManifestClockOptions = {},
): RunManifest {
  assertCurrent(manifest, 'finalizeManifest');
  assertOpen(manifest);
  const running = manifest.steps.find((step) => step.status === 'running');
  if (running) {
    throw illegal(`Cannot finalize the manifest while step ${running.step_name} is running`);
  }
  return replaced(manifest, {
    ...manifest,
    steps: manifest.steps.map((step) => ({ ...step })),
    finalized_at: isoAt(options.clock ?? systemClock),
  });
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
  return replaced(manifest, {
    ...manifest,
    steps: manifest.steps.map((step, i) => (i === index ? next : { ...step })),
  });
}

function assertOpen(manifest: RunManifest): void {
  if (manifest.finalized_at !== undefined) throw illegal('Manifest is already finalized');
}

function illegal(detail: string): EngineError {
  return EngineError.conflict(detail, { code: 'illegal_transition' });
}
