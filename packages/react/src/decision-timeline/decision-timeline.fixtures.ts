import type {
  GovernanceActorSummary,
  OverrideActionTimelineEntry,
  TimelineEntry,
  TimelineLiveState,
} from '@govkit/sdk';

/** The fixtures' "now": entries are before it, the cooldown runs past it. */
export const TIMELINE_NOW = Date.parse('2026-01-15T12:00:00Z');

const ACTORS: readonly GovernanceActorSummary[] = [
  { id: 'user-lead', name: 'Lee Lead', email: 'lee.lead@govkit.test' },
  { id: 'user-manager', name: 'Morgan Manager', email: 'morgan.manager@govkit.test' },
  { id: 'user-reviewer', name: 'Riley Reviewer', email: 'riley.reviewer@govkit.test' },
  { id: 'user-admin', name: 'Ada Admin', email: 'ada.admin@govkit.test' },
];
const [LEAD, MANAGER, REVIEWER, ADMIN] = ACTORS as [
  GovernanceActorSummary,
  GovernanceActorSummary,
  GovernanceActorSummary,
  GovernanceActorSummary,
];

const at = (minutesBefore: number) => new Date(TIMELINE_NOW - minutesBefore * 60_000).toISOString();

/** The override of {@link TIMELINE_WORLD} whose reversal lock is held and which cools down. */
export const LIVE_OVERRIDE_ID = 'ovr-live-1';

const base = { execution_id: 'exec-override-001', baseline_id: null, lineage: null } as const;

/** One entry of every kind (and one of a type from a newer server), newest first. */
export const TIMELINE_WORLD: readonly TimelineEntry[] = [
  {
    ...base,
    entry_id: 'evt-reverse-1',
    entry_type: 'override_action',
    occurred_at: at(10),
    rule_key: 'streak_cooldown',
    action: 'cooldown',
    status: 'reversed',
    summary: null,
    actor: REVIEWER,
    detail: {
      override_id: 'ovr-reversed-1',
      recommendation_id: 'streak_cooldown:user-lead',
      rule_key: 'streak_cooldown',
      action: 'cooldown',
      status: 'reversed',
      reversal: true,
      reversal_notes: 'Cooldown blocked an urgent re-review; reverting.',
      cooldown_window_minutes: 120,
      cooldown_expires_at: at(-110),
    },
  },
  {
    ...base,
    entry_id: 'evt-execute-1',
    entry_type: 'override_action',
    occurred_at: at(60),
    rule_key: 'cadence_overload',
    action: 'reassign',
    status: 'executed',
    summary: null,
    actor: LEAD,
    lineage: {
      scenario: { id: 'scenario-faster-signoff', name: 'Faster sign-off' },
      notebook_entry: { id: 'notebook-override-001', title: 'Reviewer load notes' },
      metadata: {},
    },
    detail: {
      override_id: LIVE_OVERRIDE_ID,
      recommendation_id: 'cadence_overload:user-manager',
      rule_key: 'cadence_overload',
      action: 'reassign',
      status: 'executed',
      notes: 'Move the backlog candidate to Riley.',
    },
  },
  {
    ...base,
    entry_id: 'note-1',
    entry_type: 'coaching_note',
    occurred_at: at(90),
    rule_key: null,
    action: null,
    status: 'flagged',
    summary: 'Coaching note added',
    actor: MANAGER,
    detail: {
      note_id: 'note-1',
      override_id: LIVE_OVERRIDE_ID,
      body: 'Why does Morgan always get the hard ones? Let us look at the ladder load first.',
      moderation_state: 'flagged',
      thread_root_id: 'note-1',
      parent_id: null,
      reply_count: 2,
      metadata: {},
      moderation_history: [],
    },
  },
  {
    ...base,
    entry_id: 'evt-recommend-1',
    entry_type: 'override_recommendation',
    occurred_at: at(120),
    rule_key: 'blocker_churn_escalation',
    action: 'escalate',
    status: null,
    summary: null,
    actor: null,
    detail: {
      rule_key: 'blocker_churn_escalation',
      recommendation: {
        recommendation_id: 'blocker_churn_escalation:user-observer',
        action: 'escalate',
        priority: 'high',
        summary: "Olive Observer's executions keep churning blockers; escalate up the ladder",
      },
      opted_out: false,
    },
  },
  {
    ...base,
    entry_id: 'baseline-event-approved-1',
    entry_type: 'baseline_event',
    occurred_at: at(240),
    baseline_id: 'baseline-dba2bd58',
    rule_key: null,
    action: 'approved',
    status: null,
    summary: 'Signed off after the reagent lot check.',
    actor: ADMIN,
    detail: {},
  },
  {
    ...base,
    entry_id: 'baseline-event-published-1',
    entry_type: 'baseline_event',
    occurred_at: at(300),
    baseline_id: 'baseline-dba2bd58',
    rule_key: null,
    action: 'published',
    status: null,
    summary: null,
    actor: ADMIN,
    detail: {},
  },
  {
    ...base,
    entry_id: 'analytics:user-manager:1',
    entry_type: 'analytics_snapshot',
    occurred_at: at(360),
    rule_key: null,
    action: null,
    status: null,
    summary: 'Reviewer cadence snapshot',
    actor: null,
    detail: {
      reviewer_id: 'user-manager',
      reviewer_name: 'Morgan Manager',
      assignment_count: 6,
      completion_count: 2,
      pending_count: 4,
      load_band: 'steady',
    },
  },
  {
    ...base,
    entry_id: 'guardrail-1',
    entry_type: 'guardrail_alert',
    occurred_at: at(420),
    rule_key: null,
    action: null,
    status: 'open',
    summary: 'A guardrail from a newer server version.',
    actor: null,
    detail: { threshold: 3 },
  },
] as TimelineEntry[];

/** The stream's view of {@link TIMELINE_WORLD}: Morgan holds the lock; a cooldown runs 90 s. */
export const TIMELINE_LIVE: TimelineLiveState = {
  generatedAt: new Date(TIMELINE_NOW).toISOString(),
  overrides: {
    [LIVE_OVERRIDE_ID]: {
      lock: { token: 't', tier: 'Override actor', tier_level: 80, actor: MANAGER },
      cooldown: {
        expires_at: new Date(TIMELINE_NOW + 90_000).toISOString(),
        remaining_seconds: 90,
      },
    },
  },
};

const KINDS = ['action', 'note', 'baseline', 'analytics', 'recommendation'] as const;
const SHARED_NOTE = {
  note_id: 'note',
  override_id: 'ovr',
  body: 'Looks fine; keep an eye on the ladder load.',
  moderation_state: 'published',
  thread_root_id: null,
  parent_id: null,
  reply_count: 0,
  metadata: {},
  moderation_history: [],
};
const SHARED_ANALYTICS = { reviewer_id: 'user-reviewer', load_band: 'light', pending_count: 1 };
const SHARED_RECOMMENDATION = {
  rule_key: 'cadence_overload',
  recommendation: { summary: 'Reviewer saturated; reassign pending reviews' },
};

/**
 * `count` entries, one a minute back from {@link TIMELINE_NOW}, cycling through the kinds. Built
 * lean (details shared between entries) so a million fit a browser tab for the benchmark.
 */
export function createLargeTimeline(count: number): TimelineEntry[] {
  const entries: TimelineEntry[] = new Array(count);
  for (let i = 0; i < count; i += 1) {
    const kind = KINDS[i % KINDS.length];
    const actor = ACTORS[i % ACTORS.length] ?? null;
    const common = {
      entry_id: `e-${i}`,
      occurred_at: new Date(TIMELINE_NOW - i * 60_000).toISOString(),
      execution_id: 'exec-large',
      actor,
    };
    if (kind === 'action') {
      entries[i] = {
        ...common,
        entry_type: 'override_action',
        action: 'reassign',
        status: 'executed',
        detail: {
          override_id: `ovr-${i}`,
          recommendation_id: 'cadence_overload:user-manager',
          rule_key: 'cadence_overload',
          action: 'reassign',
          status: 'executed',
          notes: `Reassigned review #${i}.`,
        },
      } as OverrideActionTimelineEntry;
    } else if (kind === 'note') {
      entries[i] = { ...common, entry_type: 'coaching_note', detail: SHARED_NOTE } as TimelineEntry;
    } else if (kind === 'baseline') {
      entries[i] = {
        ...common,
        entry_type: 'baseline_event',
        action: i % 2 ? 'approved' : 'published',
        baseline_id: `baseline-${i}`,
        summary: null,
        detail: {},
      } as TimelineEntry;
    } else if (kind === 'analytics') {
      entries[i] = {
        ...common,
        actor: null,
        entry_type: 'analytics_snapshot',
        detail: SHARED_ANALYTICS,
      } as TimelineEntry;
    } else {
      entries[i] = {
        ...common,
        actor: null,
        entry_type: 'override_recommendation',
        action: 'reassign',
        rule_key: 'cadence_overload',
        detail: SHARED_RECOMMENDATION,
      } as TimelineEntry;
    }
  }
  return entries;
}
