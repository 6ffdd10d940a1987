import type {
  GovernanceActorSummary,
  OverrideActionTimelineDetail,
  OverrideReversalEvent,
} from '@govkit/sdk';
import { useEffect, useRef } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';
import { parseTimestamp } from '../shared/parse-timestamp';
import { useFormat } from '../shared/use-format';
import { useNow } from '../shared/use-now';
import {
  type ReversalDiffViewerMessages,
  reversalDiffViewerMessages,
} from './reversal-diff-viewer-messages';

export interface UseReversalDiffViewerOptions {
  /** The reversal to show. Wins over `detail`. */
  reversal?: OverrideReversalEvent | null | undefined;
  /**
   * An `override_action` entry's detail: its `reversal_event` (the sdk lifts it from
   * `detail.detail` when only that copy exists), `reversal_notes` and `cooldown_window_minutes`.
   */
  detail?: OverrideActionTimelineDetail | null | undefined;
  /**
   * The clock for the countdown (tests, stories, a server-synchronised clock). Without it the
   * viewer ticks every second after mounting; on the server no time is read.
   */
  now?: Date | number | undefined;
  /** Called once when a running cooldown reaches zero (e.g. to refetch the override). */
  onCooldownEnd?: (() => void) | undefined;
  loading?: boolean | undefined;
  error?: unknown;
  messages?: Partial<ReversalDiffViewerMessages> | undefined;
}

/** `none` renders nothing: there is no `reversal_event`. */
export type ReversalDiffViewerState = 'loading' | 'error' | 'none' | 'ready';

/**
 * `pending`: a cooldown exists but the clock is not known yet (server render, first paint);
 * `active`: counting down; `cleared`: over.
 */
export type ReversalCooldownPhase = 'none' | 'pending' | 'active' | 'cleared';

export interface ReversalDiffValue {
  /** `empty` for null/absent ("—"), `json` for objects and arrays, else `text`. */
  kind: 'empty' | 'text' | 'json';
  text: string;
  /** The value itself, for `json` rendering. */
  value: unknown;
}

export interface ReversalDiffRow {
  key: string;
  before: ReversalDiffValue;
  after: ReversalDiffValue;
}

export interface ReversalCooldown {
  phase: ReversalCooldownPhase;
  /** ISO expiry and its formatted text ("Cooldown until …"). */
  expiresIso?: string | undefined;
  untilText?: string | undefined;
  /** "Window 120 min": the enforced window length. */
  windowText?: string | undefined;
  remainingSeconds?: number | undefined;
  /** "1 h 59 min remaining" while active, "Cooldown cleared" once over. */
  statusText?: string | undefined;
}

export interface ReversalDiffViewerModel {
  state: ReversalDiffViewerState;
  messages: ReversalDiffViewerMessages;
  reversedAt?: { iso: string; text: string } | undefined;
  /** "by Riley Reviewer". */
  actorText?: string | undefined;
  notes?: string | undefined;
  cooldown: ReversalCooldown;
  rows: ReversalDiffRow[];
}

function actorName(actor: GovernanceActorSummary | null | undefined): string | undefined {
  if (!actor) return undefined;
  return actor.name || actor.email || (actor.id != null ? String(actor.id) : undefined);
}

function diffValue(value: unknown, noValue: string): ReversalDiffValue {
  if (value === null || value === undefined) return { kind: 'empty', text: noValue, value };
  if (typeof value === 'object') {
    return { kind: 'json', text: JSON.stringify(value, null, 2) ?? '', value };
  }
  return { kind: 'text', text: String(value), value };
}

/**
 * The headless reversal diff viewer: who reversed the override and when, the cooldown it opened
 * (window, expiry, a live countdown that turns into "Cooldown cleared"), and the before/after
 * value of every changed key. `state: 'none'` when there is no reversal (render nothing).
 */
export function useReversalDiffViewer({
  reversal: reversalProp,
  detail,
  now: controlledNow,
  onCooldownEnd,
  loading,
  error,
  messages: overrides,
}: UseReversalDiffViewerOptions): ReversalDiffViewerModel {
  const messages = useMessages('reversalDiffViewer', reversalDiffViewerMessages, overrides);
  const format = useFormat();
  const reversal = reversalProp ?? detail?.reversal_event ?? null;
  const expires = reversal?.cooldown_expires_at
    ? parseTimestamp(reversal.cooldown_expires_at)
    : null;
  // Ticks only while there is a cooldown to count down.
  const now = useNow(controlledNow, expires ? 1000 : 60_000);
  const remainingSeconds =
    expires && now !== undefined
      ? Math.max(0, Math.ceil((expires.getTime() - now) / 1000))
      : undefined;
  const phase: ReversalCooldownPhase = !expires
    ? 'none'
    : remainingSeconds === undefined
      ? 'pending'
      : remainingSeconds > 0
        ? 'active'
        : 'cleared';
  useCooldownEnd(phase, onCooldownEnd);

  if (error !== undefined && error !== null) {
    return { state: 'error', messages, cooldown: { phase: 'none' }, rows: [] };
  }
  if (loading) return { state: 'loading', messages, cooldown: { phase: 'none' }, rows: [] };
  if (!reversal) return { state: 'none', messages, cooldown: { phase: 'none' }, rows: [] };

  const createdAt = parseTimestamp(reversal.created_at);
  const actor = actorName(reversal.actor);
  const windowMinutes = reversal.cooldown_window_minutes ?? detail?.cooldown_window_minutes;
  const cooldown: ReversalCooldown = {
    phase,
    expiresIso: expires?.toISOString(),
    untilText: expires
      ? formatMessage(messages.cooldownUntil, { time: format.dateTime(expires) })
      : undefined,
    windowText:
      windowMinutes != null
        ? formatMessage(messages.cooldownWindow, { minutes: format.number(windowMinutes) })
        : undefined,
    remainingSeconds,
    statusText:
      phase === 'active' && remainingSeconds !== undefined
        ? formatMessage(messages.cooldownRemaining, {
            duration: format.duration(remainingSeconds),
          })
        : phase === 'cleared'
          ? messages.cooldownCleared
          : undefined,
  };
  const notes = detail?.reversal_notes ?? undefined;
  return {
    state: 'ready',
    messages,
    reversedAt: createdAt
      ? {
          iso: createdAt.toISOString(),
          text: formatMessage(messages.reversedAt, { time: format.dateTime(createdAt) }),
        }
      : undefined,
    actorText: actor ? formatMessage(messages.reversedBy, { actor }) : undefined,
    notes: notes || undefined,
    cooldown,
    rows: reversal.diffs.map((diff) => ({
      key: diff.key,
      before: diffValue(diff.before, messages.noValue),
      after: diffValue(diff.after, messages.noValue),
    })),
  };
}

// Fires `onCooldownEnd` once, when a cooldown that was seen running reaches zero; a cooldown that
// was already over when first shown is not an "end" the caller needs to react to.
function useCooldownEnd(
  phase: ReversalCooldownPhase,
  onCooldownEnd: (() => void) | undefined,
): void {
  const previous = useRef(phase);
  const callback = useRef(onCooldownEnd);
  callback.current = onCooldownEnd;
  useEffect(() => {
    if (previous.current === 'active' && phase === 'cleared') callback.current?.();
    previous.current = phase;
  }, [phase]);
}
