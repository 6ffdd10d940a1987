import { createExperimentPreviewEngine, type ExperimentPreviewEngine } from '@govkit/sdk/engines';
import { createLabResourceCatalog, type LabResourceCatalog } from './lab-resource-catalog';
import type { DomainState, StoreCore } from './store-core';
import type { TemplatesState } from './templates-state';

/** Experiment preview inside a mock store. */
export interface PreviewState extends DomainState {
  /** Experiment preview; each run emits `governance.preview.summary`, which analytics reads. */
  readonly engine: ExperimentPreviewEngine;
  /** Inventory items, bookings and equipment that exist in this world. */
  readonly resources: LabResourceCatalog;
  snapshot(): PreviewSnapshot;
}

/** Plain-JSON picture of the domain (previews themselves are events in the shared log). */
export interface PreviewSnapshot {
  resources: Record<string, string[]>;
}

/** Wire the preview engine on the store core, over the templates' store. */
export function createPreviewState(
  core: StoreCore,
  domains: { templates: TemplatesState },
): PreviewState {
  const { directory, events, clock, ids } = core;
  const resources = createLabResourceCatalog();
  return {
    engine: createExperimentPreviewEngine({
      directory,
      events,
      clock,
      ids,
      templates: domains.templates.engine.store,
      resources,
    }),
    resources,
    snapshot: () => ({
      resources: {
        inventory_item: resources.list('inventory_item'),
        booking: resources.list('booking'),
        equipment: resources.list('equipment'),
      },
    }),
  };
}
