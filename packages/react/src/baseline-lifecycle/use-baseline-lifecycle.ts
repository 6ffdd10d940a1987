import { type Baseline, NotFoundError, PermissionDeniedError } from '@govkit/sdk';
import { BaselineRollbackSchema, MAX_ID_LENGTH } from '@govkit/sdk/schemas';
import { useCallback, useRef, useState } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';
import { parseTimestamp } from '../shared/parse-timestamp';
import { useFormat } from '../shared/use-format';
import { useUserName } from '../shared/use-user-name';
import {
  type BaselineLifecycleMessages,
  baselineLifecycleMessages,
} from './baseline-lifecycle-messages';

/** The user the widget acts for: only the actions they may take are offered. */
export interface BaselineViewer {
  id: string;
  /** Admins may review, publish and roll back any baseline. */
  isAdmin?: boolean | undefined;
}

/** The actions of the lifecycle (review is approve or reject). */
export type BaselineAction = 'approve' | 'reject' | 'publish' | 'rollback';

/**
 * What an action handler returns: a promise clears the typed text only once it resolves (a
 * refusal keeps it); anything else clears nothing, since the outcome is unknown.
 */
type ActionResult = unknown;

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

export interface UseBaselineLifecycleOptions {
  /** The baseline with its events; `undefined` while loading. */
  baseline?: Baseline | undefined;
  /** The load error (`NotFoundError`, `PermissionDeniedError`, …). */
  error?: unknown;
  /** True when no baseline is selected (the empty state). */
  empty?: boolean | undefined;
  /**
   * Who acts. Reviewers named on the baseline and admins may review and publish; only admins may
   * roll back. Without a viewer every action the status allows is offered and the server decides.
   */
  viewer?: BaselineViewer | undefined;
  onReview?:
    | ((body: { decision: 'approve' | 'reject'; notes?: string }) => ActionResult)
    | undefined;
  onPublish?: ((body: { notes?: string }) => ActionResult) | undefined;
  /**
   * Rolls back with the reason and, to reinstate an earlier published version of the same
   * template, its id as `target_version_id`.
   */
  onRollback?: ((body: { reason: string; target_version_id?: string }) => ActionResult) | undefined;
  /**
   * The versions of this baseline's template (`GET /baselines?template_id=…`). Given, the rollback
   * offers those it can reinstate as a choice; absent, the user may type a version id, which is
   * checked for shape here and for existence by the server (a 404 or 400 keeps the input).
   */
  rollbackTargets?: readonly Baseline[] | undefined;
  /** The action being sent (its buttons are disabled). */
  pendingAction?: BaselineAction | undefined;
  /** The last action's refusal; what the user typed stays in the fields. */
  actionError?: unknown;
  messages?: Partial<BaselineLifecycleMessages> | undefined;
}

export type BaselineLifecycleState = 'loading' | 'empty' | 'ready' | 'error' | 'not-found';
export type BaselineStepState = 'done' | 'current' | 'rejected' | 'todo';

export interface BaselineStep {
  id: 'submitted' | 'reviewed' | 'published' | 'rolled_back';
  label: string;
  state: BaselineStepState;
}

/** A version the rollback may reinstate, as the choice shows it. */
export interface BaselineRollbackTarget {
  id: string;
  label: string;
}

/**
 * The versions a rollback of `baseline` may reinstate: the same template's numbered versions that
 * are published or rolled back, other than the baseline itself, newest first (the engine refuses
 * every other target with a 400).
 */
export function rollbackTargetsOf(
  baseline: Baseline,
  versions: readonly Baseline[],
): readonly Baseline[] {
  return versions
    .filter(
      (version) =>
        String(version.id) !== String(baseline.id) &&
        version.template_id != null &&
        String(version.template_id) === String(baseline.template_id) &&
        version.version_number != null &&
        (version.status === 'published' || version.status === 'rolled_back'),
    )
    .sort((a, b) => (b.version_number ?? 0) - (a.version_number ?? 0));
}

export interface BaselineEventView {
  id: string;
  action: string;
  label: string;
  by: string;
  at: string;
  dateTime: string | undefined;
  notes: string | null | undefined;
}

const EVENT_LABELS: Record<string, keyof BaselineLifecycleMessages> = {
  submitted: 'eventSubmitted',
  'review.approve': 'eventApproved',
  'review.reject': 'eventRejected',
  published: 'eventPublished',
  rolled_back: 'eventRolledBack',
  restored: 'eventRestored',
  override_reassign: 'eventOverrideReassign',
  override_reassign_reversed: 'eventOverrideReassignReversed',
  override_cooldown: 'eventOverrideCooldown',
  override_cooldown_reversed: 'eventOverrideCooldownReversed',
};

const ORDER = ['submitted', 'approved', 'published', 'rolled_back'] as const;

function steps(baseline: Baseline, m: BaselineLifecycleMessages): BaselineStep[] {
  const status = String(baseline.status);
  const rank = status === 'rejected' ? 1 : ORDER.indexOf(status as (typeof ORDER)[number]);
  const at = (index: number): BaselineStepState =>
    index < rank ? 'done' : index === rank ? 'current' : 'todo';
  return [
    { id: 'submitted', label: m.stepSubmitted, state: at(0) },
    {
      id: 'reviewed',
      label: status === 'rejected' ? m.stepRejected : rank >= 1 ? m.stepApproved : m.stepReviewed,
      state: status === 'rejected' ? 'rejected' : at(1),
    },
    { id: 'published', label: m.stepPublished, state: at(2) },
    { id: 'rolled_back', label: m.stepRolledBack, state: at(3) },
  ];
}

/** Which actions the status allows and the viewer may take. */
export function availableBaselineActions(
  baseline: Baseline,
  viewer: BaselineViewer | undefined,
): { review: boolean; publish: boolean; rollback: boolean } {
  const reviewer =
    !viewer || viewer.isAdmin === true || baseline.reviewer_ids.map(String).includes(viewer.id);
  const admin = !viewer || viewer.isAdmin === true;
  return {
    review: reviewer && (baseline.status === 'submitted' || baseline.status === 'rejected'),
    publish: reviewer && baseline.status === 'approved',
    rollback: admin && baseline.status === 'published',
  };
}

/**
 * The headless baseline lifecycle: state, lifecycle steps, localised events, the actions the
 * viewer may take, and the drafts of the action fields, which survive a refusal and are cleared
 * once the handler's promise resolves.
 */
export function useBaselineLifecycle(options: UseBaselineLifecycleOptions) {
  const { baseline, error, empty, viewer, pendingAction, actionError } = options;
  const messages = useMessages('baselineLifecycle', baselineLifecycleMessages, options.messages);
  const format = useFormat();
  const userName = useUserName();
  const [reviewNotes, setReviewNotes] = useState('');
  const [publishNotes, setPublishNotes] = useState('');
  const [reason, setReason] = useState('');
  const [target, setTarget] = useState('');
  const [done, setDone] = useState<BaselineAction | undefined>();
  // The latest handlers, so a submit started before a re-render still calls the current one.
  const handlers = useRef(options);
  handlers.current = options;

  const state: BaselineLifecycleState =
    error !== undefined && error !== null
      ? error instanceof NotFoundError
        ? 'not-found'
        : 'error'
      : empty
        ? 'empty'
        : baseline
          ? 'ready'
          : 'loading';

  const run = useCallback((action: BaselineAction, send: () => ActionResult, clear: () => void) => {
    setDone(undefined);
    const result = send();
    if (!isPromiseLike(result)) return;
    result.then(
      () => {
        clear();
        setDone(action);
      },
      // The refusal reaches the widget as `actionError`; the drafts stay as typed.
      () => undefined,
    );
  }, []);

  const trimmed = (text: string) => (text.trim() ? text.trim() : undefined);
  const submitReview = (decision: 'approve' | 'reject') =>
    run(
      decision,
      () => {
        const notes = trimmed(reviewNotes);
        return handlers.current.onReview?.(notes ? { decision, notes } : { decision });
      },
      () => setReviewNotes(''),
    );
  const submitPublish = () =>
    run(
      'publish',
      () => {
        const notes = trimmed(publishNotes);
        return handlers.current.onPublish?.(notes ? { notes } : {});
      },
      () => setPublishNotes(''),
    );
  const targetMode: 'pick' | 'enter' = options.rollbackTargets ? 'pick' : 'enter';
  const targetOptions: BaselineRollbackTarget[] =
    baseline && options.rollbackTargets
      ? rollbackTargetsOf(baseline, options.rollbackTargets).map((version) => ({
          id: String(version.id),
          label: formatMessage(messages.rollbackTargetOption, {
            version: String(version.version_number),
            name: version.name,
            status:
              version.status === 'published' ? messages.stepPublished : messages.stepRolledBack,
          }),
        }))
      : [];
  // A pick that a refetch no longer offers counts as no pick, rather than sending a stale id.
  const targetId =
    targetMode === 'pick'
      ? targetOptions.some((option) => option.id === target)
        ? target
        : ''
      : target.trim();
  const targetError = rollbackTargetError(targetId, baseline, messages);
  const submitRollback = () => {
    const text = trimmed(reason);
    if (!text || targetError) return;
    run(
      'rollback',
      () =>
        handlers.current.onRollback?.(
          targetId ? { reason: text, target_version_id: targetId } : { reason: text },
        ),
      () => {
        setReason('');
        setTarget('');
      },
    );
  };

  const allowed = baseline
    ? availableBaselineActions(baseline, viewer)
    : { review: false, publish: false, rollback: false };
  const actions = {
    review: allowed.review && options.onReview !== undefined,
    publish: allowed.publish && options.onPublish !== undefined,
    rollback: allowed.rollback && options.onRollback !== undefined,
  };

  const by = (user: unknown, time: string | null | undefined) =>
    user && time
      ? formatMessage(messages.byAt, { user: userName(String(user)), time: format.dateTime(time) })
      : undefined;

  const events: BaselineEventView[] = (baseline?.events ?? []).map((event) => {
    const key = EVENT_LABELS[event.action];
    return {
      id: String(event.id),
      action: event.action,
      label: key ? messages[key] : event.action.replace(/[._]/g, ' '),
      by: userName(event.performed_by_id),
      at: format.dateTime(event.created_at),
      dateTime: toIso(event.created_at),
      notes: event.notes,
    };
  });

  return {
    state,
    messages,
    steps: baseline ? steps(baseline, messages) : [],
    facts: baseline
      ? {
          submitted: by(baseline.submitted_by_id, baseline.submitted_at),
          reviewed: by(baseline.reviewed_by_id, baseline.reviewed_at),
          published: by(baseline.published_by_id, baseline.published_at),
          rolledBack: by(baseline.rolled_back_by_id, baseline.rolled_back_at),
          reviewers: baseline.reviewer_ids.map(userName),
        }
      : undefined,
    events,
    actions,
    drafts: {
      reviewNotes,
      publishNotes,
      reason,
      target,
      setReviewNotes,
      setPublishNotes,
      setReason,
      setTarget,
    },
    /** `pick` chooses among `rollbackTargets`; `enter` types a version id. */
    rollbackTarget: { mode: targetMode, options: targetOptions, error: targetError },
    submitReview,
    submitPublish,
    submitRollback,
    pendingAction,
    actionError,
    /** A refusal because the user may not act (403), told apart from other refusals. */
    forbidden: actionError instanceof PermissionDeniedError,
    done: actionError ? undefined : done,
  };
}

/** Why the typed target cannot be sent, checked against the request schema the SDK sends. */
function rollbackTargetError(
  targetId: string,
  baseline: Baseline | undefined,
  messages: BaselineLifecycleMessages,
): string | undefined {
  if (!targetId) return undefined;
  if (baseline && targetId === String(baseline.id)) return messages.rollbackTargetSelf;
  const parsed = BaselineRollbackSchema.safeParse({ reason: 'check', target_version_id: targetId });
  return parsed.success
    ? undefined
    : formatMessage(messages.rollbackTargetInvalid, { max: String(MAX_ID_LENGTH) });
}

function toIso(value: string): string | undefined {
  return parseTimestamp(value)?.toISOString();
}

export type BaselineLifecycleModel = ReturnType<typeof useBaselineLifecycle>;
