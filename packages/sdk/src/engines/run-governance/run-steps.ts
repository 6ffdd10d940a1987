import type {
  PredictiveContext,
  RunBusinessProfile,
} from '../../schemas/run-governance/predictive-context';
import type { RunConclusion } from '../../schemas/run-governance/run-gating';
import {
  MANIFEST_STEP_NAMES,
  type ManifestKnownStepName,
} from '../../schemas/run-governance/run-manifest';
import type { RunStartRequest } from '../../schemas/run-governance/run-request';
import type { RunGatingResult } from './run-gating';

/** Identifies the run a step belongs to (passed to hooks). */
export interface RunStepContext {
  run_id: string;
  workspace_id: string;
  request: RunStartRequest;
}

/** What `inferDecision` sees: the validated request plus what the earlier steps produced. */
export interface RunInferenceInput {
  request: RunStartRequest;
  industry_tag: string;
  data_warnings: readonly string[];
}

/** Extension points of the pipeline, mainly for tests and seeded worlds. */
export interface RunPipelineHooks {
  /** Called inside each step before its work; a throw fails that step (fault injection). */
  beforeStep?: (step: ManifestKnownStepName, context: RunStepContext) => void;
  /** The agent of `infer_decision_v2`. Default: a deterministic summary of the counts. */
  inferDecision?: (input: RunInferenceInput) => RunConclusion;
}

/** How the step runner records transitions (the pipeline binds these to the fenced manifest). */
export interface RunStepRecorder {
  start(step: ManifestKnownStepName, input_fingerprint?: string): void;
  succeed(step: ManifestKnownStepName, output_refs?: string[], notes?: string): void;
  skip(step: ManifestKnownStepName, reason: string): void;
  fail(step: ManifestKnownStepName, error_message: string): void;
}

/** Inputs of {@link executeRunSteps}. */
export interface ExecuteRunStepsOptions {
  context: RunStepContext;
  gating: RunGatingResult;
  input_fingerprint: string;
  hooks: RunPipelineHooks;
  steps: RunStepRecorder;
  predict: (business_profile: RunBusinessProfile | null) => PredictiveContext;
}

/** What the six steps produced. */
export interface RunStepsOutcome {
  conclusion: RunConclusion | null;
  /** True only for an inferred conclusion that passed validation (never for a gated run). */
  confident: boolean;
  predictive_context: PredictiveContext | null;
  /** `Step <name> failed: <message>` when a step threw (and the run stopped), else null. */
  error: string | null;
}

/** Reasons recorded on skipped steps (seed wording for the gate). */
export const RUN_STEP_SKIP_REASONS = {
  inferenceGated: 'Incomplete inputs - inference skipped',
  validationGated: 'Inference was skipped',
  afterFailure: 'Skipped after an earlier step failed',
} as const;

class StepFailure extends Error {
  constructor(
    readonly step: ManifestKnownStepName,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Execute the six manifest steps in order. Each step is started, run, then marked succeeded, or
 * failed if its work (or the `beforeStep` hook) throws. Recorder errors (a refused manifest write)
 * are not step failures and propagate unchanged.
 */
export function executeRunSteps(options: ExecuteRunStepsOptions): RunStepsOutcome {
  const { context, gating, hooks, steps } = options;
  const { request } = context;
  const outcome: RunStepsOutcome = {
    conclusion: null,
    confident: false,
    predictive_context: null,
    error: null,
  };

  const step = <T>(
    name: ManifestKnownStepName,
    work: () => { value: T; output_refs?: string[]; notes?: string },
    fingerprint?: string,
  ): T => {
    steps.start(name, fingerprint);
    let done: { value: T; output_refs?: string[]; notes?: string };
    try {
      hooks.beforeStep?.(name, context);
      done = work();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      steps.fail(name, message);
      throw new StepFailure(name, `Step ${name} failed: ${message}`);
    }
    steps.succeed(name, done.output_refs, done.notes);
    return done.value;
  };

  try {
    step(
      'parse_normalize_pack',
      () => ({
        value: undefined,
        output_refs: [options.input_fingerprint],
        notes: `fingerprint: ${options.input_fingerprint}`,
      }),
      options.input_fingerprint,
    );

    // As in the seed, a failed profile step does not stop the run: it continues without a profile.
    let profile: RunBusinessProfile | null = null;
    try {
      profile = step('build_business_profile', () => {
        const value = request.business_profile ?? null;
        return {
          value,
          output_refs: [value?.domain || 'none'],
          notes: `industry_bucket: ${value?.industry_bucket || 'none'}`,
        };
      });
    } catch (error) {
      if (!(error instanceof StepFailure)) throw error;
    }

    step('build_snapshot_v2', () => ({
      value: undefined,
      output_refs: [
        `${request.invoices_detected_count} invoices`,
        `${request.quotes_detected_count} quotes`,
      ],
      ...(gating.data_warnings.length > 0
        ? { notes: `warnings: ${gating.data_warnings.length}` }
        : {}),
    }));

    const predictive = step('predictive_context', () => {
      const value = options.predict(profile);
      return { value, output_refs: [value.industry_tag] };
    });
    outcome.predictive_context = predictive;

    if (gating.gated) {
      steps.skip('infer_decision_v2', RUN_STEP_SKIP_REASONS.inferenceGated);
      steps.skip('validate_conclusion_v2', RUN_STEP_SKIP_REASONS.validationGated);
      outcome.conclusion = gating.conclusion;
      return outcome;
    }

    const inferred = step('infer_decision_v2', () => {
      const infer = hooks.inferDecision ?? defaultInferDecision;
      const value = infer({
        request,
        industry_tag: predictive.industry_tag,
        data_warnings: gating.data_warnings,
      });
      return { value, output_refs: ['conclusion'] };
    });

    const ok = step('validate_conclusion_v2', () => {
      const value = isValidConclusion(inferred);
      return { value, notes: `ok: ${value}` };
    });
    // An invalid conclusion is never shown: the run reports no conclusion instead.
    outcome.conclusion = ok ? inferred : null;
    outcome.confident = ok;
    return outcome;
  } catch (error) {
    if (!(error instanceof StepFailure)) throw error;
    outcome.error = error.message;
    outcome.conclusion = null;
    outcome.confident = false;
    // Every step after the failed one never started: skip them so the manifest accounts for all six.
    const from = MANIFEST_STEP_NAMES.indexOf(error.step);
    for (const name of MANIFEST_STEP_NAMES.slice(from + 1)) {
      steps.skip(name, RUN_STEP_SKIP_REASONS.afterFailure);
    }
    return outcome;
  }
}

/** Deterministic stand-in for the seed's agent: a summary of what was recognised. */
export function defaultInferDecision(input: RunInferenceInput): RunConclusion {
  const { invoices_detected_count: invoices, quotes_detected_count: quotes } = input.request;
  return {
    takeaway: `This snapshot is grounded in ${invoices} invoices and ${quotes} quotes.`,
    nextAction: 'Pick one item from the watch list and review it within 7 days.',
    evidence: [`${invoices} invoices recognized`, `${quotes} quotes recognized`],
  };
}

function isValidConclusion(conclusion: RunConclusion | null | undefined): boolean {
  return (
    !!conclusion &&
    typeof conclusion.takeaway === 'string' &&
    conclusion.takeaway.trim() !== '' &&
    typeof conclusion.nextAction === 'string' &&
    conclusion.nextAction.trim() !== '' &&
    Array.isArray(conclusion.evidence) &&
    conclusion.evidence.every((entry) => typeof entry === 'string')
  );
}
