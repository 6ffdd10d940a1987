import type { TemplateAssignment } from '../../schemas/templates/template-assignment';
import type {
  TemplateAuditLogEntry,
  WorkflowTemplate,
  WorkflowTemplateSnapshot,
} from '../../schemas/templates/workflow-template';
import { cloneData } from '../shared/clone-data';

/**
 * Persistence of workflow templates, their immutable snapshots, assignments and audit trail. The
 * template engine writes only after every check passed, so an implementation needs no rollback.
 * The export and preview engines read snapshots and append audit rows through the same store.
 */
export interface TemplateStore {
  getTemplate(id: string): WorkflowTemplate | undefined;
  listTemplates(): WorkflowTemplate[];
  putTemplate(template: WorkflowTemplate): void;
  getSnapshot(id: string): WorkflowTemplateSnapshot | undefined;
  listSnapshots(): WorkflowTemplateSnapshot[];
  putSnapshot(snapshot: WorkflowTemplateSnapshot): void;
  getAssignment(id: string): TemplateAssignment | undefined;
  listAssignments(): TemplateAssignment[];
  putAssignment(assignment: TemplateAssignment): void;
  deleteAssignment(id: string): void;
  appendAudit(entry: TemplateAuditLogEntry): void;
  /** Audit rows in append order. */
  listAudit(): TemplateAuditLogEntry[];
}

/** An in-memory {@link TemplateStore}; values are copied in and out. */
export function createMemoryTemplateStore(): TemplateStore {
  const templates = new Map<string, WorkflowTemplate>();
  const snapshots = new Map<string, WorkflowTemplateSnapshot>();
  const assignments = new Map<string, TemplateAssignment>();
  const audit: TemplateAuditLogEntry[] = [];
  const copy = cloneData;
  const read = <T>(map: Map<string, T>, id: string) =>
    map.has(id) ? copy(map.get(id)) : undefined;
  return {
    getTemplate: (id) => read(templates, id),
    listTemplates: () => [...templates.values()].map(copy),
    putTemplate: (template) => void templates.set(template.id, copy(template)),
    getSnapshot: (id) => read(snapshots, id),
    listSnapshots: () => [...snapshots.values()].map(copy),
    putSnapshot: (snapshot) => void snapshots.set(snapshot.id, copy(snapshot)),
    getAssignment: (id) => read(assignments, id),
    listAssignments: () => [...assignments.values()].map(copy),
    putAssignment: (assignment) => void assignments.set(assignment.id, copy(assignment)),
    deleteAssignment: (id) => void assignments.delete(id),
    appendAudit: (entry) => void audit.push(copy(entry)),
    listAudit: () => audit.map(copy),
  };
}
