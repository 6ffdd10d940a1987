import { z } from 'zod';
import { openEnum } from '../shared/open-enum';
import { openObject } from '../shared/open-object';

/** Data warning added when an invoices file was provided but no invoice was recognized (exact). */
export const INVOICES_NOT_RECOGNIZED_WARNING =
  'Invoices file uploaded, but invoices were not recognized. Check column headers (Invoice #, Issued/Created date, Total, Status, Paid date).';

/** Data warning added when a quotes file was provided but no quote was recognized (exact). */
export const QUOTES_NOT_RECOGNIZED_WARNING =
  'Quotes file uploaded, but quotes were not recognized. Check column headers (Quote ID, Created date, Total, Status, Approved date).';

/** The substring that makes any data warning a blocking one (the run gate). */
export const BLOCKING_WARNING_MARKER = 'not recognized';

/** Readiness reasons, exactly as the seed's system words them. */
export const READINESS_REASONS = {
  invoicesUnrecognized:
    'Invoices file uploaded but no invoices recognized. Check date formats and column headers.',
  quotesUnrecognized:
    'Quotes file uploaded but no quotes recognized. Check date formats and column headers.',
  nothingRecognized: 'No quotes or invoices recognized from uploaded files.',
  incomplete: 'Some inputs were recognized, but coverage is incomplete.',
} as const;

/**
 * The doctrine-safe conclusion a gated run returns instead of an inferred one (text);
 * `evidence` is filled with the run's data warnings.
 */
export const DOCTRINE_SAFE_CONCLUSION_TEXT = {
  takeaway: "We're missing some inputs, so this snapshot is less reliable.",
  nextAction: 'Fix exports (check that invoices and quotes are recognized) then re-run.',
} as const;

/** `ready` | `partial` | `blocked`. */
export const ReadinessLevelSchema = openEnum(['ready', 'partial', 'blocked']);
export type ReadinessLevel = z.output<typeof ReadinessLevelSchema>;

/**
 * The gate's verdict for one run.
 *
 * `level`, `diagnose_mode` and `reason` follow the source system's readiness table (first match
 * wins: invoices file with 0 invoices; quotes file with 0 quotes; nothing recognized; both
 * recognized; otherwise partial). `suppress_inference` is govkit's gate (contract-decisions.md): a
 * data warning containing "not recognized", or an invoices/quotes file provided with zero
 * detected, or a `blocked` level (nothing recognized at all). When it is true,
 * `infer_decision_v2` and `validate_conclusion_v2` are skipped.
 */
export const RunReadinessSchema = openObject({
  level: ReadinessLevelSchema,
  diagnose_mode: z.boolean(),
  suppress_inference: z.boolean(),
  reason: z.string().nullable(),
  data_warnings: z.array(z.string()),
});
export type RunReadiness = z.output<typeof RunReadinessSchema>;

/**
 * A run's conclusion: one takeaway, one next action, the evidence behind it. Gated runs carry the
 * doctrine-safe text with `evidence` = the data warnings. (`nextAction` is camelCase, as in the
 * seed.)
 */
export const RunConclusionSchema = openObject({
  takeaway: z.string(),
  nextAction: z.string(),
  evidence: z.array(z.string()),
});
export type RunConclusion = z.output<typeof RunConclusionSchema>;
