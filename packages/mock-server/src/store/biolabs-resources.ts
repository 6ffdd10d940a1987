import type { PreviewResourceCatalog } from '@govkit/sdk/engines';
import type { WriteListener } from './track-writes';

/** The kinds of lab resources a preview may name in `resource_overrides`. */
export type BiolabsResourceKind = Parameters<PreviewResourceCatalog['exists']>[0];

/**
 * Inventory items, bookings and equipment of a mock world. BioLabs owns these in other modules;
 * the preview engine only asks whether an id exists (an unknown one becomes a resource warning),
 * so the world keeps a set of ids per kind.
 */
export interface BiolabsResourceCatalog extends PreviewResourceCatalog {
  /** Register a resource id (a tracked write). */
  put(kind: BiolabsResourceKind, id: string): void;
  /** Every id of a kind, sorted. */
  list(kind: BiolabsResourceKind): string[];
}

/**
 * An empty resource catalog; the BioLabs directory seeder fills it.
 *
 * @example
 * const resources = createBiolabsResourceCatalog(core.recordWrite);
 * resources.put('equipment', 'equipment-thermocycler-01');
 * resources.exists('equipment', 'equipment-thermocycler-01'); // true
 */
export function createBiolabsResourceCatalog(onWrite: WriteListener): BiolabsResourceCatalog {
  const ids: Record<BiolabsResourceKind, Set<string>> = {
    inventory_item: new Set(),
    booking: new Set(),
    equipment: new Set(),
  };
  return {
    exists: (kind, id) => ids[kind].has(id),
    put(kind, id) {
      ids[kind].add(id);
      onWrite('putResource');
    },
    list: (kind) => [...ids[kind]].sort(),
  };
}
