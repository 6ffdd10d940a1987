import type { Baseline, BaselineEvent } from '@govkit/sdk';

const event = (
  id: string,
  action: string,
  by: string,
  at: string,
  notes: string | null = null,
): BaselineEvent => ({
  id,
  baseline_id: 'bl-7',
  action,
  notes,
  detail: {},
  performed_by_id: by,
  created_at: at,
});

/** A baseline awaiting review by `user-reviewer` (seed 001's `submitted` scenario). */
export const SUBMITTED_BASELINE: Baseline = {
  id: 'bl-7',
  execution_id: 'exec-qpcr-rerun',
  template_id: 'protocol-qpcr',
  team_id: 'team-governance',
  name: 'qPCR baseline candidate',
  description: 'Tightened Ct thresholds after the reagent lot change.',
  status: 'submitted',
  labels: [{ key: 'lot', value: 'R-2291' }],
  reviewer_ids: ['user-reviewer'],
  version_number: null,
  is_current: false,
  submitted_by_id: 'user-lead',
  submitted_at: '2026-12-01T09:00:00Z',
  reviewed_by_id: null,
  reviewed_at: null,
  review_notes: null,
  published_by_id: null,
  published_at: null,
  publish_notes: null,
  rollback_of_id: null,
  rolled_back_by_id: null,
  rolled_back_at: null,
  rollback_notes: null,
  created_at: '2026-12-01T09:00:00Z',
  updated_at: '2026-12-01T09:00:00Z',
  events: [event('ev-1', 'submitted', 'user-lead', '2026-12-01T09:00:00Z')],
};

/** Approved by `user-reviewer`, awaiting publication. */
export const APPROVED_BASELINE: Baseline = {
  ...SUBMITTED_BASELINE,
  status: 'approved',
  reviewed_by_id: 'user-reviewer',
  reviewed_at: '2026-12-01T15:30:00Z',
  review_notes: 'Thresholds match the validation report.',
  updated_at: '2026-12-01T15:30:00Z',
  events: [
    event(
      'ev-2',
      'review.approve',
      'user-reviewer',
      '2026-12-01T15:30:00Z',
      'Thresholds match the validation report.',
    ),
    ...SUBMITTED_BASELINE.events,
  ],
};

/** Published as version 3, the current baseline of its protocol template. */
export const PUBLISHED_BASELINE: Baseline = {
  ...APPROVED_BASELINE,
  status: 'published',
  version_number: 3,
  is_current: true,
  published_by_id: 'user-reviewer',
  published_at: '2026-12-02T08:00:00Z',
  publish_notes: 'Effective for runs from December.',
  updated_at: '2026-12-02T08:00:00Z',
  events: [
    event(
      'ev-3',
      'published',
      'user-reviewer',
      '2026-12-02T08:00:00Z',
      'Effective for runs from December.',
    ),
    ...APPROVED_BASELINE.events,
  ],
};

/** Rolled back by `user-admin` to the previous version. */
export const ROLLED_BACK_BASELINE: Baseline = {
  ...PUBLISHED_BASELINE,
  status: 'rolled_back',
  is_current: false,
  rolled_back_by_id: 'user-admin',
  rolled_back_at: '2026-12-03T07:45:00Z',
  rollback_notes: 'False negatives on the control plate.',
  updated_at: '2026-12-03T07:45:00Z',
  events: [
    event('ev-5', 'override_cooldown', 'user-manager', '2026-12-03T08:10:00Z'),
    event(
      'ev-4',
      'rolled_back',
      'user-admin',
      '2026-12-03T07:45:00Z',
      'False negatives on the control plate.',
    ),
    ...PUBLISHED_BASELINE.events,
  ],
};

/** Rejected by the reviewer (it may be reviewed again). */
export const REJECTED_BASELINE: Baseline = {
  ...SUBMITTED_BASELINE,
  status: 'rejected',
  reviewed_by_id: 'user-reviewer',
  reviewed_at: '2026-12-01T16:00:00Z',
  review_notes: 'Viability below the acceptance band.',
  events: [
    event(
      'ev-2',
      'review.reject',
      'user-reviewer',
      '2026-12-01T16:00:00Z',
      'Viability below the acceptance band.',
    ),
    ...SUBMITTED_BASELINE.events,
  ],
};

/**
 * The other versions of {@link PUBLISHED_BASELINE}'s protocol template, as the baseline list
 * returns them: v1 and v2 may be reinstated; the submitted candidate, another template's
 * baseline and the baseline itself may not.
 */
export const TEMPLATE_VERSIONS: Baseline[] = [
  PUBLISHED_BASELINE,
  { ...SUBMITTED_BASELINE, id: 'bl-9', name: 'qPCR baseline next' },
  {
    ...PUBLISHED_BASELINE,
    id: 'bl-2',
    name: 'qPCR baseline v2',
    version_number: 2,
    is_current: false,
    status: 'rolled_back',
  },
  {
    ...PUBLISHED_BASELINE,
    id: 'bl-1',
    name: 'qPCR baseline v1',
    version_number: 1,
    is_current: false,
  },
  { ...PUBLISHED_BASELINE, id: 'bl-c1', template_id: 'protocol-culture', name: 'Culture v1' },
];
