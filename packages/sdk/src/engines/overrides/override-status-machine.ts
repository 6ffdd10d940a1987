import { EngineError } from '../shared/engine-error';
import type { OverrideRecordStatus } from './override-store';

/** A command that moves an override. */
export type OverrideCommand = 'accept' | 'decline' | 'execute' | 'reverse';

/** Where an override is before its first write. */
export type OverrideStatusOrNew = OverrideRecordStatus | 'new';

/** The status each command leads to. */
export const OVERRIDE_COMMAND_TARGETS: Readonly<Record<OverrideCommand, OverrideRecordStatus>> = {
  accept: 'accepted',
  decline: 'declined',
  execute: 'executed',
  reverse: 'reversed',
};

/**
 * The legal transitions; anything else is refused (so executed → declined and reversed →
 * executed are impossible). Self-loops on accepted/declined let an operator revise notes, metadata
 * or lineage.
 *
 * - new → accepted | declined | executed (a recommendation may be executed directly)
 * - accepted → accepted | declined | executed
 * - declined → declined | accepted (reconsider)
 * - executed → reversed (only through `reverse`)
 * - reversed → (terminal: a new recommendation is a new override)
 */
export const OVERRIDE_TRANSITIONS: Readonly<
  Record<OverrideStatusOrNew, readonly OverrideRecordStatus[]>
> = {
  new: ['accepted', 'declined', 'executed'],
  accepted: ['accepted', 'declined', 'executed'],
  declined: ['declined', 'accepted'],
  executed: ['reversed'],
  reversed: [],
};

/** True when `from → to` is a legal override transition. */
export function isLegalOverrideTransition(
  from: OverrideStatusOrNew,
  to: OverrideRecordStatus,
): boolean {
  return OVERRIDE_TRANSITIONS[from].includes(to);
}

/** The 409 detail of an illegal transition. */
export function illegalOverrideTransitionDetail(
  from: OverrideStatusOrNew,
  to: OverrideRecordStatus,
): string {
  return `Override cannot move from ${from} to ${to}`;
}

/**
 * Refuse an illegal transition with 409 `illegal_transition` (before anything is written, so the
 * override is unchanged).
 */
export function assertOverrideTransition(
  from: OverrideStatusOrNew,
  to: OverrideRecordStatus,
): void {
  if (isLegalOverrideTransition(from, to)) return;
  throw EngineError.conflict(illegalOverrideTransitionDetail(from, to), {
    code: 'illegal_transition',
    data: { from, to },
  });
}
