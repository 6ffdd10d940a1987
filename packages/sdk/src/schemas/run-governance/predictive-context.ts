import { z } from 'zod';
import { openEnum } from '../shared/open-enum';
import { openObject, requestObject } from '../shared/open-object';

/** The seven library industries. */
export const INDUSTRY_TAGS = [
  'hvac',
  'bbq_restaurant',
  'contractor',
  'landscaping',
  'plumbing',
  'electrician',
  'general_local_service',
] as const;

/** Shown under every watch list: context, never a prediction. */
export const WATCH_LIST_DISCLAIMER = 'This is a watch list, not a forecast.';

/** Title of the collapsed watch-list section on the results page. */
export const WATCH_LIST_TITLE = 'What might shift in the next 30–90 days (optional)';

/** The presenter shows at most this many watch items. */
export const PRESENTED_WATCH_ITEMS_MAX = 4;

/** A library industry tag as engines use it: one of the seven, closed. */
export const IndustryKnownTagSchema = z.enum(INDUSTRY_TAGS);
export type IndustryKnownTag = z.output<typeof IndustryKnownTagSchema>;

/** An industry tag; open because a newer server may add industries to its library. */
export const IndustryTagSchema = openEnum(INDUSTRY_TAGS);
export type IndustryTag = z.output<typeof IndustryTagSchema>;

/** One pressure worth watching; `time_horizon` is e.g. `30-90 days`. */
export const IndustryWatchItemSchema = openObject({
  topic: z.string(),
  why_it_matters: z.string(),
  time_horizon: z.string(),
  what_to_watch: z.string(),
});
export type IndustryWatchItem = z.output<typeof IndustryWatchItemSchema>;

/** One library entry: an industry and its (three) watch items. */
export const IndustryProfileSchema = openObject({
  industry_tag: IndustryTagSchema,
  watch_items: z.array(IndustryWatchItemSchema),
});
export type IndustryProfile = z.output<typeof IndustryProfileSchema>;

/** What `buildPredictiveContext` returns: the whole watch list of the classified industry. */
export const PredictiveContextSchema = openObject({
  industry_tag: IndustryTagSchema,
  watch_list: z.array(IndustryWatchItemSchema),
  disclaimer: z.string(),
});
export type PredictiveContext = z.output<typeof PredictiveContextSchema>;

/**
 * The watch list as the results page shows it: at most four items, in a section that starts
 * collapsed (`collapsed: true`), with the disclaimer. Unlike the seed's presenter, the time
 * horizon is kept on each item.
 */
export const PresentedWatchListSchema = openObject({
  title: z.string(),
  industry_tag: IndustryTagSchema,
  items: z.array(IndustryWatchItemSchema).max(PRESENTED_WATCH_ITEMS_MAX),
  collapsed: z.boolean(),
  disclaimer: z.string(),
});
export type PresentedWatchList = z.output<typeof PresentedWatchListSchema>;

/**
 * The business profile a run classifies from. `industry_bucket` wins when it names a library
 * industry; otherwise name, summary, services and domain are searched for keywords.
 */
export const RunBusinessProfileSchema = requestObject({
  industry_bucket: z.string().max(100).nullish(),
  name_guess: z.string().max(500).nullish(),
  summary: z.string().max(5000).nullish(),
  services: z.array(z.string().max(500)).max(100).nullish(),
  domain: z.string().max(500).nullish(),
});
export type RunBusinessProfile = z.output<typeof RunBusinessProfileSchema>;

/** Input of `buildPredictiveContext`. */
export const PredictiveContextInputSchema = requestObject({
  business_profile: RunBusinessProfileSchema.nullish(),
  snapshot_keywords: z.array(z.string()).optional(),
});
export type PredictiveContextInput = z.output<typeof PredictiveContextInputSchema>;
