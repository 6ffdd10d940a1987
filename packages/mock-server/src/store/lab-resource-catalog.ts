import type { PreviewResourceCatalog } from '@govkit/sdk/engines';

/** The kinds of lab resources a preview may name in `resource_overrides`. */
export type LabResourceKind = Parameters<PreviewResourceCatalog['exists']>[0];

/**
 * Inventory items, bookings and equipment of a mock world. The source system owns these in other
 * modules; the preview engine only asks whether an id exists (an unknown one becomes a resource warning),
 * so the world keeps a set of ids per kind.
 */
export interface LabResourceCatalog extends PreviewResourceCatalog {
  /** Register a resource id. */
  put(kind: LabResourceKind, id: string): void;
  /** Every id of a kind, sorted. */
  list(kind: LabResourceKind): string[];
}

/**
 * An empty resource catalog; the directory seeder fills it.
 *
 * @example
 * const resources = createLabResourceCatalog();
 * resources.put('equipment', 'equipment-thermocycler-01');
 * resources.exists('equipment', 'equipment-thermocycler-01'); // true
 */
export function createLabResourceCatalog(): LabResourceCatalog {
  const ids: Record<LabResourceKind, Set<string>> = {
    inventory_item: new Set(),
    booking: new Set(),
    equipment: new Set(),
  };
  return {
    exists: (kind, id) => ids[kind].has(id),
    put: (kind, id) => void ids[kind].add(id),
    list: (kind) => [...ids[kind]].sort(),
  };
}
