import {
  type IndustryKnownTag,
  PRESENTED_WATCH_ITEMS_MAX,
  type PredictiveContext,
  type PredictiveContextInput,
  type PresentedWatchList,
  WATCH_LIST_DISCLAIMER,
  WATCH_LIST_TITLE,
} from '../../schemas/run-governance/predictive-context';
import { INDUSTRY_LIBRARY, isIndustryLibraryTag } from './industry-library';

// Keyword rules of the seed's `classifyFromText`: plain substring tests, first match wins, in this
// order (contractor last). Substring semantics are kept on purpose ("pipeline" matches plumbing).
const KEYWORD_RULES: ReadonlyArray<readonly [IndustryKnownTag, readonly string[]]> = [
  ['hvac', ['hvac', 'air conditioning', 'heating', 'furnace', 'ac repair']],
  ['bbq_restaurant', ['bbq', 'barbecue', 'catering', 'brisket', 'restaurant']],
  ['landscaping', ['landscaping', 'lawn', 'mowing', 'tree service', 'irrigation']],
  ['plumbing', ['plumbing', 'plumber', 'water heater', 'drain', 'pipe']],
  ['electrician', ['electric', 'electrical', 'panel upgrade', 'generator', 'wiring']],
  ['contractor', ['contractor', 'remodel', 'renovation', 'construction', 'general contractor']],
];

/**
 * The industry a text talks about, by the seed's keyword rules (case-insensitive substring
 * tests, first rule wins), or null when no rule matches.
 */
export function classifyIndustryFromText(text: string): IndustryKnownTag | null {
  const haystack = text.toLowerCase();
  for (const [tag, keywords] of KEYWORD_RULES) {
    if (keywords.some((keyword) => haystack.includes(keyword))) return tag;
  }
  return null;
}

/**
 * Classify a run's industry: (1) `business_profile.industry_bucket`, lower-cased, when it is a
 * library key; (2) keywords in the profile text (name, summary, services, domain); (3) keywords in
 * `snapshot_keywords`; (4) `general_local_service`.
 */
export function classifyIndustry(input: PredictiveContextInput): IndustryKnownTag {
  const profile = input.business_profile;
  const bucket = profile?.industry_bucket?.trim().toLowerCase();
  if (bucket && isIndustryLibraryTag(bucket)) return bucket;
  if (profile) {
    const profileText = [
      profile.name_guess ?? '',
      profile.summary ?? '',
      ...(profile.services ?? []),
      profile.domain ?? '',
    ].join(' ');
    const fromProfile = classifyIndustryFromText(profileText);
    if (fromProfile) return fromProfile;
  }
  const fromKeywords = classifyIndustryFromText((input.snapshot_keywords ?? []).join(' '));
  return fromKeywords ?? 'general_local_service';
}

/**
 * A finite, non-forecast watch list for the run's industry: the library's whole list (three items)
 * and the disclaimer "This is a watch list, not a forecast.".
 *
 * @example
 * buildPredictiveContext({ business_profile: { summary: 'Family HVAC company' } }).industry_tag // 'hvac'
 */
export function buildPredictiveContext(input: PredictiveContextInput = {}): PredictiveContext {
  const profile = INDUSTRY_LIBRARY[classifyIndustry(input)];
  return {
    industry_tag: profile.industry_tag,
    watch_list: profile.watch_items.map((item) => ({ ...item })),
    disclaimer: WATCH_LIST_DISCLAIMER,
  };
}

/**
 * The watch list as the results page presents it: at most four items (time horizon kept), in a
 * section collapsed by default, with the disclaimer. Null for a missing context or an empty list,
 * so the page renders nothing rather than an empty section.
 */
export function presentWatchList(
  context: PredictiveContext | null | undefined,
): PresentedWatchList | null {
  if (!context || context.watch_list.length === 0) return null;
  return {
    title: WATCH_LIST_TITLE,
    industry_tag: context.industry_tag,
    items: context.watch_list.slice(0, PRESENTED_WATCH_ITEMS_MAX).map((item) => ({ ...item })),
    collapsed: true,
    disclaimer: WATCH_LIST_DISCLAIMER,
  };
}
