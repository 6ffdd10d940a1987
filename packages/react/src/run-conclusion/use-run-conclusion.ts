import type { RunResult } from '@govkit/sdk';
import { DOCTRINE_SAFE_CONCLUSION_TEXT } from '@govkit/sdk/schemas';
import { useMessages } from '../i18n/use-messages';
import { type RunConclusionMessages, runConclusionMessages } from './run-conclusion-messages';

/** What the conclusion needs of a run result (any backend can fill it). */
export type RunConclusionData = Pick<RunResult, 'conclusion' | 'gated' | 'data_warnings'>;

export interface UseRunConclusionOptions {
  /** The run once loaded; without it (and without an error) the conclusion is loading. */
  run?: RunConclusionData | undefined;
  error?: unknown;
  messages?: Partial<RunConclusionMessages> | undefined;
}

/**
 * `gated`: inference was suppressed, the doctrine-safe conclusion and the data-warnings alert
 * show, never a confident inference. `empty`: the run has no conclusion (yet).
 */
export type RunConclusionState = 'loading' | 'error' | 'empty' | 'gated' | 'ready';

export interface RunConclusionModel {
  state: RunConclusionState;
  messages: RunConclusionMessages;
  takeaway: string;
  nextAction: string;
  evidence: readonly string[];
  /** The run's data warnings: the alert's list when gated, a quieter note otherwise. */
  warnings: readonly string[];
}

/**
 * The headless run conclusion: one takeaway, one next action, the evidence behind it;
 * for a gated run the doctrine-safe text with the data warnings that caused it.
 */
export function useRunConclusion({
  run,
  error,
  messages: overrides,
}: UseRunConclusionOptions): RunConclusionModel {
  const messages = useMessages('runConclusion', runConclusionMessages, overrides);
  const none = { messages, takeaway: '', nextAction: '', evidence: [], warnings: [] };
  if (error !== undefined && error !== null) return { ...none, state: 'error' };
  if (!run) return { ...none, state: 'loading' };
  const warnings = run.data_warnings;
  const conclusion = run.conclusion;
  if (!conclusion) {
    // A gated run without any conclusion still must not look like a confident one.
    return run.gated
      ? {
          ...none,
          state: 'gated',
          takeaway: messages.gatedTakeaway,
          nextAction: messages.gatedNextAction,
          evidence: warnings,
          warnings,
        }
      : { ...none, state: 'empty', warnings };
  }
  // The seed's English doctrine-safe text is shown in the reader's language; other text as sent.
  const takeaway =
    conclusion.takeaway === DOCTRINE_SAFE_CONCLUSION_TEXT.takeaway
      ? messages.gatedTakeaway
      : conclusion.takeaway;
  const nextAction =
    conclusion.nextAction === DOCTRINE_SAFE_CONCLUSION_TEXT.nextAction
      ? messages.gatedNextAction
      : conclusion.nextAction;
  return {
    messages,
    state: run.gated ? 'gated' : 'ready',
    takeaway,
    nextAction,
    evidence: conclusion.evidence,
    warnings,
  };
}
