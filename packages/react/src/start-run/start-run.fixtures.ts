import type { RunStartRequestInput } from '@govkit/sdk';

/** A clean upload: invoices and quotes recognised, an HVAC business (tests and stories). */
export const CLEAN_RUN_REQUEST: RunStartRequestInput = {
  owner: 'user-lead',
  files: [
    { name: 'invoices.csv', category: 'invoices', row_count: 212 },
    { name: 'quotes.csv', category: 'quotes', row_count: 64 },
  ],
  invoices_detected_count: 212,
  quotes_detected_count: 64,
  business_profile: { industry_bucket: 'hvac', name_guess: 'Brightline Heating' },
  date_range: { start: '2026-09-01', end: '2026-11-30' },
};

/** An upload whose invoices file was not recognised: the run is gated. */
export const GATED_RUN_REQUEST: RunStartRequestInput = {
  ...CLEAN_RUN_REQUEST,
  invoices_detected_count: 0,
};
