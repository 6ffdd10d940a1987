import { z } from 'zod';
import { openObject } from '../shared/open-object';
import { IdSchema } from '../shared/primitives';

/**
 * Override activity grouped by the scenario it came from (id, name, folder). `net_count` is
 * executed − reversed.
 */
export const AnalyticsScenarioLineageBucketSchema = openObject({
  scenario_id: IdSchema.nullish(),
  scenario_name: z.string().nullish(),
  folder_name: z.string().nullish(),
  executed_count: z.number().int(),
  reversed_count: z.number().int(),
  net_count: z.number().int(),
});
export type AnalyticsScenarioLineageBucket = z.output<typeof AnalyticsScenarioLineageBucketSchema>;

/** Override activity grouped by the notebook entry it came from (id, title). */
export const AnalyticsNotebookLineageBucketSchema = openObject({
  notebook_entry_id: IdSchema.nullish(),
  notebook_title: z.string().nullish(),
  execution_id: IdSchema.nullish(),
  executed_count: z.number().int(),
  reversed_count: z.number().int(),
  net_count: z.number().int(),
});
export type AnalyticsNotebookLineageBucket = z.output<typeof AnalyticsNotebookLineageBucketSchema>;

/**
 * `lineage_summary`: the analytics report's and
 * every timeline analytics entry's provenance view of override activity. govkit counts each
 * execution's overrides once, however many previews the execution has.
 */
export const GovernanceLineageSummarySchema = openObject({
  scenarios: z.array(AnalyticsScenarioLineageBucketSchema).default([]),
  notebooks: z.array(AnalyticsNotebookLineageBucketSchema).default([]),
});
export type GovernanceLineageSummary = z.output<typeof GovernanceLineageSummarySchema>;
