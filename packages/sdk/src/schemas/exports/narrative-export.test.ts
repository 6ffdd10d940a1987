import { describe, expect, it } from 'vitest';
import { type ContractWarning, parseContract, safeParseContract } from '../shared/parse-mode';
import { exportsEndpoints } from './endpoints';
import { ExportAttachmentInputSchema, ExportAttachmentSchema } from './evidence-attachment';
import {
  ExportApprovalRequestSchema,
  ExportDelegationRequestSchema,
  ExportDryRunQuerySchema,
  ExportRequestSchema,
} from './export-request';
import { NarrativeExportJobsSchema, NarrativeExportSchema } from './narrative-export';

const user = { id: 'u-1', email: 'a@lab.test', full_name: 'Ada', is_admin: false };
const stage = {
  id: 's-1',
  export_id: 'x-1',
  sequence_index: 1,
  name: 'QA',
  required_role: 'approver',
  status: 'in_progress',
  sla_hours: 24,
  due_at: '2025-01-02T00:00:00Z',
  started_at: '2025-01-01T00:00:00Z',
  assignee: user,
  delegated_to: null,
  metadata: {},
  actions: [],
};
const wire = {
  id: 'x-1',
  execution_id: 'e-1',
  version: 1,
  format: 'markdown',
  generated_at: '2025-01-01T00:00:00Z',
  event_count: 2,
  content: '# Execution Narrative',
  approval_status: 'pending',
  approval_stage_count: 1,
  workflow_template_snapshot: {},
  current_stage: stage,
  requested_by: user,
  approval_stages: [stage],
  attachments: [
    {
      id: 'a-1',
      evidence_type: 'file',
      reference_id: 'f-1',
      snapshot: { filename: 'plate.csv' },
      hydration_context: { source: 'picker' },
      file: {
        id: 'f-1',
        filename: 'plate.csv',
        file_type: 'text/csv',
        file_size: 10,
        meta: { lab: 1 },
        storage_path: 'files/f-1',
        uploaded_by: 'u-1',
        created_at: '2025-01-01T00:00:00Z',
      },
      created_at: '2025-01-01T00:00:00Z',
    },
  ],
  metadata: { packaging_queue_state: { event: 'x', state: 'awaiting_approval', context: {} } },
  artifact_status: 'queued',
  packaging_attempts: 0,
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-01T00:00:00Z',
};

describe('NarrativeExportSchema', () => {
  it('parses a BioLabs export with stages, attachments and file meta', () => {
    const parsed = parseContract(NarrativeExportSchema, wire);
    expect(parsed.current_stage?.assignee?.email).toBe('a@lab.test');
    expect(parsed.attachments[0]?.hydration_context).toEqual({ source: 'picker' });
    expect(parsed.attachments[0]?.file?.meta).toEqual({ lab: 1 });
    expect(parsed.guardrail_simulations).toEqual([]);
  });
  it('keeps and reports unknown artifact statuses and fields, rejects them when strict', () => {
    const newer = { ...wire, artifact_status: 'quarantined', shiny: true };
    const warnings: ContractWarning[] = [];
    const parsed = parseContract(NarrativeExportSchema, newer, {
      onWarning: (w) => warnings.push(w),
    });
    expect(parsed.artifact_status).toBe('quarantined');
    expect(warnings.map((w) => w.code).sort()).toEqual(['unknown_enum_value', 'unknown_field']);
    expect(safeParseContract(NarrativeExportSchema, newer, { mode: 'strict' }).success).toBe(false);
  });
  it('requires the hydration_context wire key, not context', () => {
    const att = { id: 'a', evidence_type: 'file', reference_id: 'f', created_at: 't', context: {} };
    expect(safeParseContract(ExportAttachmentSchema, att, { mode: 'strict' }).success).toBe(false);
  });
  it('parses jobs telemetry', () => {
    const jobs = NarrativeExportJobsSchema.parse({
      queue: { active: 0, scheduled: 1, reserved: 2 },
      status_counts: { ready: 3 },
      last_failure_at: null,
    });
    expect(jobs.queue.reserved).toBe(2);
  });
});

describe('export requests', () => {
  it('applies defaults to an empty body', () => {
    expect(ExportRequestSchema.parse({})).toEqual({
      attachments: [],
      metadata: {},
      approval_stages: [],
    });
  });
  it('rejects unknown keys and a missing signature', () => {
    expect(ExportRequestSchema.safeParse({ attachment: [] }).success).toBe(false);
    expect(
      ExportApprovalRequestSchema.safeParse({ status: 'approved', signature: '  ' }).success,
    ).toBe(false);
    expect(ExportApprovalRequestSchema.safeParse({ status: 'maybe', signature: 'x' }).success).toBe(
      false,
    );
  });
  it('lets an unsupported attachment type through for the server to refuse with 400', () => {
    expect(
      ExportAttachmentInputSchema.safeParse({ type: 'video', reference_id: 'v' }).success,
    ).toBe(true);
  });
  it('parses dry_run from query strings and booleans', () => {
    expect(ExportDryRunQuerySchema.parse({ dry_run: 'true' }).dry_run).toBe(true);
    expect(ExportDryRunQuerySchema.parse({ dry_run: 'false' }).dry_run).toBe(false);
    expect(ExportDryRunQuerySchema.parse({}).dry_run).toBe(false);
  });
  it('needs an ISO due_at on delegation', () => {
    expect(
      ExportDelegationRequestSchema.safeParse({ delegate_id: 'u', due_at: 'soon' }).success,
    ).toBe(false);
  });
});

describe('exportsEndpoints', () => {
  it('uses the real BioLabs paths and statuses', () => {
    expect(exportsEndpoints.create.path).toBe(
      '/api/experiment-console/sessions/{execution_id}/exports/narrative',
    );
    expect(exportsEndpoints.create.successStatus).toBe(200);
    expect(exportsEndpoints.list.method).toBe('GET');
    expect(exportsEndpoints.stagesDelegate.id).toBe('exports.stages.delegate');
    expect(exportsEndpoints.stagesReset.path.endsWith('/stages/{stage_id}/reset')).toBe(true);
    expect(exportsEndpoints.artifact.responseKind).toBe('binary');
    expect(exportsEndpoints.artifact.contentType).toBe('application/zip');
    expect(exportsEndpoints.artifact.errorStatuses).toEqual(
      expect.arrayContaining([409, 410, 500]),
    );
    expect(exportsEndpoints.jobs.path).toBe('/api/experiment-console/exports/narrative/jobs');
  });
});
