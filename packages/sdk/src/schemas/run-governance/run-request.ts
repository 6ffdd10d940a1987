import { z } from 'zod';
import { requestObject } from '../shared/open-object';
import { RunBusinessProfileSchema } from './predictive-context';
import { RunLockOwnerSchema, RunLockTtlSecondsSchema } from './run-lock';
import { InputDateRangeSchema } from './run-manifest';

/**
 * What kind of export an uploaded file is. `invoices` and `quotes` drive the gate ("file
 * provided"); the others are carried for the fingerprint only.
 */
export const RunFileCategorySchema = z.enum([
  'invoices',
  'quotes',
  'calendar',
  'customers',
  'other',
]);
export type RunFileCategory = z.output<typeof RunFileCategorySchema>;

/** One uploaded file, summarised: aggregate metadata only, never rows. */
export const RunFileSchema = requestObject({
  name: z.string().min(1).max(500),
  category: RunFileCategorySchema,
  row_count: z.number().int().nonnegative().default(0),
});
export type RunFile = z.output<typeof RunFileSchema>;

/**
 * Body of `POST /api/workspaces/{workspace_id}/runs`: who runs it, the lock TTL, and the pack
 * summary the gate and the predictive context need.
 *
 * - `owner`: who holds the run lock; a server defaults it to the acting user.
 * - `files`: the uploaded files (an invoices/quotes file "is provided" when one of that category is
 *   listed).
 * - `invoices_detected_count` / `quotes_detected_count`: rows the parser recognised.
 * - `data_warnings`: extra warnings from parsing (e.g. dropped-row reasons). The engine adds the
 *   seed's exact "not recognized" warnings itself when a file was provided with zero detected.
 * - `business_profile`, `snapshot_keywords`: classification input for the watch list.
 * - `date_range`: range of the uploaded data, part of the input fingerprint.
 */
export const RunStartRequestSchema = requestObject({
  owner: RunLockOwnerSchema.optional().meta({
    description: 'Who holds the run lock. Default: the acting user.',
  }),
  mode: z.string().min(1).max(50).default('mock'),
  ttl_seconds: RunLockTtlSecondsSchema,
  files: z.array(RunFileSchema).max(200).default([]),
  invoices_detected_count: z.number().int().nonnegative().default(0),
  quotes_detected_count: z.number().int().nonnegative().default(0),
  data_warnings: z.array(z.string().max(2000)).max(200).default([]),
  business_profile: RunBusinessProfileSchema.nullish(),
  snapshot_keywords: z.array(z.string().max(200)).max(500).default([]),
  date_range: InputDateRangeSchema.optional(),
});
export type RunStartRequest = z.output<typeof RunStartRequestSchema>;
export type RunStartRequestInput = z.input<typeof RunStartRequestSchema>;
