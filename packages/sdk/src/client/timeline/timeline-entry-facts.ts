// Zod-free (types only), like the rest of the timeline model.
import type { GovernanceActorSummary } from '../../schemas/overrides/override-lineage';
import type { KnownTimelineEntry, TimelineEntry } from '../../schemas/timeline/timeline-entry';
import { timelineEntryKind } from './timeline-entry-kind';

/**
 * What an entry says, read from wherever its kind keeps it. Servers put the same fact in
 * different places (an override's action on the entry or in `detail`, a reversal's notes in
 * `detail.reversal_notes`, `detail.notes` or the entry's `summary`, a reviewer by name, email or
 * id), so a renderer of any framework reads these instead of the contract's fallbacks. Each is
 * undefined when the entry does not say it.
 */
export interface TimelineEntryFacts {
  /** The API's action word (`execute`, `reverse`, `approved`), or a baseline event's status. */
  action: string | undefined;
  /** The API's status word to show beside it (`executed`, a recommendation's priority). */
  status: string | undefined;
  /** Why: the reversal notes, override notes, recommendation summary or entry summary. */
  reason: string | undefined;
  /** The governance rule (`rule_key`). */
  rule: string | undefined;
  /** The lineage scenario and notebook entry, by name or title, else id. */
  scenario: string | undefined;
  notebook: string | undefined;
  /** When the override's reversal cooldown ends, as the entry recorded it. */
  cooldownExpiresAt: string | undefined;
}

/** A person or system account by name, else email, else id (undefined when none is known). */
export function governanceActorName(
  actor: GovernanceActorSummary | null | undefined,
): string | undefined {
  return actor?.name || actor?.email || actor?.id || undefined;
}

const orUndefined = (value: string | null | undefined) => value ?? undefined;

/** The facts of an entry of any kind (see {@link TimelineEntryFacts}). */
export function timelineEntryFacts(entry: TimelineEntry): TimelineEntryFacts {
  const kind = timelineEntryKind(entry);
  const known = entry as KnownTimelineEntry;
  const facts: TimelineEntryFacts = {
    action: orUndefined(entry.action),
    status: orUndefined(entry.status),
    reason: orUndefined(entry.summary),
    rule: orUndefined(entry.rule_key),
    scenario: orUndefined(entry.lineage?.scenario?.name ?? entry.lineage?.scenario?.id),
    notebook: orUndefined(
      entry.lineage?.notebook_entry?.title ?? entry.lineage?.notebook_entry?.id,
    ),
    cooldownExpiresAt: undefined,
  };
  if (known.entry_type === 'override_recommendation') {
    const { recommendation } = known.detail;
    facts.action ??= orUndefined(recommendation?.action);
    facts.status = orUndefined(recommendation?.priority);
    facts.reason = orUndefined(recommendation?.summary) ?? facts.reason;
    facts.rule ??= orUndefined(known.detail.rule_key);
  } else if (known.entry_type === 'override_action') {
    const { detail } = known;
    facts.rule ??= orUndefined(detail.rule_key);
    facts.cooldownExpiresAt = orUndefined(detail.cooldown_expires_at);
    if (kind === 'override_reversal') {
      // The reversal's own words first: `detail` describes the reversal, the entry the override.
      facts.action = orUndefined(detail.action) ?? facts.action;
      facts.status = 'reversed';
      facts.reason = orUndefined(detail.reversal_notes ?? detail.notes) ?? facts.reason;
      facts.cooldownExpiresAt ??= orUndefined(detail.reversal_event?.cooldown_expires_at);
    } else {
      facts.action ??= orUndefined(detail.action);
      facts.status ??= orUndefined(detail.status);
      facts.reason = orUndefined(detail.notes) ?? facts.reason;
    }
  } else if (known.entry_type === 'baseline_event' && kind === 'baseline_event') {
    facts.action ??= facts.status;
  }
  return facts;
}
