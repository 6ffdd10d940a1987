import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  type GovkitClient,
  NotFoundError,
  PermissionDeniedError,
  UnprocessableEntityError,
} from '@govkit/sdk';
import { describe, expect, it } from 'vitest';
import { seededEvidenceIds } from '../seed/evidence';
import { findSeededExport } from '../seed/exports';
import { SEEDED_EXECUTIONS } from '../seed/lab-directory';
import { findSeededTemplate, SEEDED_TEMPLATE_KEYS } from '../seed/templates';
import { HARNESS_TRANSPORTS } from '../testing/mock-api-harness';
import { rejectionOf, useMockApiHarness } from '../testing/use-mock-api-harness';

const { qpcr, culture, sequencing } = SEEDED_EXECUTIONS;
type CreateBody = Parameters<GovkitClient['exports']['create']>[1];
const failure = rejectionOf;

// Contract tests: narrative export create / list / jobs with the real SDK client, MSW and HTTP.
describe.each(HARNESS_TRANSPORTS)('narrative exports over %s', (transport) => {
  const api = useMockApiHarness(transport);
  const as = (userId: string) => api.client.withOptions({ auth: userId });

  describe('create', () => {
    it('renders version n+1 with the default approver stage open (200) and records events', async () => {
      const seeded = api.store.exports.engine.deps.store
        .list()
        .filter((x) => x.execution_id === qpcr).length;
      const evidence = seededEvidenceIds(qpcr);
      const created = await as('user-member').exports.create(qpcr, {
        notes: 'Batch 7 dossier',
        attachments: [{ notebook_entry_id: evidence.notebookEntry }, { file_id: evidence.file }],
      });
      expect(created).toMatchObject({
        execution_id: qpcr,
        version: seeded + 1,
        format: 'markdown',
        approval_status: 'pending',
        approval_stage_count: 1,
        artifact_status: 'queued',
        notes: 'Batch 7 dossier',
        requested_by: { id: 'user-member', is_admin: false },
        metadata: { packaging_queue_state: { state: 'awaiting_approval' } },
      });
      expect(created.approval_stages).toMatchObject([
        { sequence_index: 1, required_role: 'approver', status: 'in_progress' },
      ]);
      expect(created.current_stage?.id).toBe(created.approval_stages[0]?.id);
      expect(created.attachments.map((a) => [a.evidence_type, a.reference_id])).toEqual([
        ['notebook_entry', evidence.notebookEntry],
        ['file', evidence.file],
      ]);
      expect(created.content.length).toBeGreaterThan(0);
      const types = api.store.events
        .list({ execution_id: qpcr, type_prefix: 'narrative_export.' })
        .slice(-3)
        .map((e) => e.event_type);
      expect(types).toEqual([
        'narrative_export.approval.stage_started',
        'narrative_export.created',
        'narrative_export.packaging.awaiting_approval',
      ]);
    });

    it('dry_run reports the packaging gate in the response only', async () => {
      const created = await api.client.exports.create(qpcr, { dry_run: true });
      expect(created.metadata.packaging_queue_state).toMatchObject({
        state: 'awaiting_approval',
        context: { dry_run: true },
      });
      const stored = api.store.exports.engine.deps.store.get(created.id);
      expect(stored?.metadata.packaging_queue_state).toBeUndefined();
    });

    it('binds a published template snapshot and opens its ladder', async () => {
      const template = findSeededTemplate(api.store, SEEDED_TEMPLATE_KEYS.qpcr, 2);
      const created = await api.client.exports.create(qpcr, {
        workflow_template_id: template.id,
        workflow_template_snapshot_id: template.published_snapshot_id,
      });
      expect(created).toMatchObject({
        workflow_template_id: template.id,
        workflow_template_key: 'qpcr-release',
        workflow_template_version: 2,
        workflow_template_snapshot: { status: 'published', version: 2 },
        approval_stage_count: 3,
      });
      expect(created.approval_stages.map((s) => s.required_role)).toEqual([
        'reviewer',
        'lead',
        'manager',
      ]);
      expect(created.approval_stages[0]?.assignee?.id).toBe('user-reviewer');
    });

    it.each<[number, abstract new (...args: never[]) => Error, string, CreateBody, string]>([
      [404, NotFoundError, 'exec-nope', {}, 'Execution not found'],
      [
        400,
        BadRequestError,
        qpcr,
        { workflow_template_id: 'template-x' },
        'Workflow template exports require a published snapshot',
      ],
      [
        404,
        NotFoundError,
        qpcr,
        { workflow_template_snapshot_id: 'snapshot-nope' },
        'Workflow template snapshot not found',
      ],
      [
        404,
        NotFoundError,
        qpcr,
        { approval_stages: [{ required_role: 'lead', assignee_id: 'user-ghost' }] },
        'Approval stage references unknown users',
      ],
      [
        422,
        UnprocessableEntityError,
        qpcr,
        { attachments: [{ file_id: 'f-1', notebook_entry_id: 'n-1' }] },
        'Provide exactly one reference identifier for each attachment',
      ],
    ])(
      'refuses with %i (%s) and changes nothing',
      async (status, type, execution, body, detail) => {
        const before = api.store.version;
        const error = await failure(api.client.exports.create(execution, body));
        expect(error).toBeInstanceOf(type);
        expect(error).toMatchObject({ status, detail });
        expect(api.store.version).toBe(before);
      },
    );

    it('refuses template binding mistakes: foreign snapshot 400, overridden ladder 400, archived 409', async () => {
      const v1 = findSeededTemplate(api.store, SEEDED_TEMPLATE_KEYS.qpcr, 1);
      const v2 = findSeededTemplate(api.store, SEEDED_TEMPLATE_KEYS.qpcr, 2);
      const archived = findSeededTemplate(api.store, SEEDED_TEMPLATE_KEYS.archived);
      const before = api.store.version;
      const foreign = await failure(
        api.client.exports.create(qpcr, {
          workflow_template_id: v1.id,
          workflow_template_snapshot_id: v2.published_snapshot_id,
        }),
      );
      expect(foreign).toMatchObject({
        status: 400,
        detail: 'Snapshot does not belong to supplied workflow template',
      });
      const overridden = await failure(
        api.client.exports.create(qpcr, {
          workflow_template_snapshot_id: v2.published_snapshot_id,
          approval_stages: [{ required_role: 'lead' }],
        }),
      );
      expect(overridden).toBeInstanceOf(BadRequestError);
      expect(overridden).toMatchObject({
        detail: 'Published templates cannot be overridden during export',
      });
      const gone = await failure(
        api.client.exports.create(qpcr, {
          workflow_template_snapshot_id: archived.published_snapshot_id,
        }),
      );
      expect(gone).toBeInstanceOf(ConflictError);
      expect(gone).toMatchObject({ status: 409, detail: 'Workflow template must be published' });
      expect(api.store.version).toBe(before);
    });

    it('refuses attachments of another execution (404) and malformed bodies (422 array)', async () => {
      const foreignEvent = api.store.events.list({ execution_id: culture })[0]?.id as string;
      const before = api.store.version;
      const error = await failure(
        api.client.exports.create(qpcr, { attachments: [{ event_id: foreignEvent }] }),
      );
      expect(error).toMatchObject({
        status: 404,
        detail: 'Referenced timeline event not found for export attachment',
      });
      const response = await api.fetch(
        `/api/experiment-console/sessions/${qpcr}/exports/narrative`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ approval_stages: [{ name: 'no role' }] }),
        },
      );
      expect(response.status).toBe(422);
      const body = (await response.json()) as { detail: Array<{ loc: unknown[] }> };
      expect(body.detail[0]?.loc).toEqual(['body', 'approval_stages', 0, 'required_role']);
      expect(api.store.version).toBe(before);
    });

    it('refuses users without execution access (403) and unknown users (401)', async () => {
      const before = api.store.version;
      const forbidden = await failure(as('user-member').exports.create(sequencing));
      expect(forbidden).toBeInstanceOf(PermissionDeniedError);
      expect(forbidden).toMatchObject({
        status: 403,
        detail: 'Not authorized for execution workspace',
      });
      const unknown = await failure(as('user-ghost').exports.create(qpcr));
      expect(unknown).toBeInstanceOf(AuthenticationError);
      expect(unknown).toMatchObject({ status: 401, detail: 'Could not validate credentials' });
      expect(api.store.version).toBe(before);
    });
  });

  describe('approve with dry_run', () => {
    it('signs with dry_run: the decision is stored, packaging is not enqueued', async () => {
      const x = findSeededExport(api.store, 'delegated');
      await as('user-lead').exports.approve(qpcr, x.id, { status: 'approved', signature: 'L' });
      const final = await as('user-manager').exports.approve(qpcr, x.id, {
        status: 'approved',
        signature: 'M',
        dry_run: true,
      });
      expect(final).toMatchObject({
        approval_status: 'approved',
        artifact_status: 'queued',
        metadata: { packaging_queue_state: { state: 'queued', context: { dry_run: true } } },
      });
      expect(api.store.exports.engine.deps.store.listJobs().some((j) => j.export_id === x.id)).toBe(
        false,
      );
    });
  });

  describe('list', () => {
    it('lists the version history newest generated_at first', async () => {
      const { exports } = await as('user-observer').exports.list(qpcr);
      expect(exports.length).toBe(7);
      const times = exports.map((x) => Date.parse(x.generated_at));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(exports[0]?.id).toBe(findSeededExport(api.store, 'pending_first_stage').id);
      expect(exports.at(-1)?.id).toBe(findSeededExport(api.store, 'expired_artifact').id);
    });

    it('answers 404 for an unknown execution and 403 without access', async () => {
      await expect(api.client.exports.list('exec-nope')).rejects.toMatchObject({
        status: 404,
        detail: 'Execution not found',
      });
      await expect(as('user-member').exports.list(sequencing)).rejects.toBeInstanceOf(
        PermissionDeniedError,
      );
    });
  });

  it('reports packaging telemetry across executions', async () => {
    const failed = findSeededExport(api.store, 'packaging_failed');
    const jobs = await as('user-observer').exports.jobs();
    expect(jobs.queue).toEqual({ active: 0, scheduled: 1, reserved: 0 });
    expect(jobs.status_counts).toMatchObject({ expired: 1, failed: 1, retrying: 1 });
    expect(jobs.status_counts.ready).toBeGreaterThanOrEqual(1);
    expect(jobs.last_failure_at).toBe(failed.updated_at);
    await expect(as('user-ghost').exports.jobs()).rejects.toBeInstanceOf(AuthenticationError);
  });
});
