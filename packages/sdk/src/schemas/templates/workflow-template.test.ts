import { describe, expect, it } from 'vitest';
import { safeParseContract } from '../shared/parse-mode';
import { templatesEndpoints } from './endpoints';
import { TemplateAssignmentCreateSchema, TemplateAssignmentSchema } from './template-assignment';
import { WorkflowTemplateCreateSchema, WorkflowTemplateListParamsSchema } from './template-create';
import { WorkflowTemplateSchema, WorkflowTemplateSnapshotSchema } from './workflow-template';

const template = {
  id: 't-1',
  template_key: 'qa',
  name: 'QA ladder',
  version: 2,
  status: 'published',
  is_latest: true,
  permitted_roles: ['approver'],
  stage_blueprint: [{ required_role: 'approver', sla_hours: 24 }],
  created_by_id: 'u-1',
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-01T00:00:00Z',
};

describe('workflow template schemas', () => {
  it('fills blueprint defaults (the frontend drops step indexes and gate keys)', () => {
    const parsed = WorkflowTemplateSchema.parse(template);
    expect(parsed.stage_blueprint[0]).toEqual({
      required_role: 'approver',
      sla_hours: 24,
      stage_step_indexes: [],
      stage_gate_keys: [],
      metadata: {},
    });
  });
  it('keeps unknown statuses leniently and rejects them strictly', () => {
    const newer = { ...template, status: 'retired' };
    expect(safeParseContract(WorkflowTemplateSchema, newer).success).toBe(true);
    expect(safeParseContract(WorkflowTemplateSchema, newer, { mode: 'strict' }).success).toBe(
      false,
    );
  });
  it('parses a snapshot with its frozen payload', () => {
    const snapshot = WorkflowTemplateSnapshotSchema.parse({
      id: 'snap-1',
      template_id: 't-1',
      template_key: 'qa',
      version: 2,
      status: 'published',
      captured_at: 'now',
      captured_by_id: 'u-1',
      snapshot_payload: { ...template, template_id: 't-1', captured_at: 'now' },
    });
    expect(snapshot.snapshot_payload.stage_blueprint).toHaveLength(1);
  });
  it('validates create bodies with defaults and closed keys', () => {
    expect(WorkflowTemplateCreateSchema.parse({ template_key: 'qa', name: 'QA' })).toMatchObject({
      publish: false,
      permitted_roles: [],
      stage_blueprint: [],
    });
    expect(WorkflowTemplateCreateSchema.safeParse({ template_key: ' ', name: 'QA' }).success).toBe(
      false,
    );
    expect(
      WorkflowTemplateCreateSchema.safeParse({ template_key: 'qa', name: 'QA', version: 3 })
        .success,
    ).toBe(false);
  });
  it('reads include_all from a query string', () => {
    expect(WorkflowTemplateListParamsSchema.parse({ include_all: 'true' }).include_all).toBe(true);
    expect(WorkflowTemplateListParamsSchema.parse({}).include_all).toBe(false);
  });
  it('accepts assignment bodies without template_id (the path wins) and parses outputs', () => {
    expect(TemplateAssignmentCreateSchema.parse({ team_id: 'team-1' }).metadata).toEqual({});
    const out = TemplateAssignmentSchema.parse({
      id: 'as-1',
      template_id: 't-1',
      team_id: 'team-1',
      created_by_id: 'u-1',
      created_at: 'now',
      metadata: null,
    });
    expect(out.metadata).toEqual({});
  });
});

describe('templatesEndpoints', () => {
  it('maps the admin routes with their statuses', () => {
    expect(templatesEndpoints.create.successStatus).toBe(201);
    expect(templatesEndpoints.assignmentsCreate.successStatus).toBe(201);
    expect(templatesEndpoints.assignmentsCreate.errorStatuses).toContain(409);
    expect(templatesEndpoints.assignmentsDelete).toMatchObject({
      id: 'templates.assignments.delete',
      method: 'DELETE',
      path: '/api/governance/assignments/{assignment_id}',
      successStatus: 204,
      responseKind: 'empty',
    });
    expect(templatesEndpoints.publish.path).toBe('/api/governance/templates/{template_id}/publish');
  });
});
