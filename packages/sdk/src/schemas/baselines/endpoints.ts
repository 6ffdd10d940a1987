import { defineEndpoint } from '../shared/endpoint';
import { BaselineCollectionSchema, BaselineSchema } from './baseline';
import {
  BaselineListParamsSchema,
  BaselinePathParamsSchema,
  BaselinePublishSchema,
  BaselineReviewSchema,
  BaselineRollbackSchema,
  BaselineSubmissionSchema,
} from './baseline-requests';

const TAG = 'Baselines';
const BASE = '/api/governance/baselines';

/** Baseline lifecycle endpoints. Every transition records a baseline event. */
export const baselinesEndpoints = {
  submit: defineEndpoint({
    id: 'baselines.submit',
    method: 'POST',
    path: `${BASE}/submissions`,
    summary: 'Submit a baseline for review',
    tag: TAG,
    body: BaselineSubmissionSchema,
    response: BaselineSchema,
    successStatus: 201,
    errorStatuses: [401, 403, 404, 422],
  }),
  list: defineEndpoint({
    id: 'baselines.list',
    method: 'GET',
    path: BASE,
    summary: 'List visible baselines',
    description: 'Newest first; baselines the caller may not see are left out.',
    tag: TAG,
    query: BaselineListParamsSchema,
    response: BaselineCollectionSchema,
    errorStatuses: [401, 403, 404, 422],
  }),
  retrieve: defineEndpoint({
    id: 'baselines.retrieve',
    method: 'GET',
    path: `${BASE}/{baseline_id}`,
    summary: 'Get a baseline with its events',
    tag: TAG,
    pathParams: BaselinePathParamsSchema,
    response: BaselineSchema,
    errorStatuses: [401, 403, 404],
  }),
  review: defineEndpoint({
    id: 'baselines.review',
    method: 'POST',
    path: `${BASE}/{baseline_id}/review`,
    summary: 'Approve or reject a baseline (reviewer or admin)',
    tag: TAG,
    pathParams: BaselinePathParamsSchema,
    body: BaselineReviewSchema,
    response: BaselineSchema,
    errorStatuses: [400, 401, 403, 404, 422],
  }),
  publish: defineEndpoint({
    id: 'baselines.publish',
    method: 'POST',
    path: `${BASE}/{baseline_id}/publish`,
    summary: 'Publish an approved baseline as the current version',
    tag: TAG,
    pathParams: BaselinePathParamsSchema,
    body: BaselinePublishSchema,
    response: BaselineSchema,
    errorStatuses: [400, 401, 403, 404, 422],
  }),
  rollback: defineEndpoint({
    id: 'baselines.rollback',
    method: 'POST',
    path: `${BASE}/{baseline_id}/rollback`,
    summary: 'Roll back a published baseline (admin)',
    tag: TAG,
    pathParams: BaselinePathParamsSchema,
    body: BaselineRollbackSchema,
    response: BaselineSchema,
    errorStatuses: [400, 401, 403, 404, 422],
  }),
} as const;
