import {
  type TimelineEntryFacts,
  type TimelineEntryKind,
  type TimelineEntryKinds,
  timelineEntryFacts,
} from '@govkit/sdk';
import type { ReactNode } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { useApiWord } from '../shared/api-words';
import { humanize } from '../shared/humanize';
import { StatusBadge } from '../status-badge/status-badge';
import type { DecisionTimelineMessages } from './decision-timeline-messages';
import { messageKeyOf } from './message-key-of';
import type { TimelineEntryRendererProps, TimelineEntryRenderers } from './timeline-entry-renderer';
import { TimelineLiveNotice } from './timeline-live-notice';

// Renderers show what happened and why; the row around them shows type, who and when.

function What({ children, status }: { children: ReactNode; status?: string | null | undefined }) {
  return (
    <p className="govkit-decision-timeline__what">
      {/* A flex line: the text is its own item beside the badge, no wrapper needed. */}
      {children}
      {status ? <StatusBadge status={status} /> : null}
    </p>
  );
}

function Reason({ label, text }: { label: string; text: string | null | undefined }) {
  if (!text) return null;
  return (
    <p className="govkit-decision-timeline__reason">
      <span className="govkit-decision-timeline__label">{label}</span> {text}
    </p>
  );
}

function Facts({ items }: { items: ReadonlyArray<readonly [string, string | null | undefined]> }) {
  const shown = items.filter((item): item is readonly [string, string] => Boolean(item[1]));
  if (shown.length === 0) return null;
  return (
    <dl className="govkit-decision-timeline__facts">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

type Props<K extends TimelineEntryKind> = TimelineEntryRendererProps<TimelineEntryKinds[K]>;

function RecommendationRenderer({ entry, messages }: Props<'override_recommendation'>) {
  const word = useApiWord();
  const facts = timelineEntryFacts(entry);
  return (
    <>
      <What status={facts.status}>
        {formatMessage(messages.recommendationWhat, {
          action: word(facts.action ?? '—'),
          rule: facts.rule ?? '—',
        })}
      </What>
      <Reason label={messages.reasonLabel} text={facts.reason} />
      {entry.detail.opted_out ? (
        <p className="govkit-decision-timeline__muted">{messages.recommendationOptedOut}</p>
      ) : null}
    </>
  );
}

/** English words read lower case inside a sentence; a translated word keeps its own case. */
function midSentence(named: string, raw: string): string {
  return named === humanize(raw) ? named.toLowerCase() : named;
}

function lineageFacts(facts: TimelineEntryFacts, messages: DecisionTimelineMessages) {
  return [
    [messages.ruleLabel, facts.rule],
    [messages.scenarioLabel, facts.scenario],
    [messages.notebookLabel, facts.notebook],
  ] as const;
}

function OverrideActionRenderer({ entry, live, now, messages, format }: Props<'override_action'>) {
  const word = useApiWord();
  const facts = timelineEntryFacts(entry);
  return (
    <>
      <What status={facts.status}>{word(facts.action ?? '—')}</What>
      <Reason label={messages.reasonLabel} text={facts.reason} />
      <Facts items={lineageFacts(facts, messages)} />
      <TimelineLiveNotice
        live={live}
        entryCooldownExpiresAt={facts.cooldownExpiresAt}
        now={now}
        messages={messages}
        format={format}
      />
    </>
  );
}

function ReversalRenderer({ entry, live, now, messages, format }: Props<'override_reversal'>) {
  const word = useApiWord();
  const facts = timelineEntryFacts(entry);
  const reversal = entry.detail.reversal_event;
  const action = facts.action ?? '—';
  const window = entry.detail.cooldown_window_minutes;
  return (
    <>
      <What status={facts.status}>
        {formatMessage(messages.reversalWhat, { action: midSentence(word(action), action) })}
      </What>
      <Reason label={messages.reasonLabel} text={facts.reason} />
      <Facts
        items={[
          ...lineageFacts(facts, messages),
          [
            messages.lineageLabel,
            reversal && reversal.diffs.length > 0
              ? formatMessage(messages.reversalChanges, {
                  count: format.number(reversal.diffs.length),
                })
              : undefined,
          ],
        ]}
      />
      {window != null ? (
        <p className="govkit-decision-timeline__muted">
          {formatMessage(messages.cooldownWindow, { minutes: format.number(window) })}
        </p>
      ) : null}
      <TimelineLiveNotice
        live={live}
        entryCooldownExpiresAt={facts.cooldownExpiresAt}
        now={now}
        messages={messages}
        format={format}
      />
    </>
  );
}

function BaselineRenderer({ entry, messages }: Props<'baseline_event'>) {
  const word = useApiWord();
  return (
    <>
      <What>
        {formatMessage(messages.baselineWhat, {
          action: word(timelineEntryFacts(entry).action ?? '—'),
          baseline: entry.baseline_id ?? '—',
        })}
      </What>
      <Reason label={messages.reasonLabel} text={entry.summary} />
    </>
  );
}

function ApprovalRenderer({ entry, messages }: Props<'approval_event'>) {
  // An approval event is submitted, approved or rejected (its kind says so): `approvalApproved`.
  const key = messageKeyOf('approval', entry.action ?? 'submitted');
  return (
    <>
      <What status={entry.action}>{messages[key]}</What>
      <Reason label={messages.reasonLabel} text={entry.summary} />
      <Facts items={[[messages.typeBaselineEvent, entry.baseline_id]]} />
    </>
  );
}

function CoachingNoteRenderer({ entry, messages, format }: Props<'coaching_note'>) {
  const { detail } = entry;
  return (
    <>
      <p className="govkit-decision-timeline__note">{detail.body}</p>
      <p className="govkit-decision-timeline__what">
        <StatusBadge status={detail.moderation_state} />
        {detail.reply_count > 0 ? (
          <span className="govkit-decision-timeline__muted">
            {formatMessage(messages.noteReplies, { count: format.number(detail.reply_count) })}
          </span>
        ) : null}
      </p>
    </>
  );
}

function AnalyticsRenderer({ entry, messages, format }: Props<'analytics_snapshot'>) {
  const word = useApiWord();
  const { detail } = entry;
  const count = (value: number | null | undefined) => format.number(value ?? 0);
  return (
    <>
      <What>
        {formatMessage(messages.analyticsWhat, {
          reviewer: detail.reviewer_name ?? detail.reviewer_email ?? detail.reviewer_id ?? '—',
          band: word(detail.load_band ?? '—').toLowerCase(),
        })}
      </What>
      <p className="govkit-decision-timeline__muted">
        {formatMessage(messages.analyticsCounts, {
          assigned: count(detail.assignment_count),
          completed: count(detail.completion_count),
          pending: count(detail.pending_count),
        })}
      </p>
    </>
  );
}

/** The neutral fallback: an entry type newer than this package, shown by its words only. */
export function UnknownEntryRenderer({ entry, messages }: TimelineEntryRendererProps) {
  return (
    <>
      <What status={entry.status}>
        {formatMessage(messages.unknownWhat, { type: humanize(String(entry.entry_type)) })}
      </What>
      <Reason label={messages.reasonLabel} text={entry.summary} />
    </>
  );
}

/** The renderer of every kind that ships with the timeline; extend or replace via `renderers`. */
export const defaultTimelineEntryRenderers: Required<TimelineEntryRenderers> = {
  override_recommendation: RecommendationRenderer,
  override_action: OverrideActionRenderer,
  override_reversal: ReversalRenderer,
  baseline_event: BaselineRenderer,
  approval_event: ApprovalRenderer,
  coaching_note: CoachingNoteRenderer,
  analytics_snapshot: AnalyticsRenderer,
  unknown: UnknownEntryRenderer,
};
