import type { ExportApprovalStage } from '../../schemas/exports/approval-stage';
import type { ExportUserOut } from '../../schemas/exports/export-people';
import type {
  ExportGuardrailSimulation,
  NarrativeExport,
} from '../../schemas/exports/narrative-export';
import type { EvidenceCatalog } from '../evidence/evidence-catalog';
import {
  type DirectoryUser,
  type GovernanceDirectory,
  hasExecutionAccess,
} from '../governance/directory';
import type { EventLog } from '../governance/event-log';
import type { Clock } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import type { IdGenerator } from '../shared/id-generator';
import type { SigningKey } from '../storage/signed-url';
import type { TemplateStore } from '../templates/template-store';
import type { NarrativeArtifactStore, NarrativeExportStore } from './export-store';
import type { NarrativePackager } from './narrative-archive';

/** Guardrail simulations the packaging gate consults (no guardrail engine ships in govkit yet). */
export interface GuardrailSource {
  /** Simulations of an execution, newest first. */
  list(executionId: string): ExportGuardrailSimulation[];
}

/** Who the SLA monitor tells about an overdue stage (e.g. in-app and by e-mail). */
export interface StageOverdueNotification {
  user_ids: string[];
  export_id: string;
  stage_id: string;
  execution_id: string;
  title: 'Approval stage overdue';
  category: 'compliance';
  priority: 'urgent';
}

/** Everything the narrative export commands share. */
export interface NarrativeExportDeps {
  directory: GovernanceDirectory;
  events: EventLog;
  clock: Clock;
  ids: IdGenerator;
  store: NarrativeExportStore;
  templates: TemplateStore;
  catalog: EvidenceCatalog;
  artifacts: NarrativeArtifactStore;
  packager: NarrativePackager;
  guardrails?: GuardrailSource | undefined;
  notify?: ((notification: StageOverdueNotification) => void) | undefined;
  /** Run a packaging job as soon as it is enqueued (the mock server's default). */
  immediatePackaging: boolean;
  /**
   * Sign `artifact_signed_url` (HMAC-SHA256 over the download path and expiry) when an artifact
   * is packaged, and accept such URLs without a user. Off when absent.
   */
  signing?: ArtifactSigning | undefined;
}

/** How packaged artifacts get their signed URL. */
export interface ArtifactSigning {
  /** The HMAC secret (keep it server-side). */
  key: SigningKey;
  /** How long a signed URL works (default: until the artifact's retention ends). */
  ttlSeconds?: number | undefined;
}

/** The 403 detail of the execution-access check. */
export const EXPORT_ACCESS_DENIED = 'Not authorized for execution workspace';

/** An event a command will append once it has decided to succeed. */
export interface PendingNarrativeEvent {
  event_type: string;
  payload: Record<string, unknown>;
  actor_id: string | null;
}

/** The `UserOut` wire shape of a directory user. */
export function toExportUserOut(user: DirectoryUser): ExportUserOut {
  return {
    id: user.id,
    email: user.email,
    full_name: user.full_name ?? null,
    phone_number: null,
    orcid_id: null,
    is_admin: user.is_admin,
  };
}

/** True when the user is the stage's assignee or delegate. */
export function isNamedOnStage(stage: ExportApprovalStage, userId: string): boolean {
  return stage.assignee?.id === userId || stage.delegated_to?.id === userId;
}

/**
 * Load an export of an execution the actor may open: execution access, or being named on one of
 * its stages (a delegate from another team must reach the stage they sign). 404 first, then 403.
 */
export function requireVisibleExport(
  deps: NarrativeExportDeps,
  user: DirectoryUser,
  executionId: string,
  exportId: string,
): NarrativeExport {
  const record = deps.store.get(exportId);
  if (!record || record.execution_id !== executionId) {
    throw EngineError.notFound('Narrative export not found');
  }
  const named = record.approval_stages.some((stage) => isNamedOnStage(stage, user.id));
  if (!named && !hasExecutionAccess(deps.directory, user, executionId)) {
    throw EngineError.forbidden(EXPORT_ACCESS_DENIED);
  }
  return record;
}

/**
 * Recompute what follows from the stages: the current stage is the one in progress (at most one),
 * so `current_stage` can never disagree with the ladder.
 */
export function withDerivedLadder(record: NarrativeExport, updatedAt: string): NarrativeExport {
  const current = record.approval_stages.find((stage) => stage.status === 'in_progress') ?? null;
  return {
    ...record,
    approval_stage_count: record.approval_stages.length,
    current_stage: current ? structuredClone(current) : null,
    current_stage_started_at: current?.started_at ?? null,
    updated_at: updatedAt,
  };
}

/** Append decided events in order, stamped with the export's execution. */
export function appendNarrativeEvents(
  deps: NarrativeExportDeps,
  executionId: string,
  events: PendingNarrativeEvent[],
): void {
  for (const event of events) {
    deps.events.append({ execution_id: executionId, ...event });
  }
}
