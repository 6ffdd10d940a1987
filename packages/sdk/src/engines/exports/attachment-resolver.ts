import type { z } from 'zod';
import {
  EXPORT_EVIDENCE_TYPES,
  type ExportAttachment,
  type ExportAttachmentInputSchema,
} from '../../schemas/exports/evidence-attachment';
import type { EvidenceCatalog } from '../evidence/evidence-catalog';
import type { GovernanceDirectory } from '../governance/directory';
import type { EventLog, ExecutionEvent } from '../governance/event-log';
import { EngineError } from '../shared/engine-error';

type AttachmentInput = z.output<typeof ExportAttachmentInputSchema>;
type EvidenceType = (typeof EXPORT_EVIDENCE_TYPES)[number];

/** Which typed identifier key names which evidence type. */
const TYPED_KEYS = {
  event_id: 'timeline_event',
  file_id: 'file',
  notebook_entry_id: 'notebook_entry',
  analytics_event_id: 'analytics_snapshot',
  qc_event_id: 'qc_metric',
  remediation_event_id: 'remediation_report',
} as const satisfies Record<string, EvidenceType>;

/** Event-type prefix a domain event attachment must carry. */
const DOMAIN_PREFIX: Partial<Record<EvidenceType, string>> = {
  analytics_snapshot: 'analytics.snapshot',
  qc_metric: 'qc.metric',
  remediation_report: 'remediation.report',
};

/** Where attachments are resolved from. */
export interface ExportAttachmentSources {
  directory: GovernanceDirectory;
  events: EventLog;
  catalog: EvidenceCatalog;
}

/** Find the one (type, id) an attachment input names, or refuse (400 / 422). */
function identify(input: AttachmentInput): { type: EvidenceType; id: string } {
  if (input.type != null && !(EXPORT_EVIDENCE_TYPES as readonly string[]).includes(input.type)) {
    throw EngineError.badRequest('Unsupported attachment type');
  }
  const named: Array<{ type: EvidenceType; id: string }> = [];
  for (const [key, type] of Object.entries(TYPED_KEYS)) {
    const id = input[key as keyof typeof TYPED_KEYS];
    if (id) named.push({ type, id });
  }
  if (input.reference_id) {
    if (input.type == null) {
      throw EngineError.unprocessable('Attachment reference_id requires an attachment type');
    }
    named.push({ type: input.type as EvidenceType, id: input.reference_id });
  }
  const first = named[0];
  if (!first) {
    throw EngineError.unprocessable(
      'At least one reference identifier must be provided for attachments',
    );
  }
  if (named.length > 1) {
    throw EngineError.unprocessable('Provide exactly one reference identifier for each attachment');
  }
  if (input.type != null && input.type !== first.type) {
    throw EngineError.unprocessable('Attachment type does not match provided reference identifier');
  }
  return first;
}

function eventSnapshot(type: EvidenceType, event: ExecutionEvent): Record<string, unknown> {
  const snapshot: Record<string, unknown> = {
    event_type: event.event_type,
    payload: event.payload,
    created_at: event.created_at,
    actor_id: event.actor_id ?? null,
  };
  const payload = event.payload;
  if (type === 'analytics_snapshot') {
    const metrics =
      payload.metrics && typeof payload.metrics === 'object' ? payload.metrics : payload;
    const keys = Object.keys(metrics as object).sort();
    snapshot.metric_rollup = { count: keys.length, keys };
  } else if (type === 'qc_metric') {
    const readings = (Array.isArray(payload.readings) ? payload.readings : []).filter(
      (value): value is number => typeof value === 'number' && Number.isFinite(value),
    );
    snapshot.readings_summary = readings.length
      ? {
          min: Math.min(...readings),
          max: Math.max(...readings),
          avg: readings.reduce((sum, value) => sum + value, 0) / readings.length,
        }
      : { min: null, max: null, avg: null };
  } else if (type === 'remediation_report') {
    snapshot.actions = Array.isArray(payload.actions) ? payload.actions : [];
  }
  return snapshot;
}

const textOf = (payload: Record<string, unknown>, key: string) =>
  typeof payload[key] === 'string' && payload[key] ? (payload[key] as string) : undefined;

/**
 * Validate and freeze an export's evidence. Each input must name exactly one existing item:
 * events must belong to the export's execution (404 "Referenced timeline event not found for
 * export attachment" otherwise) and domain events must carry their domain's type prefix; notebook
 * entries tied to another execution are refused like missing ones. Nothing is written: the caller
 * stores the returned attachments with the export.
 */
export function resolveExportAttachments(
  sources: ExportAttachmentSources,
  executionId: string,
  inputs: AttachmentInput[],
  stamp: { now: string; newId: () => string },
): ExportAttachment[] {
  return inputs.map((input) => {
    const { type, id } = identify(input);
    const base = {
      id: stamp.newId(),
      evidence_type: type,
      reference_id: id,
      created_at: stamp.now,
    };
    const hydration_context = { execution_id: executionId, ...input.context };
    if (type === 'file') {
      const file = sources.catalog.getFile(id);
      if (!file) throw EngineError.notFound('File not found for export attachment');
      const { content: _content, ...fileOut } = file;
      return {
        ...base,
        label: input.label ?? file.filename,
        snapshot: { filename: file.filename, file_type: file.file_type, file_size: file.file_size },
        hydration_context,
        file: fileOut,
      };
    }
    if (type === 'notebook_entry') {
      const entry = sources.catalog.getNotebookEntry(id);
      if (!entry || (entry.execution_id && entry.execution_id !== executionId)) {
        throw EngineError.notFound('Notebook entry not found for export attachment');
      }
      const author = entry.author_id ? sources.directory.getUser(entry.author_id) : undefined;
      return {
        ...base,
        label: input.label ?? entry.title,
        snapshot: {
          title: entry.title,
          created_at: entry.created_at,
          updated_at: entry.updated_at,
          author_id: entry.author_id ?? null,
          author_name: author?.full_name ?? author?.email ?? null,
          preview: entry.content.slice(0, 500),
        },
        hydration_context,
        file: null,
      };
    }
    const event = sources.events.get(id);
    if (!event || event.execution_id !== executionId) {
      throw EngineError.notFound('Referenced timeline event not found for export attachment');
    }
    const prefix = DOMAIN_PREFIX[type];
    if (prefix && !event.event_type.startsWith(prefix)) {
      throw EngineError.unprocessable('Attachment type does not match referenced event');
    }
    return {
      ...base,
      label:
        input.label ??
        textOf(event.payload, 'label') ??
        textOf(event.payload, 'title') ??
        event.event_type,
      snapshot: eventSnapshot(type, event),
      hydration_context,
      file: null,
    };
  });
}
