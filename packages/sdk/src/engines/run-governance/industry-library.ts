import type {
  IndustryKnownTag,
  IndustryProfile,
  IndustryWatchItem,
} from '../../schemas/run-governance/predictive-context';

const item = (
  topic: string,
  why_it_matters: string,
  what_to_watch: string,
  time_horizon: string,
): IndustryWatchItem => ({ topic, why_it_matters, time_horizon, what_to_watch });

/**
 * The curated watch items, three per industry, word for word from the seed's library
 * (`predictive/industry_library.ts`). Content, not logic: edit with care, tests pin every string.
 */
export const INDUSTRY_LIBRARY: Readonly<Record<IndustryKnownTag, IndustryProfile>> = {
  hvac: {
    industry_tag: 'hvac',
    watch_items: [
      item(
        'Refrigerant regulations',
        'EPA phase-downs affect equipment costs and job pricing',
        'New equipment orders, refrigerant inventory costs',
        '30-90 days',
      ),
      item(
        'Seasonal demand shift',
        'Cooling season ending can shift cash flow patterns',
        'Quote conversion rates, maintenance contract renewals',
        '30-60 days',
      ),
      item(
        'Energy efficiency rebates',
        'Local utility programs change customer willingness to upgrade',
        'Quote sizes for replacement jobs, customer objections',
        '60-90 days',
      ),
    ],
  },
  bbq_restaurant: {
    industry_tag: 'bbq_restaurant',
    watch_items: [
      item(
        'Meat price volatility',
        'Brisket and pork prices affect margins without immediate menu adjustments',
        'Food cost percentage, vendor invoice trends',
        '30-60 days',
      ),
      item(
        'Event season bookings',
        'Catering deposits drive cash flow for slower dine-in periods',
        'Deposit timing vs. event dates, large order pipeline',
        '30-90 days',
      ),
      item(
        'Labor availability',
        'Weekend kitchen staff shortages can limit revenue capacity',
        'Overtime costs, weekend sales vs. capacity',
        '30-60 days',
      ),
    ],
  },
  contractor: {
    industry_tag: 'contractor',
    watch_items: [
      item(
        'Material lead times',
        'Longer delays can push job completion and final payment out',
        'Supplier order dates vs. install dates, change order frequency',
        '30-90 days',
      ),
      item(
        'Weather patterns',
        'Exterior work delays cascade into cash collection timing',
        'Job schedule compression, customer extension requests',
        '30-60 days',
      ),
      item(
        'Permit processing times',
        'Municipal backlog delays project starts and deposit collection',
        'Permit submission to approval lag, customer frustration signals',
        '60-90 days',
      ),
    ],
  },
  landscaping: {
    industry_tag: 'landscaping',
    watch_items: [
      item(
        'End-of-season transitions',
        'Mowing revenue drops while maintenance contracts sustain cash flow',
        'Service mix shift, contract renewal timing',
        '30-90 days',
      ),
      item(
        'Equipment maintenance cycles',
        'Fall maintenance spend hits before winter lull',
        'Repair invoice timing, equipment downtime costs',
        '30-60 days',
      ),
      item(
        'Snow service prep',
        'Pre-season contracts provide winter revenue predictability',
        'Snow contract signings, plow equipment investment needs',
        '60-90 days',
      ),
    ],
  },
  plumbing: {
    industry_tag: 'plumbing',
    watch_items: [
      item(
        'Emergency call patterns',
        'Cold weather increases burst pipe emergencies with faster payment',
        'Service mix (emergency vs. scheduled), average ticket size',
        '30-60 days',
      ),
      item(
        'Water heater replacement cycle',
        'Seasonal failures drive higher-margin equipment sales',
        'Equipment job frequency, financing take rate',
        '30-90 days',
      ),
      item(
        'New construction activity',
        'Builder payment terms differ from residential service cash flow',
        'Commercial job percentage, days to payment for builder work',
        '60-90 days',
      ),
    ],
  },
  electrician: {
    industry_tag: 'electrician',
    watch_items: [
      item(
        'Panel upgrade demand',
        'EV charger and solar installs drive service panel work with permit delays',
        'Quote pipeline for electrical capacity upgrades, permit wait times',
        '30-90 days',
      ),
      item(
        'Generator season',
        'Storm season increases backup power inquiries and deposits',
        'Generator quote conversion, equipment availability lead times',
        '30-60 days',
      ),
      item(
        'Commercial tenant improvements',
        'Retail build-outs have different payment terms than residential',
        'Commercial job percentage, retainage holding periods',
        '60-90 days',
      ),
    ],
  },
  general_local_service: {
    industry_tag: 'general_local_service',
    watch_items: [
      item(
        'Seasonal revenue patterns',
        'Most service businesses have cyclical cash flow',
        'Monthly revenue trends, customer inquiry volume',
        '30-90 days',
      ),
      item(
        'Payment terms pressure',
        'Customers requesting longer payment windows during slower periods',
        'Days to payment trends, payment plan requests',
        '30-60 days',
      ),
      item(
        'Competition and pricing',
        'New entrants or economic stress affect quote conversion rates',
        'Quote-to-job conversion rate, average job value changes',
        '60-90 days',
      ),
    ],
  },
};

/** Whether `tag` is one of the seven library keys (exact, lower-case). */
export function isIndustryLibraryTag(tag: string): tag is IndustryKnownTag {
  return Object.hasOwn(INDUSTRY_LIBRARY, tag);
}
