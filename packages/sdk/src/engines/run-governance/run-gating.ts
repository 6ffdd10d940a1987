import {
  BLOCKING_WARNING_MARKER,
  DOCTRINE_SAFE_CONCLUSION_TEXT,
  INVOICES_NOT_RECOGNIZED_WARNING,
  QUOTES_NOT_RECOGNIZED_WARNING,
  READINESS_REASONS,
  type RunConclusion,
  type RunReadiness,
} from '../../schemas/run-governance/run-gating';
import type { RunStartRequest } from '../../schemas/run-governance/run-request';

/** What the gate looks at: the pack summary of a run request. */
export type RunGatingInput = Pick<
  RunStartRequest,
  'files' | 'invoices_detected_count' | 'quotes_detected_count' | 'data_warnings'
>;

/** The gate's verdict plus the conclusion a gated run must return. */
export interface RunGatingResult {
  readiness: RunReadiness;
  /** All data warnings: the engine's "not recognized" ones first, then the request's, deduplicated. */
  data_warnings: string[];
  /** True when inference must be skipped (`infer_decision_v2`, `validate_conclusion_v2`). */
  gated: boolean;
  /** The doctrine-safe conclusion when gated, else null (inference decides). */
  conclusion: RunConclusion | null;
}

/**
 * Gate a run before inference (contract-decisions.md): it is gated when any data warning
 * contains "not recognized", or an invoices or quotes file was provided with zero detected. A gated
 * run gets the doctrine-safe conclusion with `evidence` = the data warnings and never a confident
 * one. (The seed's code nested the file checks inside `data_warnings.some`, so with no warnings
 * they never fired; here they are independent.)
 *
 * A `blocked` readiness (no quotes and no invoices recognized at all) is gated too, as in the
 * source system: there is nothing to infer from, so no confident conclusion may be produced.
 *
 * @example
 * computeRunGating({ files: [{ name: 'inv.csv', category: 'invoices', row_count: 40 }],
 *   invoices_detected_count: 0, quotes_detected_count: 0, data_warnings: [] }).gated // true
 */
export function computeRunGating(input: RunGatingInput): RunGatingResult {
  const invoicesFileProvided = input.files.some((file) => file.category === 'invoices');
  const quotesFileProvided = input.files.some((file) => file.category === 'quotes');
  const invoicesMissing = invoicesFileProvided && input.invoices_detected_count === 0;
  const quotesMissing = quotesFileProvided && input.quotes_detected_count === 0;

  const warnings: string[] = [];
  if (invoicesMissing) warnings.push(INVOICES_NOT_RECOGNIZED_WARNING);
  if (quotesMissing) warnings.push(QUOTES_NOT_RECOGNIZED_WARNING);
  warnings.push(...input.data_warnings);
  const data_warnings = [...new Set(warnings)];

  const level = readinessLevel(input, invoicesMissing, quotesMissing);
  const gated =
    invoicesMissing ||
    quotesMissing ||
    data_warnings.some((warning) => warning.includes(BLOCKING_WARNING_MARKER)) ||
    level.level === 'blocked';

  const readiness: RunReadiness = { ...level, suppress_inference: gated, data_warnings };
  return {
    readiness,
    data_warnings,
    gated,
    conclusion: gated ? doctrineSafeConclusion(data_warnings) : null,
  };
}

/** The seed's doctrine-safe conclusion, with the warnings as evidence. */
export function doctrineSafeConclusion(data_warnings: readonly string[]): RunConclusion {
  return {
    takeaway: DOCTRINE_SAFE_CONCLUSION_TEXT.takeaway,
    nextAction: DOCTRINE_SAFE_CONCLUSION_TEXT.nextAction,
    evidence: [...data_warnings],
  };
}

// The source system's readiness table, first match wins. It decides level/diagnose_mode/reason
// only; whether inference runs is the gate's decision above.
function readinessLevel(
  input: RunGatingInput,
  invoicesMissing: boolean,
  quotesMissing: boolean,
): Pick<RunReadiness, 'level' | 'diagnose_mode' | 'reason'> {
  if (invoicesMissing) {
    return {
      level: 'partial',
      diagnose_mode: true,
      reason: READINESS_REASONS.invoicesUnrecognized,
    };
  }
  if (quotesMissing) {
    return { level: 'partial', diagnose_mode: true, reason: READINESS_REASONS.quotesUnrecognized };
  }
  if (input.invoices_detected_count === 0 && input.quotes_detected_count === 0) {
    return { level: 'blocked', diagnose_mode: true, reason: READINESS_REASONS.nothingRecognized };
  }
  if (input.invoices_detected_count > 0 && input.quotes_detected_count > 0) {
    return { level: 'ready', diagnose_mode: false, reason: null };
  }
  return { level: 'partial', diagnose_mode: true, reason: READINESS_REASONS.incomplete };
}
