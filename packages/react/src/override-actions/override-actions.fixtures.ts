import type { OverrideRecommendation } from '@govkit/sdk';
import { FIXTURE_NOW } from '../overrides/override-widgets.fixtures';
import type { OverrideActionState, OverrideLineageOptions } from './use-override-actions';

// Seed 000 as the mock server serves it (exec-override-001, clock at 2026-01-15T11:50Z). For
// tests and stories.

export { FIXTURE_NOW };

/** Pause the saturated reviewer: a high-priority `streak_cooldown` recommendation. */
export const COOLDOWN_RECOMMENDATION: OverrideRecommendation = {
  recommendation_id: 'streak_cooldown:user-manager',
  rule_key: 'streak_cooldown',
  action: 'cooldown',
  priority: 'high',
  summary: 'Pause Morgan Manager: three publishes in a row with slow reviews',
  detail: 'Morgan has published three baselines in a row and holds 8 pending reviews.',
  reviewer_id: 'user-manager',
  reviewer_name: 'Morgan Manager',
  reviewer_email: 'morgan.manager@govkit.test',
  triggered_at: '2026-01-15T11:40:00.000Z',
  related_execution_ids: ['exec-override-001'],
  metrics: { publish_streak: 3, pending_count: 8, load_band: 'saturated' },
  allow_opt_out: true,
};

/** Move a review away from the saturated reviewer (needs a baseline and a target reviewer). */
export const REASSIGN_RECOMMENDATION: OverrideRecommendation = {
  ...COOLDOWN_RECOMMENDATION,
  recommendation_id: 'cadence_overload:user-manager',
  rule_key: 'cadence_overload',
  action: 'reassign',
  priority: 'medium',
  summary: 'Reassign one of Morgan Manager’s 8 pending reviews',
  detail: null,
};

/** The scenarios and notebook entries of the seeded lineage summary. */
export const LINEAGE_OPTIONS: OverrideLineageOptions = {
  scenarios: [
    { id: 'scenario-faster-signoff', label: 'Faster sign-off' },
    { id: 'scenario-reagent-swap', label: 'Reagent lot swap' },
  ],
  notebookEntries: [{ id: 'notebook-override-001', label: 'Reviewer load notes' }],
};

/** An executed, reversible override. */
export const EXECUTED_REVERSIBLE: OverrideActionState = {
  id: 'ovr-1',
  status: 'executed',
  reversible: true,
  cooldown_expires_at: null,
  cooldown_window_minutes: null,
};

/** Reversed 10 minutes before "now" with a 120-minute cooldown. */
export const REVERSED_COOLING_DOWN: OverrideActionState = {
  id: 'ovr-1',
  status: 'reversed',
  reversible: true,
  cooldown_expires_at: '2026-01-15T13:40:00.000Z',
  cooldown_window_minutes: 120,
};

/** A reversal lock taken by Morgan one minute before "now" (expires at 11:54). */
export const HELD_LOCK = {
  token: 'lock-1',
  tier: 'override_actor',
  acquired_at: '2026-01-15T11:49:00.000Z',
  actor: { id: 'user-manager', name: 'Morgan Manager', email: 'morgan.manager@govkit.test' },
};
