import type { ExportApprovalStage, ExportUserOut, NarrativeExport } from '@govkit/sdk';
import { useCallback, useState } from 'react';
import type { LadderActionVariables } from '../exports/ladder-optimistic';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';
import { parseTimestamp } from '../shared/parse-timestamp';
import { useFormat } from '../shared/use-format';
import { useNow } from '../shared/use-now';
import { type ApprovalLadderMessages, approvalLadderMessages } from './approval-ladder-messages';
import {
  type LadderActingUser,
  type LadderActionKind,
  ladderActionsFor,
} from './ladder-permissions';

export interface UseApprovalLadderOptions {
  /** The export whose ladder is shown; without it (and without an error) the ladder is loading. */
  record?: NarrativeExport | undefined;
  /** The load's error, as thrown. */
  error?: unknown;
  /** Who is acting: only the actions they may take are offered (see {@link ladderActionsFor}). */
  actingUser?: LadderActingUser | undefined;
  /**
   * Send an action; resolve when the server accepted it, reject with its typed error when not.
   * Without it the ladder is read-only.
   */
  onAction?: ((action: LadderActionVariables) => Promise<unknown>) | undefined;
  /** The time overdue stages are judged against (a controlled clock); default: ticking. */
  now?: Date | number | undefined;
  messages?: Partial<ApprovalLadderMessages> | undefined;
}

/** What the ladder is showing; also its `data-state`. */
export type ApprovalLadderState = 'loading' | 'error' | 'empty' | 'ready';

/** A formatted time: ISO for `<time dateTime>`, and text. */
export interface LadderTime {
  iso: string;
  text: string;
}

/** One entry of a stage's action history, localised. */
export interface LadderHistoryEntry {
  id: string;
  kind: string;
  text: string;
  by: string;
  signature: string | undefined;
  notes: string | undefined;
}

/** One stage, ready to render. */
export interface LadderStageView {
  stage: ExportApprovalStage;
  title: string;
  statusLabel: string;
  isCurrent: boolean;
  overdue: boolean;
  overdueSince: LadderTime | undefined;
  due: LadderTime | undefined;
  started: LadderTime | undefined;
  completed: LadderTime | undefined;
  sla: string;
  assignee: string | undefined;
  delegate: string | undefined;
  actions: LadderActionKind[];
  history: LadderHistoryEntry[];
}

/** The open action form; its values survive a refusal. */
export interface LadderForm {
  stageId: string;
  kind: LadderActionKind;
  signature: string;
  notes: string;
  delegateId: string;
  /** A local check failed before anything was sent. */
  invalid: 'signature' | 'delegate' | undefined;
  sending: boolean;
  /** The server's refusal, as thrown. */
  error: unknown;
}

const STATUS_KEYS: Readonly<Record<string, keyof ApprovalLadderMessages>> = {
  pending: 'statusPending',
  in_progress: 'statusInProgress',
  approved: 'statusApproved',
  rejected: 'statusRejected',
  delegated: 'statusDelegated',
  reset: 'statusReset',
};

const ACTION_KEYS: Readonly<Record<string, keyof ApprovalLadderMessages>> = {
  approved: 'actionApproved',
  rejected: 'actionRejected',
  delegated: 'actionDelegated',
  reset: 'actionReset',
  escalated: 'actionEscalated',
};

/** A person as the ladder names them: full name, else e-mail, else id. */
export function personName(user: ExportUserOut | null | undefined): string | undefined {
  if (!user) return undefined;
  return user.full_name || user.email || user.id;
}

function humanize(value: string): string {
  const words = value.replace(/[_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The headless approval ladder: state, localised stages (SLA, due date, overdue state, history,
 * the actions the acting user may take) and the action form (open, edit, submit, refusal).
 */
export function useApprovalLadder({
  record,
  error,
  actingUser,
  onAction,
  now: controlledNow,
  messages: overrides,
}: UseApprovalLadderOptions) {
  const messages = useMessages('approvalLadder', approvalLadderMessages, overrides);
  const format = useFormat();
  const now = useNow(controlledNow, 30_000);
  const [form, setForm] = useState<LadderForm | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const state: ApprovalLadderState =
    error !== undefined && error !== null
      ? 'error'
      : !record
        ? 'loading'
        : record.approval_stages.length === 0
          ? 'empty'
          : 'ready';

  const time = (value: string | null | undefined): LadderTime | undefined => {
    const date = value ? parseTimestamp(value) : null;
    return date ? { iso: date.toISOString(), text: format.dateTime(date) } : undefined;
  };

  const stages: LadderStageView[] =
    state === 'ready' && record
      ? [...record.approval_stages]
          .sort((a, b) => a.sequence_index - b.sequence_index)
          .map((stage) => {
            const due = time(stage.due_at);
            const flagged = stage.metadata.overdue === true;
            const late =
              stage.status === 'in_progress' &&
              due !== undefined &&
              now !== undefined &&
              Date.parse(due.iso) < now;
            const overdue = stage.status === 'in_progress' && (flagged || late);
            const since =
              typeof stage.metadata.overdue_since === 'string'
                ? stage.metadata.overdue_since
                : stage.due_at;
            const statusKey = STATUS_KEYS[stage.status];
            return {
              stage,
              title: formatMessage(messages.stageTitle, {
                index: stage.sequence_index,
                name: stage.name || messages.stageUnnamed,
              }),
              statusLabel: statusKey ? messages[statusKey] : humanize(stage.status),
              isCurrent: record.current_stage?.id === stage.id || stage.status === 'in_progress',
              overdue,
              overdueSince: overdue ? time(since) : undefined,
              due,
              started: time(stage.started_at),
              completed: time(stage.completed_at),
              sla:
                stage.sla_hours === null || stage.sla_hours === undefined
                  ? messages.noSla
                  : formatMessage(messages.slaHours, { count: format.number(stage.sla_hours) }),
              assignee: personName(stage.assignee),
              delegate: personName(stage.delegated_to),
              actions: onAction ? ladderActionsFor(record, stage, actingUser) : [],
              history: stage.actions.map((action) => {
                const key = ACTION_KEYS[action.action_type];
                const target = personName(action.delegation_target) ?? '';
                return {
                  id: action.id,
                  kind: action.action_type,
                  text: key
                    ? formatMessage(messages[key], { user: target })
                    : humanize(action.action_type),
                  by: formatMessage(messages.actionBy, {
                    user: personName(action.actor) ?? '',
                    time: time(action.created_at)?.text ?? '',
                  }),
                  signature: action.signature || undefined,
                  notes: action.notes || undefined,
                };
              }),
            };
          })
      : [];

  const open = useCallback((stageId: string, kind: LadderActionKind) => {
    setAnnouncement('');
    setForm((current) =>
      // Switching between approve and reject on the same stage keeps what was typed.
      current && current.stageId === stageId
        ? { ...current, kind, invalid: undefined, error: undefined }
        : {
            stageId,
            kind,
            signature: '',
            notes: '',
            delegateId: '',
            invalid: undefined,
            sending: false,
            error: undefined,
          },
    );
  }, []);

  const close = useCallback(() => setForm(null), []);

  const edit = useCallback(
    (patch: Partial<Pick<LadderForm, 'signature' | 'notes' | 'delegateId'>>) => {
      setForm((current) => (current ? { ...current, ...patch, invalid: undefined } : current));
    },
    [],
  );

  const submit = useCallback(async () => {
    if (!form || !record || !onAction || form.sending) return;
    const { stageId, kind, notes } = form;
    const signature = form.signature.trim();
    const delegateId = form.delegateId.trim();
    if ((kind === 'approve' || kind === 'reject') && !signature) {
      setForm({ ...form, invalid: 'signature' });
      return;
    }
    if (kind === 'delegate' && !delegateId) {
      setForm({ ...form, invalid: 'delegate' });
      return;
    }
    const action: LadderActionVariables =
      kind === 'delegate'
        ? { kind, exportId: record.id, stageId, delegateId, notes }
        : kind === 'reset'
          ? { kind, exportId: record.id, stageId, notes }
          : {
              kind: 'approve',
              exportId: record.id,
              stageId,
              status: kind === 'approve' ? 'approved' : 'rejected',
              signature,
              notes,
            };
    setForm({ ...form, sending: true, error: undefined });
    try {
      await onAction(action);
      setForm(null);
      setAnnouncement(messages.done);
    } catch (refusal) {
      // The form stays open with everything typed; only the refusal is added.
      setForm((current) => (current ? { ...current, sending: false, error: refusal } : current));
    }
  }, [form, record, onAction, messages.done]);

  return { state, messages, stages, form, open, close, edit, submit, announcement };
}

export type ApprovalLadderModel = ReturnType<typeof useApprovalLadder>;
