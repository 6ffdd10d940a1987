import {
  ArtifactExpiredError,
  ArtifactIntegrityError,
  ArtifactNotReadyError,
  type NarrativeExport,
} from '@govkit/sdk';
import type { NarrativeArtifactDownloadState } from '../exports/use-narrative-artifact-download';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';
import { useControllableState } from '../internal/use-controllable-state';
import { parseTimestamp } from '../shared/parse-timestamp';
import { useFormat } from '../shared/use-format';
import { type NarrativeExportMessages, narrativeExportMessages } from './narrative-export-messages';

export interface UseNarrativeExportPanelOptions {
  /** The execution's exports, newest first; without them (and without an error) it is loading. */
  exports?: readonly NarrativeExport[] | undefined;
  error?: unknown;
  /** The export shown (controlled); default the newest. */
  selectedExportId?: string | undefined;
  defaultSelectedExportId?: string | undefined;
  onSelectedExportChange?: ((exportId: string) => void) | undefined;
  /** The artifact download's progress and typed error (from `useNarrativeArtifactDownload`). */
  download?: Partial<NarrativeArtifactDownloadState> | undefined;
  messages?: Partial<NarrativeExportMessages> | undefined;
}

/** What the panel is showing; also its `data-state`. */
export type NarrativeExportPanelState = 'loading' | 'error' | 'empty' | 'ready';

/** Why a download was refused, as the panel explains it; also `data-refusal`. */
export type ArtifactRefusal = 'not-ready' | 'expired' | 'integrity' | 'other';

const ARTIFACT_KEYS: Readonly<Record<string, keyof NarrativeExportMessages>> = {
  queued: 'statusQueued',
  processing: 'statusProcessing',
  ready: 'statusReady',
  retrying: 'statusRetrying',
  failed: 'statusFailed',
  expired: 'statusExpired',
};
const APPROVAL_KEYS: Readonly<Record<string, keyof NarrativeExportMessages>> = {
  pending: 'approvalPending',
  approved: 'approvalApproved',
  rejected: 'approvalRejected',
};
const QUEUE_KEYS: Readonly<Record<string, keyof NarrativeExportMessages>> = {
  awaiting_approval: 'queueAwaitingApproval',
  queued: 'queueQueued',
  guardrail_blocked: 'queueGuardrailBlocked',
};
const EVIDENCE_KEYS: Readonly<Record<string, keyof NarrativeExportMessages>> = {
  timeline_event: 'evidenceTimelineEvent',
  file: 'evidenceFile',
  notebook_entry: 'evidenceNotebookEntry',
  analytics_snapshot: 'evidenceAnalyticsSnapshot',
  qc_metric: 'evidenceQcMetric',
  remediation_report: 'evidenceRemediationReport',
};

function humanize(value: string): string {
  const words = value.replace(/[_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The typed download refusal, by the sdk's error classes. */
export function artifactRefusalOf(error: unknown): ArtifactRefusal | undefined {
  if (error === undefined || error === null) return undefined;
  if (error instanceof ArtifactNotReadyError) return 'not-ready';
  if (error instanceof ArtifactExpiredError) return 'expired';
  if (error instanceof ArtifactIntegrityError) return 'integrity';
  return 'other';
}

/**
 * The headless narrative export panel: state, the selected version (controllable), and the
 * selected export's localised summary, packaging and download state.
 */
export function useNarrativeExportPanel({
  exports,
  error,
  selectedExportId,
  defaultSelectedExportId,
  onSelectedExportChange,
  download,
  messages: overrides,
}: UseNarrativeExportPanelOptions) {
  const messages = useMessages('narrativeExport', narrativeExportMessages, overrides);
  const format = useFormat();
  const [selectedId, select] = useControllableState<string | undefined>({
    prop: selectedExportId,
    defaultProp: defaultSelectedExportId,
    onChange: (id) => id !== undefined && onSelectedExportChange?.(id),
    caller: 'NarrativeExportPanel',
  });
  const state: NarrativeExportPanelState =
    error !== undefined && error !== null
      ? 'error'
      : !exports
        ? 'loading'
        : exports.length === 0
          ? 'empty'
          : 'ready';
  const selected = exports?.find((x) => x.id === selectedId) ?? exports?.[0];
  const time = (value: string | null | undefined) => {
    const date = value ? parseTimestamp(value) : null;
    return date ? { iso: date.toISOString(), text: format.dateTime(date) } : undefined;
  };
  const word = (table: Readonly<Record<string, keyof NarrativeExportMessages>>, value: string) => {
    const key = table[value];
    return key ? messages[key] : humanize(value);
  };
  const versions = (exports ?? []).map((x) => ({
    id: x.id,
    label: formatMessage(messages.versionOption, {
      version: x.version,
      status: word(APPROVAL_KEYS, x.approval_status),
      time: time(x.generated_at)?.text ?? '',
    }),
  }));
  const queue = selected?.metadata.packaging_queue_state as { state?: unknown } | undefined;
  const queueKey = typeof queue?.state === 'string' ? QUEUE_KEYS[queue.state] : undefined;
  const downloadHere =
    download && download.exportId === selected?.id && download.status !== 'idle'
      ? download
      : undefined;
  return {
    state,
    messages,
    versions,
    selected,
    select: (id: string) => select(id),
    approvalLabel: selected ? word(APPROVAL_KEYS, selected.approval_status) : '',
    artifactLabel: selected ? word(ARTIFACT_KEYS, selected.artifact_status) : '',
    evidenceLabel: (type: string) => word(EVIDENCE_KEYS, type),
    queueText: queueKey ? messages[queueKey] : undefined,
    time,
    number: format.number,
    canDownload: selected?.artifact_status === 'ready',
    download: downloadHere,
    refusal: downloadHere?.status === 'error' ? artifactRefusalOf(downloadHere.error) : undefined,
  };
}

export type NarrativeExportPanelModel = ReturnType<typeof useNarrativeExportPanel>;
