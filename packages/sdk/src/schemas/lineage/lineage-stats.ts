import { z } from 'zod';
import { openObject } from '../shared/open-object';

/** One template version and how many lineage rows use it. */
export const LineageTemplateCountSchema = openObject({
  version: z.string(),
  count: z.number().int().nonnegative(),
});
export type LineageTemplateCount = z.output<typeof LineageTemplateCountSchema>;

/**
 * `GET /api/lineage/panel/stats` (not in the PRP; the real router has it).
 *
 * - `recent_records_24h`: rows with `created_at` ≥ now − 24 h.
 * - `template_distribution`: every version, count descending (ties: version ascending).
 * - `total_storage_mb`: sum of `raw_inputs_size_bytes` ÷ 1,048,576, rounded to 2 places.
 */
export const LineageStatsSchema = openObject({
  total_records: z.number().int().nonnegative(),
  recent_records_24h: z.number().int().nonnegative(),
  template_distribution: z.array(LineageTemplateCountSchema),
  total_storage_mb: z.number().nonnegative(),
});
export type LineageStats = z.output<typeof LineageStatsSchema>;
