import { defineEndpoint } from '../shared/endpoint';
import { OverrideActionOutcomeSchema } from './override-action-outcome';
import {
  OverrideActionRequestSchema,
  OverrideRecommendationPathParamsSchema,
  OverrideRecommendationsParamsSchema,
  OverrideReverseRequestSchema,
} from './override-action-request';
import { OverrideRecommendationReportSchema } from './override-recommendation';

const TAG = 'Overrides';
const BASE = '/api/governance/recommendations/override';

// Every override write can fail the same ways: 400 (service rules, baseline of another
// execution), 403 (no access), 404 (execution/baseline/reviewer), 409 (illegal transition,
// reversal cooldown or lock), 422 (lineage or reassign context missing).
const WRITE_ERRORS = [400, 401, 403, 404, 409, 422] as const;

// The seed contract: `recommendation_id` is free text, never checked against generated
// recommendations (a client may act on a recommendation the server never listed). Said in the
// document so nobody reads the write's 404 as "unknown recommendation".
const FREE_TEXT_RECOMMENDATION =
  ' `recommendation_id` is free text (generated ids look like `{rule_key}:{reviewer_id}`) and is ' +
  'not checked against generated recommendations: 404 means an unknown execution, baseline or ' +
  'target reviewer.';

/** Override recommendations and the four override writes. */
export const overridesEndpoints = {
  recommendationsList: defineEndpoint({
    id: 'overrides.recommendations.list',
    method: 'GET',
    path: BASE,
    summary: 'List override recommendations',
    description:
      'Reviewer-cadence rules (cadence_overload, streak_cooldown, blocker_churn_escalation) ' +
      'evaluated over the caller’s scope; admins see priorities raised one step.',
    tag: TAG,
    query: OverrideRecommendationsParamsSchema,
    response: OverrideRecommendationReportSchema,
    errorStatuses: [401, 403, 404, 422],
  }),
  accept: defineEndpoint({
    id: 'overrides.accept',
    method: 'POST',
    path: `${BASE}/{recommendation_id}/accept`,
    summary: 'Accept an override recommendation',
    description:
      'Requires a lineage with scenario_id or notebook_entry_id (422 otherwise).' +
      FREE_TEXT_RECOMMENDATION,
    tag: TAG,
    pathParams: OverrideRecommendationPathParamsSchema,
    body: OverrideActionRequestSchema,
    response: OverrideActionOutcomeSchema,
    errorStatuses: WRITE_ERRORS,
    domainErrors: ['lineage_required'],
  }),
  decline: defineEndpoint({
    id: 'overrides.decline',
    method: 'POST',
    path: `${BASE}/{recommendation_id}/decline`,
    summary: 'Decline an override recommendation',
    description:
      'Requires a lineage with scenario_id or notebook_entry_id (422 otherwise).' +
      FREE_TEXT_RECOMMENDATION,
    tag: TAG,
    pathParams: OverrideRecommendationPathParamsSchema,
    body: OverrideActionRequestSchema,
    response: OverrideActionOutcomeSchema,
    errorStatuses: WRITE_ERRORS,
    domainErrors: ['lineage_required'],
  }),
  execute: defineEndpoint({
    id: 'overrides.execute',
    method: 'POST',
    path: `${BASE}/{recommendation_id}/execute`,
    summary: 'Execute an override',
    description:
      'Applies the override (reassign edits the baseline reviewers). `metadata.reversible` ' +
      'makes it reversible; repeats with the same payload are idempotent.' +
      FREE_TEXT_RECOMMENDATION,
    tag: TAG,
    pathParams: OverrideRecommendationPathParamsSchema,
    body: OverrideActionRequestSchema,
    response: OverrideActionOutcomeSchema,
    errorStatuses: WRITE_ERRORS,
    domainErrors: ['lineage_required'],
  }),
  reverse: defineEndpoint({
    id: 'overrides.reverse',
    method: 'POST',
    path: `${BASE}/{recommendation_id}/reverse`,
    summary: 'Reverse an executed override',
    description:
      'Only executed, reversible overrides. `metadata.cooldown_minutes` opens a cooldown; a ' +
      'reversal during the cooldown or while another operator holds the reversal lock is 409 ' +
      '(`reversal_cooling_down` / `reversal_locked`). A recommendation with no override on the ' +
      'execution is 400 "No override execution found to reverse".',
    tag: TAG,
    pathParams: OverrideRecommendationPathParamsSchema,
    body: OverrideReverseRequestSchema,
    response: OverrideActionOutcomeSchema,
    errorStatuses: WRITE_ERRORS,
    domainErrors: ['reversal_locked', 'reversal_cooling_down'],
  }),
} as const;
