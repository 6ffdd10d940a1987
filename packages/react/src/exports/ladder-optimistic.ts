import type {
  ExportApprovalStage,
  ExportUserOut,
  NarrativeExport,
  NarrativeExportList,
} from '@govkit/sdk';

/** What an approval-ladder action sends, with the export (and stage) it acts on. */
export type LadderActionVariables =
  | {
      kind: 'approve';
      exportId: string;
      stageId: string;
      status: 'approved' | 'rejected';
      signature: string;
      notes?: string | undefined;
    }
  | {
      kind: 'delegate';
      exportId: string;
      stageId: string;
      delegateId: string;
      notes?: string | undefined;
    }
  | { kind: 'reset'; exportId: string; stageId: string; notes?: string | undefined };

// The server fills the real user on answer; until then the ladder shows the id it was given.
function placeholderUser(id: string): ExportUserOut {
  return { id, email: id, is_admin: false };
}

/**
 * The export as the server will answer once it accepts the action, following the ladder rules:
 * approve moves the next stage in, reject resets the later ones, reset reopens the stage and sets
 * the later ones pending. Times are the browser's; the refetch replaces them.
 */
export function applyLadderAction(
  record: NarrativeExport,
  action: LadderActionVariables,
  nowIso: string,
): NarrativeExport {
  const stages = record.approval_stages.map((stage) => ({ ...stage }));
  const index = stages.findIndex((stage) => stage.id === action.stageId);
  const stage = stages[index];
  if (!stage) return record;
  const later = stages.slice(index + 1);
  const next: NarrativeExport = { ...record, approval_stages: stages };
  if (action.kind === 'delegate') {
    stage.delegated_to = placeholderUser(action.delegateId);
    if (stage.status === 'pending') stage.status = 'delegated';
  } else if (action.kind === 'reset') {
    Object.assign(stage, { status: 'in_progress', started_at: nowIso, completed_at: null });
    for (const s of later) Object.assign(s, { status: 'pending', started_at: null, due_at: null });
    Object.assign(next, {
      approval_status: 'pending',
      current_stage: stage,
      approved_at: null,
      approved_by: null,
      approval_completed_at: null,
    });
  } else if (action.status === 'rejected') {
    Object.assign(stage, { status: 'rejected', completed_at: nowIso });
    for (const s of later) Object.assign(s, { status: 'reset', started_at: null, due_at: null });
    Object.assign(next, { approval_status: 'rejected', current_stage: null });
  } else {
    Object.assign(stage, { status: 'approved', completed_at: nowIso });
    const following: ExportApprovalStage | undefined = later[0];
    if (following) {
      Object.assign(following, { status: 'in_progress', started_at: nowIso });
      next.current_stage = following;
    } else {
      Object.assign(next, {
        approval_status: 'approved',
        current_stage: null,
        approval_signature: action.signature,
        approved_at: nowIso,
        approval_completed_at: nowIso,
      });
    }
  }
  return next;
}

/** The cached list with one export replaced (by the optimistic value or the server's answer). */
export function replaceExport(
  list: NarrativeExportList,
  exportId: string,
  update: (record: NarrativeExport) => NarrativeExport,
): NarrativeExportList {
  return {
    ...list,
    exports: list.exports.map((record) => (record.id === exportId ? update(record) : record)),
  };
}
