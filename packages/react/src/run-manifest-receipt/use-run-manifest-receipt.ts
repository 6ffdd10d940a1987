import { NotFoundError, type RunManifest } from '@govkit/sdk';
import { MANIFEST_STEP_NAMES } from '@govkit/sdk/schemas';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';
import { useDisclosure } from '../shared/disclosure';
import { humanize } from '../shared/humanize';
import { parseTimestamp } from '../shared/parse-timestamp';
import { useFormat } from '../shared/use-format';
import {
  type RunManifestReceiptMessages,
  runManifestReceiptMessages,
} from './run-manifest-receipt-messages';

export interface UseRunManifestReceiptOptions {
  /** The run's manifest once loaded; without it (and without an error) the receipt is loading. */
  manifest?: RunManifest | undefined;
  /** The run id, for the "run not found" text before anything is loaded. */
  runId?: string | undefined;
  error?: unknown;
  /** Whether "Show technical details" is open (controlled). */
  detailsOpen?: boolean | undefined;
  /** Initial open state when uncontrolled. Default false: a receipt, not a log. */
  defaultDetailsOpen?: boolean | undefined;
  onDetailsOpenChange?: ((open: boolean) => void) | undefined;
  messages?: Partial<RunManifestReceiptMessages> | undefined;
}

export type RunManifestReceiptState = 'loading' | 'error' | 'not-found' | 'empty' | 'ready';

/** A moment of a step: ISO for `<time dateTime>`, and localised text. */
export interface ReceiptTime {
  iso: string;
  text: string;
}

/** One step of the receipt, localised, in run order. */
export interface ReceiptStep {
  /** The step name as the server sent it (`build_snapshot_v2`). */
  name: string;
  /** Its words (`Build the snapshot (ML signals)`); unknown steps are humanised. */
  label: string;
  /** 1-based position in the run. */
  position: number;
  status: string;
  statusLabel: string;
  started?: ReceiptTime | undefined;
  finished?: ReceiptTime | undefined;
  notes?: string | undefined;
  errorMessage?: string | undefined;
  inputFingerprint?: string | undefined;
  fencingToken?: string | undefined;
}

export interface RunManifestReceiptModel {
  state: RunManifestReceiptState;
  messages: RunManifestReceiptMessages;
  /** `6 steps succeeded, 0 skipped, 0 failed (lock: abc123)`; empty until loaded. */
  summary: string;
  counts: { succeeded: number; skipped: number; failed: number };
  /** "Finished …" or "Not finalized"; empty until loaded. */
  finalized: string;
  finalizedAt?: ReceiptTime | undefined;
  steps: ReceiptStep[];
  /** Run-wide facts for the details list. */
  facts: ReadonlyArray<{
    id: 'run-id' | 'mode' | 'lock' | 'fencing-token';
    label: string;
    value: string;
  }>;
  detailsOpen: boolean;
  setDetailsOpen: (next: boolean | ((open: boolean) => boolean)) => void;
  /** Props for the disclosure button and the panel it controls. */
  triggerProps: { 'aria-expanded': boolean; 'aria-controls': string; onClick: () => void };
  panelId: string;
}

const STEP_LABEL_KEYS: Readonly<Record<string, keyof RunManifestReceiptMessages>> = {
  parse_normalize_pack: 'stepParseNormalizePack',
  build_business_profile: 'stepBuildBusinessProfile',
  build_snapshot_v2: 'stepBuildSnapshotV2',
  predictive_context: 'stepPredictiveContext',
  infer_decision_v2: 'stepInferDecisionV2',
  validate_conclusion_v2: 'stepValidateConclusionV2',
};

const STATUS_LABEL_KEYS: Readonly<Record<string, keyof RunManifestReceiptMessages>> = {
  pending: 'statusPending',
  running: 'statusRunning',
  succeeded: 'statusSucceeded',
  skipped: 'statusSkipped',
  failed: 'statusFailed',
};

/** The contract's lock reference: the first 8 characters of the lock id. */
const LOCK_REFERENCE_LENGTH = 8;

// The seed's fixed order; a step a newer server adds keeps its place after the known six.
function stepRank(name: string, serverIndex: number): number {
  const known = (MANIFEST_STEP_NAMES as readonly string[]).indexOf(name);
  return known === -1 ? MANIFEST_STEP_NAMES.length + serverIndex : known;
}

/**
 * The headless run manifest receipt: the six steps in run order with status, times,
 * notes, input fingerprint and fencing token, the summary line, and the open state of the
 * "Show technical details" disclosure they sit in.
 */
export function useRunManifestReceipt({
  manifest,
  error,
  detailsOpen: detailsOpenProp,
  defaultDetailsOpen = false,
  onDetailsOpenChange,
  messages: overrides,
}: UseRunManifestReceiptOptions): RunManifestReceiptModel {
  const messages = useMessages('runManifestReceipt', runManifestReceiptMessages, overrides);
  const format = useFormat();
  const {
    open: detailsOpen,
    setOpen: setDetailsOpen,
    triggerProps,
    panelId,
  } = useDisclosure({
    open: detailsOpenProp,
    defaultOpen: defaultDetailsOpen,
    onOpenChange: onDetailsOpenChange,
    caller: 'RunManifestReceipt',
  });
  const time = (value: string | undefined): ReceiptTime | undefined => {
    const date = value ? parseTimestamp(value) : null;
    return date ? { iso: date.toISOString(), text: format.dateTime(date) } : undefined;
  };
  const state: RunManifestReceiptState =
    error !== undefined && error !== null
      ? error instanceof NotFoundError
        ? 'not-found'
        : 'error'
      : !manifest
        ? 'loading'
        : manifest.steps.length === 0
          ? 'empty'
          : 'ready';
  const base = { messages, detailsOpen, setDetailsOpen, triggerProps, panelId };
  if (!manifest || state === 'error' || state === 'not-found') {
    return {
      ...base,
      state,
      summary: '',
      counts: { succeeded: 0, skipped: 0, failed: 0 },
      finalized: '',
      steps: [],
      facts: [],
    };
  }
  const ordered = manifest.steps
    .map((step, index) => ({ step, rank: stepRank(step.step_name, index) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ step }) => step);
  const steps = ordered.map((step, index): ReceiptStep => {
    const labelKey = STEP_LABEL_KEYS[step.step_name];
    const statusKey = STATUS_LABEL_KEYS[step.status];
    return {
      name: step.step_name,
      label: labelKey ? messages[labelKey] : humanize(step.step_name),
      position: index + 1,
      status: step.status,
      statusLabel: statusKey ? messages[statusKey] : humanize(step.status),
      started: time(step.started_at),
      finished: time(step.finished_at),
      notes: step.notes,
      errorMessage: step.error_message,
      inputFingerprint: step.input_fingerprint,
      fencingToken:
        step.fencing_token === undefined ? undefined : format.number(step.fencing_token),
    };
  });
  const count = (status: string) => manifest.steps.filter((s) => s.status === status).length;
  const counts = {
    succeeded: count('succeeded'),
    skipped: count('skipped'),
    failed: count('failed'),
  };
  const counted = formatMessage(messages.summary, {
    succeeded: format.number(counts.succeeded),
    skipped: format.number(counts.skipped),
    failed: format.number(counts.failed),
  });
  const lock = manifest.lock_id?.slice(0, LOCK_REFERENCE_LENGTH);
  const summary = lock ? formatMessage(messages.summaryLock, { summary: counted, lock }) : counted;
  const finalizedAt = time(manifest.finalized_at);
  const facts: RunManifestReceiptModel['facts'] = [
    { id: 'run-id', label: messages.runId, value: manifest.run_id },
    { id: 'mode', label: messages.mode, value: manifest.mode },
    ...(manifest.lock_id
      ? [{ id: 'lock' as const, label: messages.lock, value: manifest.lock_id }]
      : []),
    ...(manifest.fencing_token === undefined
      ? []
      : [
          {
            id: 'fencing-token' as const,
            label: messages.fencingToken,
            value: format.number(manifest.fencing_token),
          },
        ]),
  ];
  return {
    ...base,
    state,
    summary,
    counts,
    finalized: finalizedAt
      ? formatMessage(messages.finalizedAt, { time: finalizedAt.text })
      : messages.notFinalized,
    finalizedAt,
    steps,
    facts,
  };
}
