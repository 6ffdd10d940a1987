import { overridesEndpoints as ep } from '../../schemas/overrides/endpoints';
import type { ClientCore } from '../client-core';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';
import { ApiResource } from './api-resource';

/** `client.overrides.recommendations`: generated override recommendations. */
export class OverrideRecommendationsResource extends ApiResource {
  /** `GET /api/governance/recommendations/override`. */
  list(params?: EndpointParams<typeof ep.recommendationsList>, options?: RequestOptions) {
    return this.core.call(ep.recommendationsList, undefined, params, options);
  }
}

/**
 * `client.overrides`: override actions. Accept, decline and execute need a lineage
 * (`LineageRequiredError` otherwise); reverse may throw `ReversalLockedError` or
 * `ReversalCoolingDownError` (409 from govkit, 400 from the original system).
 */
export class OverridesResource extends ApiResource {
  readonly recommendations: OverrideRecommendationsResource;

  constructor(core: ClientCore) {
    super(core);
    this.recommendations = new OverrideRecommendationsResource(core);
  }

  /** `POST /api/governance/recommendations/override/{recommendation_id}/accept`. */
  accept(
    recommendationId: string,
    body: EndpointParams<typeof ep.accept>,
    options?: RequestOptions,
  ) {
    return this.core.call(ep.accept, { recommendation_id: recommendationId }, body, options);
  }

  /** `POST /api/governance/recommendations/override/{recommendation_id}/decline`. */
  decline(
    recommendationId: string,
    body: EndpointParams<typeof ep.decline>,
    options?: RequestOptions,
  ) {
    return this.core.call(ep.decline, { recommendation_id: recommendationId }, body, options);
  }

  /** `POST /api/governance/recommendations/override/{recommendation_id}/execute`. */
  execute(
    recommendationId: string,
    body: EndpointParams<typeof ep.execute>,
    options?: RequestOptions,
  ) {
    return this.core.call(ep.execute, { recommendation_id: recommendationId }, body, options);
  }

  /** `POST /api/governance/recommendations/override/{recommendation_id}/reverse`. */
  reverse(
    recommendationId: string,
    body: EndpointParams<typeof ep.reverse>,
    options?: RequestOptions,
  ) {
    return this.core.call(ep.reverse, { recommendation_id: recommendationId }, body, options);
  }
}
