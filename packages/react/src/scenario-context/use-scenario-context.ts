import type {
  GovernanceActorSummary,
  OverrideLineageContext,
  OverrideLineageDetail,
  TimelineEntry,
} from '@govkit/sdk';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';
import { parseTimestamp } from '../shared/parse-timestamp';
import { useFormat } from '../shared/use-format';
import { useUserName } from '../shared/use-user-name';
import { type ScenarioContextMessages, scenarioContextMessages } from './scenario-context-messages';

/** Lineage in either form the API sends it: context (`entry.lineage`) or detail (`detail.lineage`). */
export type ScenarioLineage = OverrideLineageContext | OverrideLineageDetail;

export interface UseScenarioContextOptions {
  /** The lineage to show. Wins over `entry`. */
  lineage?: ScenarioLineage | null | undefined;
  /**
   * A timeline entry: its `lineage` (context form), else an override action's
   * `detail.detail.lineage` (detail form).
   */
  entry?: TimelineEntry | null | undefined;
  /** The connected form is still fetching. */
  loading?: boolean | undefined;
  /** The fetch failed (typed sdk error). */
  error?: unknown;
  messages?: Partial<ScenarioContextMessages> | undefined;
}

/** `none` renders nothing: the entry has no scenario or notebook provenance. */
export type ScenarioContextState = 'loading' | 'error' | 'none' | 'ready';

export interface ScenarioContextSource {
  id: string;
  /** The name or title from the snapshot, else the id. */
  label: string;
  /** "Folder: Q1 experiments" / "Execution: exec-1", when known. */
  detail?: string | undefined;
}

export interface ScenarioContextMetadataItem {
  key: string;
  /** Strings as they are, other JSON compact (`{"a":1}`), as text only. */
  text: string;
}

export interface ScenarioContextModel {
  state: ScenarioContextState;
  messages: ScenarioContextMessages;
  scenario?: ScenarioContextSource | undefined;
  notebook?: ScenarioContextSource | undefined;
  /** "Avery Admin • Dec 3, 2026, 9:15 AM" (or only one of the two). */
  captured?: { text: string; iso?: string | undefined } | undefined;
  /** `metadata` (or the wire's `meta`), minus the `backfilled` flag shown as a badge. */
  metadata: ScenarioContextMetadataItem[];
  /** Created by the lineage backfill migration (`metadata.backfilled: true`). */
  backfilled: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The lineage a timeline entry carries, in whichever place the server put it. */
export function lineageOfEntry(entry: TimelineEntry | null | undefined): ScenarioLineage | null {
  if (!entry) return null;
  if (entry.lineage) return entry.lineage;
  const detail: unknown = entry.detail;
  const nested = isRecord(detail) ? detail.detail : undefined;
  const lineage = isRecord(nested) ? nested.lineage : undefined;
  return isRecord(lineage) ? (lineage as OverrideLineageDetail) : null;
}

// A presentational caller may hand over the raw wire object, whose metadata key is `meta`.
function metadataOf(lineage: ScenarioLineage): Record<string, unknown> {
  const raw = lineage as { metadata?: unknown; meta?: unknown };
  if (isRecord(raw.metadata) && Object.keys(raw.metadata).length > 0) return raw.metadata;
  return isRecord(raw.meta) ? raw.meta : isRecord(raw.metadata) ? raw.metadata : {};
}

function actorText(
  lineage: ScenarioLineage,
  userName: (id: string | number) => string,
): string | undefined {
  const by = (lineage as { captured_by?: GovernanceActorSummary | null }).captured_by;
  const id = (lineage as { captured_by_id?: string | number | null }).captured_by_id;
  const text = by?.name || by?.email || (by?.id != null ? userName(by.id) : undefined);
  return text || (id != null ? userName(id) : undefined);
}

function valueText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/**
 * The headless scenario context: which scenario and/or notebook entry an override came from, who
 * captured that and when, and the capture metadata. `state: 'none'` when there is no provenance
 * (the widget then renders nothing, as the contract asks).
 */
export function useScenarioContext({
  lineage: lineageProp,
  entry,
  loading,
  error,
  messages: overrides,
}: UseScenarioContextOptions): ScenarioContextModel {
  const messages = useMessages('scenarioContext', scenarioContextMessages, overrides);
  const format = useFormat();
  const userName = useUserName();
  if (error !== undefined && error !== null)
    return { state: 'error', messages, metadata: [], backfilled: false };
  if (loading) return { state: 'loading', messages, metadata: [], backfilled: false };
  const lineage = lineageProp ?? lineageOfEntry(entry);
  const scenarioSnapshot = lineage?.scenario;
  const notebookSnapshot = lineage?.notebook_entry;
  if (!lineage || (!scenarioSnapshot?.id && !notebookSnapshot?.id)) {
    return { state: 'none', messages, metadata: [], backfilled: false };
  }
  const scenario: ScenarioContextSource | undefined = scenarioSnapshot?.id
    ? {
        id: String(scenarioSnapshot.id),
        label: scenarioSnapshot.name || String(scenarioSnapshot.id),
        detail: scenarioSnapshot.folder_name
          ? formatMessage(messages.folder, { folder: scenarioSnapshot.folder_name })
          : undefined,
      }
    : undefined;
  const notebook: ScenarioContextSource | undefined = notebookSnapshot?.id
    ? {
        id: String(notebookSnapshot.id),
        label: notebookSnapshot.title || String(notebookSnapshot.id),
        detail:
          notebookSnapshot.execution_id != null
            ? formatMessage(messages.execution, {
                execution: String(notebookSnapshot.execution_id),
              })
            : undefined,
      }
    : undefined;
  const actor = actorText(lineage, userName);
  const at = lineage.captured_at ? parseTimestamp(lineage.captured_at) : null;
  const time = at ? format.dateTime(at) : undefined;
  const captured =
    actor && time
      ? { text: formatMessage(messages.capturedByAt, { actor, time }), iso: at?.toISOString() }
      : actor
        ? { text: formatMessage(messages.capturedBy, { actor }) }
        : time
          ? { text: formatMessage(messages.capturedAt, { time }), iso: at?.toISOString() }
          : undefined;
  const rawMetadata = metadataOf(lineage);
  const metadata = Object.entries(rawMetadata)
    .filter(([key]) => key !== 'backfilled')
    .map(([key, value]) => ({ key, text: valueText(value) }));
  return {
    state: 'ready',
    messages,
    scenario,
    notebook,
    captured,
    metadata,
    backfilled: rawMetadata.backfilled === true,
  };
}
