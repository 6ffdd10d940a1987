import { z } from 'zod';
import { openEnum } from '../shared/open-enum';
import { openObject } from '../shared/open-object';
import { IdSchema, JsonObjectSchema, nullishAs, TimestampSchema } from '../shared/primitives';

/** The event-backed evidence domains of `GET /api/data/evidence`. */
export const DATA_EVIDENCE_DOMAINS = [
  'analytics_snapshot',
  'qc_metric',
  'remediation_report',
] as const;

/** Event-type prefix each data evidence domain reads (`analytics.snapshot.*`, …). */
export const DATA_EVIDENCE_EVENT_PREFIXES = {
  analytics_snapshot: 'analytics.snapshot',
  qc_metric: 'qc.metric',
  remediation_report: 'remediation.report',
} as const satisfies Record<(typeof DATA_EVIDENCE_DOMAINS)[number], string>;

/** Kind of a discoverable evidence descriptor. */
export const EvidenceDescriptorTypeSchema = openEnum([
  'notebook_entry',
  'analytics_snapshot',
  'qc_metric',
  'remediation_report',
]);
export type EvidenceDescriptorType = z.output<typeof EvidenceDescriptorTypeSchema>;

/**
 * A notebook entry offered to attachment pickers (`GET /api/notebook/entries/evidence`):
 * `label` is the entry title.
 */
export const NotebookEvidenceItemSchema = openObject({
  id: IdSchema,
  type: EvidenceDescriptorTypeSchema,
  label: z.string(),
  snapshot: openObject({
    created_at: TimestampSchema.nullish(),
    updated_at: TimestampSchema.nullish(),
    author_id: IdSchema.nullish(),
  }),
  context: openObject({
    execution_id: IdSchema.nullish(),
    project_id: IdSchema.nullish(),
  }),
});
export type NotebookEvidenceItem = z.output<typeof NotebookEvidenceItemSchema>;

/**
 * An execution event offered as data evidence (`GET /api/data/evidence`): `label` is
 * `payload.label`, else `payload.title`, else `"<Domain Title> @ <created_at>"`.
 */
export const DataEvidenceItemSchema = openObject({
  id: IdSchema,
  type: EvidenceDescriptorTypeSchema,
  label: z.string(),
  snapshot: openObject({
    event_type: z.string(),
    created_at: TimestampSchema.nullish(),
    payload: nullishAs(JsonObjectSchema, {}),
  }),
  context: openObject({
    execution_id: IdSchema.nullish(),
    attempt: z.unknown().optional(),
  }),
});
export type DataEvidenceItem = z.output<typeof DataEvidenceItemSchema>;

/** One page of notebook evidence; `next_cursor` is present only when more items exist. */
export const NotebookEvidencePageSchema = openObject({
  items: z.array(NotebookEvidenceItemSchema).default([]),
  next_cursor: z.string().nullish(),
});
export type NotebookEvidencePage = z.output<typeof NotebookEvidencePageSchema>;

/** One page of data evidence; `next_cursor` is present only when more items exist. */
export const DataEvidencePageSchema = openObject({
  items: z.array(DataEvidenceItemSchema).default([]),
  next_cursor: z.string().nullish(),
});
export type DataEvidencePage = z.output<typeof DataEvidencePageSchema>;
