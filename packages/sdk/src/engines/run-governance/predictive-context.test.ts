import { describe, expect, it } from 'vitest';
import {
  INDUSTRY_TAGS,
  PredictiveContextSchema,
  PresentedWatchListSchema,
} from '../../schemas/run-governance/predictive-context';
import { INDUSTRY_LIBRARY, isIndustryLibraryTag } from './industry-library';
import {
  buildPredictiveContext,
  classifyIndustry,
  classifyIndustryFromText,
  presentWatchList,
} from './predictive-context';

// Rows of the reference table (seed-002-003-004-contracts.md B.4): industry, topic, why it
// matters, what to watch, horizon.
const LIBRARY_TABLE: ReadonlyArray<readonly [string, string, string, string, string]> = [
  [
    'hvac',
    'Refrigerant regulations',
    'EPA phase-downs affect equipment costs and job pricing',
    'New equipment orders, refrigerant inventory costs',
    '30-90 days',
  ],
  [
    'hvac',
    'Seasonal demand shift',
    'Cooling season ending can shift cash flow patterns',
    'Quote conversion rates, maintenance contract renewals',
    '30-60 days',
  ],
  [
    'hvac',
    'Energy efficiency rebates',
    'Local utility programs change customer willingness to upgrade',
    'Quote sizes for replacement jobs, customer objections',
    '60-90 days',
  ],
  [
    'bbq_restaurant',
    'Meat price volatility',
    'Brisket and pork prices affect margins without immediate menu adjustments',
    'Food cost percentage, vendor invoice trends',
    '30-60 days',
  ],
  [
    'bbq_restaurant',
    'Event season bookings',
    'Catering deposits drive cash flow for slower dine-in periods',
    'Deposit timing vs. event dates, large order pipeline',
    '30-90 days',
  ],
  [
    'bbq_restaurant',
    'Labor availability',
    'Weekend kitchen staff shortages can limit revenue capacity',
    'Overtime costs, weekend sales vs. capacity',
    '30-60 days',
  ],
  [
    'contractor',
    'Material lead times',
    'Longer delays can push job completion and final payment out',
    'Supplier order dates vs. install dates, change order frequency',
    '30-90 days',
  ],
  [
    'contractor',
    'Weather patterns',
    'Exterior work delays cascade into cash collection timing',
    'Job schedule compression, customer extension requests',
    '30-60 days',
  ],
  [
    'contractor',
    'Permit processing times',
    'Municipal backlog delays project starts and deposit collection',
    'Permit submission to approval lag, customer frustration signals',
    '60-90 days',
  ],
  [
    'landscaping',
    'End-of-season transitions',
    'Mowing revenue drops while maintenance contracts sustain cash flow',
    'Service mix shift, contract renewal timing',
    '30-90 days',
  ],
  [
    'landscaping',
    'Equipment maintenance cycles',
    'Fall maintenance spend hits before winter lull',
    'Repair invoice timing, equipment downtime costs',
    '30-60 days',
  ],
  [
    'landscaping',
    'Snow service prep',
    'Pre-season contracts provide winter revenue predictability',
    'Snow contract signings, plow equipment investment needs',
    '60-90 days',
  ],
  [
    'plumbing',
    'Emergency call patterns',
    'Cold weather increases burst pipe emergencies with faster payment',
    'Service mix (emergency vs. scheduled), average ticket size',
    '30-60 days',
  ],
  [
    'plumbing',
    'Water heater replacement cycle',
    'Seasonal failures drive higher-margin equipment sales',
    'Equipment job frequency, financing take rate',
    '30-90 days',
  ],
  [
    'plumbing',
    'New construction activity',
    'Builder payment terms differ from residential service cash flow',
    'Commercial job percentage, days to payment for builder work',
    '60-90 days',
  ],
  [
    'electrician',
    'Panel upgrade demand',
    'EV charger and solar installs drive service panel work with permit delays',
    'Quote pipeline for electrical capacity upgrades, permit wait times',
    '30-90 days',
  ],
  [
    'electrician',
    'Generator season',
    'Storm season increases backup power inquiries and deposits',
    'Generator quote conversion, equipment availability lead times',
    '30-60 days',
  ],
  [
    'electrician',
    'Commercial tenant improvements',
    'Retail build-outs have different payment terms than residential',
    'Commercial job percentage, retainage holding periods',
    '60-90 days',
  ],
  [
    'general_local_service',
    'Seasonal revenue patterns',
    'Most service businesses have cyclical cash flow',
    'Monthly revenue trends, customer inquiry volume',
    '30-90 days',
  ],
  [
    'general_local_service',
    'Payment terms pressure',
    'Customers requesting longer payment windows during slower periods',
    'Days to payment trends, payment plan requests',
    '30-60 days',
  ],
  [
    'general_local_service',
    'Competition and pricing',
    'New entrants or economic stress affect quote conversion rates',
    'Quote-to-job conversion rate, average job value changes',
    '60-90 days',
  ],
];

describe('INDUSTRY_LIBRARY', () => {
  it('holds the seven industries with their reference watch items, word for word', () => {
    expect(Object.keys(INDUSTRY_LIBRARY).sort()).toEqual([...INDUSTRY_TAGS].sort());
    const flattened = Object.values(INDUSTRY_LIBRARY).flatMap((profile) =>
      profile.watch_items.map((item) => [
        profile.industry_tag,
        item.topic,
        item.why_it_matters,
        item.what_to_watch,
        item.time_horizon,
      ]),
    );
    expect(flattened).toEqual(LIBRARY_TABLE);
  });

  it('recognises exact library keys only', () => {
    expect(isIndustryLibraryTag('hvac')).toBe(true);
    expect(isIndustryLibraryTag('trade')).toBe(false);
    expect(isIndustryLibraryTag('toString')).toBe(false);
  });
});

describe('classifyIndustryFromText', () => {
  it.each([
    ['Family HVAC and furnace service', 'hvac'],
    ['AC REPAIR in Austin', 'hvac'],
    ['Texas barbecue and catering', 'bbq_restaurant'],
    ['lawn care, mowing', 'landscaping'],
    ['24/7 plumber', 'plumbing'],
    ['sales pipeline consulting', 'plumbing'],
    ['panel upgrade and wiring', 'electrician'],
    ['kitchen remodel', 'contractor'],
    ['general contractor for restaurant build-outs', 'bbq_restaurant'],
    ['heating contractor', 'hvac'],
    ['dog grooming', null],
  ])('%j → %j (first rule wins, substring semantics)', (text, tag) => {
    expect(classifyIndustryFromText(text)).toBe(tag);
  });
});

describe('classifyIndustry', () => {
  it('prefers an explicit industry_bucket that names a library industry', () => {
    expect(
      classifyIndustry({ business_profile: { industry_bucket: 'Plumbing', summary: 'HVAC' } }),
    ).toBe('plumbing');
  });

  it('falls back to the profile text when the bucket is not a library key', () => {
    expect(
      classifyIndustry({
        business_profile: {
          industry_bucket: 'trade',
          name_guess: 'Cool Air',
          services: ['AC repair'],
        },
      }),
    ).toBe('hvac');
    expect(classifyIndustry({ business_profile: { domain: 'greenlawn.example' } })).toBe(
      'landscaping',
    );
  });

  it('uses snapshot keywords after the profile, then general_local_service', () => {
    expect(
      classifyIndustry({
        business_profile: { summary: 'We help people' },
        snapshot_keywords: ['Drain cleaning'],
      }),
    ).toBe('plumbing');
    expect(classifyIndustry({ snapshot_keywords: ['brisket'] })).toBe('bbq_restaurant');
    expect(classifyIndustry({})).toBe('general_local_service');
    expect(classifyIndustry({ business_profile: null, snapshot_keywords: [] })).toBe(
      'general_local_service',
    );
  });
});

describe('buildPredictiveContext', () => {
  it('returns the whole list of the industry and the disclaimer', () => {
    const context = buildPredictiveContext({
      business_profile: { summary: 'Electrical services' },
    });
    expect(PredictiveContextSchema.parse(context)).toEqual(context);
    expect(context.industry_tag).toBe('electrician');
    expect(context.watch_list).toEqual(INDUSTRY_LIBRARY.electrician.watch_items);
    expect(context.disclaimer).toBe('This is a watch list, not a forecast.');
  });

  it('hands out copies, so callers cannot edit the library', () => {
    const context = buildPredictiveContext();
    if (context.watch_list[0]) context.watch_list[0].topic = 'changed';
    expect(INDUSTRY_LIBRARY.general_local_service.watch_items[0]?.topic).toBe(
      'Seasonal revenue patterns',
    );
  });
});

describe('presentWatchList', () => {
  it('shows at most four items, collapsed by default, with the disclaimer', () => {
    const base = buildPredictiveContext({ snapshot_keywords: ['hvac'] });
    const long = { ...base, watch_list: [...base.watch_list, ...base.watch_list] };
    const presented = presentWatchList(long);
    expect(presented).not.toBeNull();
    expect(PresentedWatchListSchema.parse(presented)).toEqual(presented);
    expect(presented?.items).toHaveLength(4);
    expect(presented?.items[0]).toEqual(base.watch_list[0]);
    expect(presented).toMatchObject({
      collapsed: true,
      industry_tag: 'hvac',
      disclaimer: 'This is a watch list, not a forecast.',
      title: 'What might shift in the next 30–90 days (optional)',
    });
    expect(presentWatchList(base)?.items).toHaveLength(3);
  });

  it('renders nothing without a context or items', () => {
    expect(presentWatchList(null)).toBeNull();
    expect(presentWatchList({ industry_tag: 'hvac', watch_list: [], disclaimer: 'x' })).toBeNull();
  });
});
