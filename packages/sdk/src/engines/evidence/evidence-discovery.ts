import {
  DATA_EVIDENCE_EVENT_PREFIXES,
  type DataEvidenceItem,
  type DataEvidencePage,
  type NotebookEvidencePage,
} from '../../schemas/evidence/evidence-item';
import {
  type DataEvidenceParams,
  DataEvidenceParamsSchema,
  type NotebookEvidenceParams,
  NotebookEvidenceParamsSchema,
} from '../../schemas/evidence/evidence-params';
import {
  type DirectoryUser,
  type GovernanceDirectory,
  hasExecutionAccess,
  requireUser,
} from '../governance/directory';
import type { EventLog } from '../governance/event-log';
import { EngineError } from '../shared/engine-error';
import { parseEngineInput } from '../shared/engine-input';
import type { EvidenceCatalog, NotebookEntryRecord } from './evidence-catalog';
import { compareEvidenceNewestFirst, evidencePageAfter } from './evidence-cursor';

/** Options of {@link createEvidenceDiscovery}. */
export interface EvidenceDiscoveryOptions {
  directory: GovernanceDirectory;
  events: EventLog;
  catalog: EvidenceCatalog;
}

// An execution filter must name an execution that exists and the caller can open.
function checkExecutionFilter(
  directory: GovernanceDirectory,
  user: DirectoryUser,
  executionId: string | undefined,
): void {
  if (executionId === undefined) return;
  if (!directory.getExecution(executionId)) throw EngineError.notFound('Execution not found');
  if (!hasExecutionAccess(directory, user, executionId)) {
    throw EngineError.forbidden('Not authorized for execution workspace');
  }
}

function canSeeEntry(
  directory: GovernanceDirectory,
  user: DirectoryUser,
  entry: NotebookEntryRecord,
) {
  if (user.is_admin || entry.author_id === user.id) return true;
  return !!entry.execution_id && hasExecutionAccess(directory, user, entry.execution_id);
}

const titleCase = (domain: string) =>
  domain
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

/**
 * Evidence discovery for attachment pickers: pages of notebook entries and of event-backed data
 * evidence, newest first, limited to what the caller may see (own entries, executions they can
 * access; admins see everything). Cursors are stable: no item repeats or goes missing.
 *
 * @example
 * const discovery = createEvidenceDiscovery({ directory, events, catalog });
 * const page = discovery.data(userId, { domain: 'qc_metric', execution_id: 'exec-1' });
 */
export function createEvidenceDiscovery(options: EvidenceDiscoveryOptions) {
  const { directory, events, catalog } = options;
  return {
    /** `GET /api/notebook/entries/evidence`. */
    notebook(actorId: string, params: NotebookEvidenceParams = {}): NotebookEvidencePage {
      const user = requireUser(directory, actorId);
      const query = parseEngineInput(NotebookEvidenceParamsSchema, params);
      checkExecutionFilter(directory, user, query.execution_id);
      const entries = catalog
        .listNotebookEntries()
        .filter((e) => query.execution_id === undefined || e.execution_id === query.execution_id)
        .filter((e) => canSeeEntry(directory, user, e))
        .sort(compareEvidenceNewestFirst);
      const page = evidencePageAfter(entries, query.limit, query.cursor);
      return {
        items: page.items.map((entry) => ({
          id: entry.id,
          type: 'notebook_entry',
          label: entry.title,
          snapshot: {
            created_at: entry.created_at,
            updated_at: entry.updated_at,
            author_id: entry.author_id ?? null,
          },
          context: {
            execution_id: entry.execution_id ?? null,
            project_id: entry.project_id ?? null,
          },
        })),
        next_cursor: page.next_cursor,
      };
    },

    /** `GET /api/data/evidence`: events typed `analytics.snapshot*`, `qc.metric*` or `remediation.report*`. */
    data(actorId: string, params: DataEvidenceParams = {}): DataEvidencePage {
      const user = requireUser(directory, actorId);
      const query = parseEngineInput(DataEvidenceParamsSchema, params);
      checkExecutionFilter(directory, user, query.execution_id);
      const prefix = DATA_EVIDENCE_EVENT_PREFIXES[query.domain];
      const visible = new Map<string, boolean>();
      const canSee = (executionId: string) => {
        if (!visible.has(executionId)) {
          visible.set(executionId, hasExecutionAccess(directory, user, executionId));
        }
        return visible.get(executionId) === true;
      };
      const matching = events
        .list({
          type_prefix: prefix,
          ...(query.execution_id ? { execution_id: query.execution_id } : {}),
        })
        .filter((e) => canSee(e.execution_id))
        .sort(compareEvidenceNewestFirst);
      const page = evidencePageAfter(matching, query.limit, query.cursor);
      return {
        items: page.items.map(
          (event): DataEvidenceItem => ({
            id: event.id,
            type: query.domain,
            label:
              stringField(event.payload, 'label') ??
              stringField(event.payload, 'title') ??
              `${titleCase(query.domain)} @ ${event.created_at}`,
            snapshot: {
              event_type: event.event_type,
              created_at: event.created_at,
              payload: event.payload,
            },
            context: { execution_id: event.execution_id, attempt: event.payload.attempt ?? null },
          }),
        ),
        next_cursor: page.next_cursor,
      };
    },
  };
}

function stringField(payload: Record<string, unknown>, key: string): string | undefined {
  const value = payload[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** The engine returned by {@link createEvidenceDiscovery}. */
export type EvidenceDiscovery = ReturnType<typeof createEvidenceDiscovery>;
