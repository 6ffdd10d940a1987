import type {
  ExportApprovalRequest,
  ExportDelegationRequest,
  ExportRequest,
  ExportResetRequest,
} from '../../schemas/exports/export-request';
import type { NarrativeExportList } from '../../schemas/exports/narrative-export';
import { createMemoryEvidenceCatalog, type EvidenceCatalog } from '../evidence/evidence-catalog';
import { type GovernanceDirectory, hasExecutionAccess, requireUser } from '../governance/directory';
import type { EventLog } from '../governance/event-log';
import type { Clock } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import type { IdGenerator } from '../shared/id-generator';
import { createMemoryTemplateStore, type TemplateStore } from '../templates/template-store';
import {
  approveNarrativeExport,
  delegateNarrativeExportStage,
  dispatchNarrativePackaging,
  resetNarrativeExportStage,
} from './approval-commands';
import { readNarrativeArtifact, readNarrativeArtifactBySignature } from './artifact-download';
import {
  type ArtifactSigning,
  EXPORT_ACCESS_DENIED,
  type GuardrailSource,
  isNamedOnStage,
  type NarrativeExportDeps,
  type StageOverdueNotification,
} from './export-context';
import {
  backfillExportSnapshots,
  type ExportSnapshotBackfillOptions,
} from './export-snapshot-backfill';
import {
  createMemoryNarrativeArtifactStore,
  createMemoryNarrativeExportStore,
  type NarrativeArtifactStore,
  type NarrativeExportStore,
} from './export-store';
import { narrativeJobsTelemetry } from './jobs-telemetry';
import { buildNarrativeArchive, type NarrativePackager } from './narrative-archive';
import { createNarrativeExport } from './narrative-export-create';
import { runNarrativePackagingJobs } from './packaging-worker';
import { checkOverdueApprovalStages } from './sla-monitor';

/** Options of {@link createNarrativeExportEngine}. */
export interface NarrativeExportEngineOptions {
  directory: GovernanceDirectory;
  events: EventLog;
  clock: Clock;
  ids: IdGenerator;
  /** Defaults to an in-memory store. */
  store?: NarrativeExportStore;
  /** Share the template engine's store so exports can bind published snapshots. */
  templates?: TemplateStore;
  /** Notebook entries and files attachments resolve against. */
  catalog?: EvidenceCatalog;
  /** Where zip bytes live; inject one to corrupt artifacts in tests. */
  artifacts?: NarrativeArtifactStore;
  /** The packaging step; defaults to {@link buildNarrativeArchive}. Throw to fail an attempt. */
  packager?: NarrativePackager;
  guardrails?: GuardrailSource;
  /** Receives SLA escalations (e.g. to send an in-app notification plus e-mail). */
  notify?: (notification: StageOverdueNotification) => void;
  /** Package as soon as a job is enqueued instead of waiting for `runNarrativePackagingJobs()`. */
  immediatePackaging?: boolean;
  /** Sign `artifact_signed_url` and accept signed downloads. */
  signing?: ArtifactSigning;
}

/**
 * The narrative export reference engine: one method per console route, each taking the
 * acting user's id first, plus the worker entry points a host runs in the background
 * (`runNarrativePackagingJobs`, `checkOverdueApprovalStages`). Refusals throw `EngineError` and change nothing,
 * except the artifact download's contractual expiry and integrity side effects.
 *
 * @example
 * const exportsEngine = createNarrativeExportEngine({ directory, events, clock, ids,
 *   templates: templatesEngine.store });
 * const x = exportsEngine.create(runnerId, 'exec-1', { notes: 'Batch 7' });
 * exportsEngine.approve(approverId, 'exec-1', x.id, { status: 'approved', signature: 'A. Lovelace' });
 * exportsEngine.runPackagingJobs();
 * const zip = exportsEngine.artifact(runnerId, 'exec-1', x.id);
 */
export function createNarrativeExportEngine(options: NarrativeExportEngineOptions) {
  const deps: NarrativeExportDeps = {
    directory: options.directory,
    events: options.events,
    clock: options.clock,
    ids: options.ids,
    store: options.store ?? createMemoryNarrativeExportStore(),
    templates: options.templates ?? createMemoryTemplateStore(),
    catalog: options.catalog ?? createMemoryEvidenceCatalog(),
    artifacts: options.artifacts ?? createMemoryNarrativeArtifactStore(),
    packager: options.packager ?? buildNarrativeArchive,
    guardrails: options.guardrails,
    notify: options.notify,
    immediatePackaging: options.immediatePackaging ?? false,
    signing: options.signing,
  };
  return {
    deps,
    create: (
      actorId: string,
      executionId: string,
      body?: ExportRequest,
      opts?: { dryRun?: boolean },
    ) => createNarrativeExport(deps, actorId, executionId, body, opts),
    /**
     * Version history, newest `generated_at` first. With execution access every export is listed;
     * a stage assignee or delegate without it sees the exports they are named on.
     */
    list(actorId: string, executionId: string): NarrativeExportList {
      const user = requireUser(deps.directory, actorId);
      if (!deps.directory.getExecution(executionId))
        throw EngineError.notFound('Execution not found');
      const all = deps.store.list().filter((r) => r.execution_id === executionId);
      const full = hasExecutionAccess(deps.directory, user, executionId);
      const visible = full
        ? all
        : all.filter((r) => r.approval_stages.some((stage) => isNamedOnStage(stage, user.id)));
      if (!full && visible.length === 0) throw EngineError.forbidden(EXPORT_ACCESS_DENIED);
      const exports = visible.sort((a, b) =>
        a.generated_at === b.generated_at
          ? b.version - a.version
          : a.generated_at < b.generated_at
            ? 1
            : -1,
      );
      return { exports };
    },
    approve: (
      actorId: string,
      executionId: string,
      exportId: string,
      body: ExportApprovalRequest,
      opts?: { dryRun?: boolean },
    ) => approveNarrativeExport(deps, actorId, executionId, exportId, body, opts),
    delegate: (
      actorId: string,
      executionId: string,
      exportId: string,
      stageId: string,
      body: ExportDelegationRequest,
    ) => delegateNarrativeExportStage(deps, actorId, executionId, exportId, stageId, body),
    reset: (
      actorId: string,
      executionId: string,
      exportId: string,
      stageId: string,
      body?: ExportResetRequest,
    ) => resetNarrativeExportStage(deps, actorId, executionId, exportId, stageId, body),
    artifact: (actorId: string, executionId: string, exportId: string) =>
      readNarrativeArtifact(deps, actorId, executionId, exportId),
    /** The artifact through a signed URL (no user): see `readNarrativeArtifactBySignature`. */
    signedArtifact: (executionId: string, exportId: string, url: string) =>
      readNarrativeArtifactBySignature(deps, executionId, exportId, url),
    jobs: (actorId: string) => narrativeJobsTelemetry(deps, actorId),
    dispatchPackaging: (actorId: string, executionId: string, exportId: string) =>
      dispatchNarrativePackaging(deps, actorId, executionId, exportId),
    /** Run due packaging jobs once (the Celery worker). */
    runPackagingJobs: () => runNarrativePackagingJobs(deps),
    /** Escalate overdue stages once per activation (the Celery beat SLA monitor). */
    checkOverdueStages: () => checkOverdueApprovalStages(deps),
    /** Bind historical template exports to their published snapshot (`migrate-exports`). */
    backfillSnapshots: (actorId: string, backfillOptions?: ExportSnapshotBackfillOptions) =>
      backfillExportSnapshots(deps, actorId, backfillOptions),
  };
}

/** The engine returned by {@link createNarrativeExportEngine}. */
export type NarrativeExportEngine = ReturnType<typeof createNarrativeExportEngine>;
