import type { DirectoryUser, GovernanceDirectory } from '../governance/directory';
import { requireAdmin } from '../governance/directory';
import { type Clock, isoAt } from '../shared/clock';
import type { IdGenerator } from '../shared/id-generator';
import type { TemplateStore } from './template-store';

/** What every workflow-template command needs. */
export interface TemplateEngineDeps {
  directory: GovernanceDirectory;
  store: TemplateStore;
  clock: Clock;
  ids: IdGenerator;
}

/** Template routes (`/api/governance/templates*`) are admin-only. */
export function requireTemplateAdmin(
  directory: GovernanceDirectory,
  actorId: string,
): DirectoryUser {
  return requireAdmin(directory, actorId);
}

/** Append one row to the template audit trail. */
export function recordTemplateAudit(
  deps: Pick<TemplateEngineDeps, 'store' | 'clock' | 'ids'>,
  entry: {
    template_id: string;
    snapshot_id?: string | null;
    actor_id: string;
    action: string;
    detail: Record<string, unknown>;
  },
): void {
  deps.store.appendAudit({
    id: deps.ids.next('audit'),
    template_id: entry.template_id,
    snapshot_id: entry.snapshot_id ?? null,
    actor_id: entry.actor_id,
    action: entry.action,
    detail: entry.detail,
    created_at: isoAt(deps.clock),
  });
}
