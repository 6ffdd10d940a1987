import {
  type OverrideActionOutcome,
  type OverrideActionRequestInput,
  type OverrideLockState,
  type OverrideRecommendation,
  type OverrideReverseRequestInput,
  PermissionDeniedError,
} from '@govkit/sdk';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';
import { humanize } from '../shared/humanize';
import { parseTimestamp } from '../shared/parse-timestamp';
import { useFormat } from '../shared/use-format';
import { type OverrideActionsMessages, overrideActionsMessages } from './override-actions-messages';
import { type OverrideCountdown, useCountdown } from './use-countdown';

/** The four override writes, in the order they are offered. */
export const OVERRIDE_ACTION_VERBS = ['accept', 'decline', 'execute', 'reverse'] as const;
export type OverrideActionVerb = (typeof OVERRIDE_ACTION_VERBS)[number];

/** The status each verb leads to (the optimistic status, the announcement after it). */
export const OVERRIDE_VERB_TARGETS = {
  accept: 'accepted',
  decline: 'declined',
  execute: 'executed',
  reverse: 'reversed',
} as const satisfies Record<OverrideActionVerb, string>;

/** The verbs whose request carries a lineage (`OverrideActionRequest`). */
export type OverrideDecisionVerb = Exclude<OverrideActionVerb, 'reverse'>;

/**
 * Where the override of a recommendation stands: an outcome of any override write fits, and so
 * does the compact state read from the timeline. `null` is a recommendation nobody acted on yet.
 */
export type OverrideActionState = Pick<
  OverrideActionOutcome,
  'status' | 'reversible' | 'cooldown_expires_at' | 'cooldown_window_minutes'
> & { id?: string | null | undefined; action?: OverrideActionOutcome['action'] | undefined };

/** One choice of the lineage picker (a scenario or a notebook entry). */
export interface OverrideLineageOption {
  id: string;
  label: string;
}

export interface OverrideLineageOptions {
  scenarios?: readonly OverrideLineageOption[] | undefined;
  notebookEntries?: readonly OverrideLineageOption[] | undefined;
}

/**
 * The host's policy on top of the server's: return `false` for what the acting user may not do.
 * Refused verbs are not offered at all.
 */
export type OverrideActionsPolicy = (verb: OverrideActionVerb) => boolean;

/** A handler returns the request's promise: the form keeps what was typed until it resolves. */
export interface OverrideActionsHandlers {
  onAccept?: ((body: OverrideActionRequestInput) => unknown) | undefined;
  onDecline?: ((body: OverrideActionRequestInput) => unknown) | undefined;
  onExecute?: ((body: OverrideActionRequestInput) => unknown) | undefined;
  onReverse?: ((body: OverrideReverseRequestInput) => unknown) | undefined;
}

/** A reversal lock someone else holds: from the live stream, or from a `ReversalLockedError`. */
export interface OverrideHeldLock {
  holder?: { id?: string | null; name?: string | null; email?: string | null } | null | undefined;
  /** When the lock expires (ISO-8601). */
  retryAt?: string | null | undefined;
}

export interface UseOverrideActionsOptions extends OverrideActionsHandlers {
  /** The execution the override acts on (every request names it). */
  executionId: string;
  /** The recommendation acted on; `undefined` while loading, `null` when there is none. */
  recommendation?: OverrideRecommendation | null | undefined;
  /** Where its override stands; `null` or absent when nobody acted on it yet. */
  override?: OverrideActionState | null | undefined;
  /** A reversal lock held right now (the stream's `lock`, or a refusal's facts). */
  lock?: OverrideLockState | OverrideHeldLock | null | undefined;
  /** The load's error as thrown (`PermissionDeniedError` has its own state). */
  error?: unknown;
  can?: OverrideActionsPolicy | undefined;
  /** Offer no action at all (the acting user was refused, or the host says so). */
  readOnly?: boolean | undefined;
  /** The clock of the countdowns (tests, stories); without it, the real clock ticking each second. */
  now?: Date | number | undefined;
  messages?: Partial<OverrideActionsMessages> | undefined;
}

export type { OverrideCountdown };

/** What the widget shows; also its `data-state`. */
export type OverrideActionsState = 'loading' | 'error' | 'forbidden' | 'empty' | 'ready';

export interface OverrideActionsModel {
  state: OverrideActionsState;
  messages: OverrideActionsMessages;
  /** `new` before the first write, else the status as sent (an unknown one is kept). */
  status: string;
  statusLabel: string;
  actionLabel: string;
  priorityLabel: string | undefined;
  reviewer: string | undefined;
  /** The verbs offered now: allowed by the status, the lock, the cooldown and the policy. */
  verbs: OverrideActionVerb[];
  /** Executed but not reversible: said in words instead of a missing button. */
  notReversible: boolean;
  lock: (OverrideCountdown & { holder: string }) | undefined;
  cooldown: (OverrideCountdown & { windowText: string | undefined }) | undefined;
}

// The override status machine (engines/overrides): new/accepted → accept, decline, execute;
// declined → accept (reconsider); executed → reverse; reversed is terminal. Re-accepting an
// accepted override only revises its notes, so it is not offered as a decision.
const VERBS_BY_STATUS: Readonly<Record<string, readonly OverrideActionVerb[]>> = {
  new: ['accept', 'decline', 'execute'],
  accepted: ['execute', 'decline'],
  declined: ['accept'],
  executed: ['reverse'],
  reversed: [],
};

/** The message key of each override status word (also read for the announcement after a write). */
export const STATUS_KEYS: Readonly<Record<string, keyof OverrideActionsMessages>> = {
  new: 'statusNew',
  accepted: 'statusAccepted',
  declined: 'statusDeclined',
  executed: 'statusExecuted',
  reversed: 'statusReversed',
};

const ACTION_KEYS: Readonly<Record<string, keyof OverrideActionsMessages>> = {
  reassign: 'actionReassign',
  cooldown: 'actionCooldown',
  escalate: 'actionEscalate',
};

const PRIORITY_KEYS: Readonly<Record<string, keyof OverrideActionsMessages>> = {
  low: 'priorityLow',
  medium: 'priorityMedium',
  high: 'priorityHigh',
};

/** The handler of a verb. */
export function overrideActionHandler(verb: OverrideActionVerb, handlers: OverrideActionsHandlers) {
  return {
    accept: handlers.onAccept,
    decline: handlers.onDecline,
    execute: handlers.onExecute,
    reverse: handlers.onReverse,
  }[verb];
}

function holderOf(lock: OverrideLockState | OverrideHeldLock): OverrideHeldLock['holder'] {
  return 'holder' in lock ? lock.holder : 'actor' in lock ? lock.actor : undefined;
}

// A live lock carries `acquired_at`; it expires a lock TTL (300 s) later.
const LOCK_TTL_MS = 300_000;
function lockRetryAt(lock: OverrideLockState | OverrideHeldLock): string | undefined {
  if ('retryAt' in lock && lock.retryAt) return lock.retryAt;
  const acquired = 'acquired_at' in lock ? parseTimestamp(lock.acquired_at ?? '') : null;
  return acquired ? new Date(acquired.getTime() + LOCK_TTL_MS).toISOString() : undefined;
}

/**
 * The headless override actions: the recommendation's status, the verbs the acting user may
 * take now (accept / decline / execute with a lineage; reverse only when executed, reversible,
 * not reversed, not cooling down and not locked), and the calm lock and cooldown notices with
 * live countdowns. Render it with the parts, {@link OverrideActions} or your own.
 */
export function useOverrideActions({
  recommendation,
  override,
  lock: lockInput,
  error,
  can,
  readOnly = false,
  now: nowInput,
  messages: overrides,
  ...handlers
}: UseOverrideActionsOptions): OverrideActionsModel {
  const messages = useMessages('overrideActions', overrideActionsMessages, overrides);
  const format = useFormat();
  const cooldownCountdown = useCountdown(override?.cooldown_expires_at, nowInput);
  const lockCountdown = useCountdown(lockInput ? lockRetryAt(lockInput) : undefined, nowInput);

  const state: OverrideActionsState =
    error !== undefined && error !== null
      ? error instanceof PermissionDeniedError
        ? 'forbidden'
        : 'error'
      : recommendation === undefined
        ? 'loading'
        : recommendation === null
          ? 'empty'
          : 'ready';

  const status = override?.status ?? 'new';
  const cooldown = cooldownCountdown
    ? {
        ...cooldownCountdown,
        windowText:
          override?.cooldown_window_minutes != null
            ? formatMessage(messages.coolingWindow, {
                minutes: format.number(override.cooldown_window_minutes),
              })
            : undefined,
      }
    : undefined;
  const holder = lockInput ? holderOf(lockInput) : undefined;
  const lock = lockInput
    ? {
        // A lock without a known expiry blocks until the stream says it was released.
        ...(lockCountdown ?? { phase: 'active' as const, iso: '', at: '' }),
        holder: holder?.name || holder?.email || holder?.id || messages.lockUnknownHolder,
      }
    : undefined;
  const coolingDown = cooldown !== undefined && cooldown.phase !== 'over';
  const locked = lock !== undefined && lock.phase !== 'over';
  const reversible = override?.reversible === true;

  const verbs =
    state !== 'ready' || readOnly
      ? []
      : (VERBS_BY_STATUS[status] ?? []).filter((verb) => {
          if (!overrideActionHandler(verb, handlers)) return false;
          if (verb === 'reverse' && (!reversible || coolingDown || locked)) return false;
          return can ? can(verb) : true;
        });
  const priority = recommendation?.priority || undefined;
  const statusKey = STATUS_KEYS[status];
  const actionKey = recommendation ? ACTION_KEYS[recommendation.action] : undefined;
  const priorityKey = priority ? PRIORITY_KEYS[priority] : undefined;
  const reviewer =
    recommendation?.reviewer_name || recommendation?.reviewer_email || recommendation?.reviewer_id;
  return {
    state,
    messages,
    status,
    statusLabel: statusKey ? messages[statusKey] : humanize(status),
    actionLabel: actionKey
      ? messages[actionKey]
      : recommendation
        ? humanize(recommendation.action)
        : '',
    priorityLabel: priority
      ? formatMessage(messages.priorityLabel, {
          priority: priorityKey ? messages[priorityKey] : humanize(priority),
        })
      : undefined,
    reviewer: reviewer ? formatMessage(messages.reviewerLabel, { reviewer }) : undefined,
    verbs,
    notReversible: status === 'executed' && !reversible,
    lock,
    cooldown,
  };
}

/** True for a refusal that means "you may not": the widget turns read-only, keeping the input. */
export function isForbidden(error: unknown): boolean {
  return error instanceof PermissionDeniedError;
}
