import {
  createMemoryTemplateStore,
  createWorkflowTemplateEngine,
  type WorkflowTemplateEngine,
} from '@govkit/sdk/engines';
import { byId, sortedIds } from './snapshot-order';
import type { DomainState, StoreCore } from './store-core';

/** Workflow templates inside a mock store. */
export interface TemplatesState extends DomainState {
  /**
   * Templates, snapshots, assignments and their audit trail. Its `store` is shared with the export
   * and preview engines (exports bind published snapshots, previews read them, both audit).
   */
  readonly engine: WorkflowTemplateEngine;
  snapshot(): TemplatesSnapshot;
}

/** Plain-JSON picture of the domain, for no-change checks. */
export interface TemplatesSnapshot {
  templates: unknown[];
  snapshots: string[];
  assignments: string[];
  audit_rows: number;
}

/** Wire the template engine on the store core. */
export function createTemplatesState(core: StoreCore): TemplatesState {
  const { directory, clock, ids } = core;
  const engine = createWorkflowTemplateEngine({
    directory,
    clock,
    ids,
    store: createMemoryTemplateStore(),
  });
  return {
    engine,
    snapshot: () => ({
      templates: engine.store
        .listTemplates()
        .sort(byId)
        .map((t) => ({
          id: t.id,
          key: t.template_key,
          version: t.version,
          status: t.status,
          is_latest: t.is_latest,
          published_snapshot_id: t.published_snapshot_id ?? null,
          updated_at: t.updated_at,
        })),
      snapshots: sortedIds(engine.store.listSnapshots()),
      assignments: sortedIds(engine.store.listAssignments()),
      audit_rows: engine.store.listAudit().length,
    }),
  };
}
