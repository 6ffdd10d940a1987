import { z } from 'zod';
import { openEnum } from '../shared/open-enum';
import { openObject } from '../shared/open-object';
import { IdSchema, TimestampSchema } from '../shared/primitives';
import { PredictiveContextSchema, PresentedWatchListSchema } from './predictive-context';
import { RunConclusionSchema, RunReadinessSchema } from './run-gating';
import { FencingTokenSchema } from './run-lock';
import { RunManifestSchema } from './run-manifest';

/**
 * `succeeded`: all six steps ended (some may be skipped by the gate, the business-profile step may
 * have failed and been replaced by a fallback). `failed`: a step threw; the remaining steps are
 * marked skipped and `error` says why.
 */
export const RunStatusSchema = openEnum(['succeeded', 'failed']);
export type RunStatus = z.output<typeof RunStatusSchema>;

/**
 * The result of one governed run (`POST /api/workspaces/{workspace_id}/runs` → 201,
 * `GET /api/runs/{run_id}`).
 *
 * - `gated`: the gate suppressed inference; `conclusion` is then the doctrine-safe text and
 *   `confident` is false. A gated run never carries a confident conclusion.
 * - `manifest_summary`: `"<S> steps succeeded, <K> skipped, <F> failed (lock: <8 chars>)"`.
 * - `presented_watch_list`: at most four items, collapsed by default.
 * - `lock_id` / `fencing_token`: the grant the run ran under (released when the run ended).
 */
export const RunResultSchema = openObject({
  run_id: IdSchema,
  workspace_id: IdSchema,
  owner: z.string(),
  status: RunStatusSchema,
  gated: z.boolean(),
  confident: z.boolean(),
  readiness: RunReadinessSchema,
  data_warnings: z.array(z.string()),
  input_fingerprint: z.string(),
  manifest: RunManifestSchema,
  manifest_summary: z.string(),
  conclusion: RunConclusionSchema.nullable(),
  predictive_context: PredictiveContextSchema.nullable(),
  presented_watch_list: PresentedWatchListSchema.nullable(),
  lock_id: IdSchema,
  fencing_token: FencingTokenSchema,
  created_at: TimestampSchema,
  finished_at: TimestampSchema,
  error: z.string().nullable(),
});
export type RunResult = z.output<typeof RunResultSchema>;
