/**
 * What the override engine needs from a baseline. The baselines engine owns the real
 * store and provides an adapter; {@link createMemoryOverrideBaselineGateway} is the default for
 * tests and standalone use.
 */
export interface OverrideBaselineRef {
  id: string;
  /** Execution the baseline was submitted for: an override on another execution is refused. */
  execution_id: string;
  /** Current reviewers; a reassign adds its target, a reversed reassign removes it. */
  reviewer_ids: string[];
  /** The baseline's team (from its protocol template): its members' roles give reversal tiers. */
  team_id?: string | null;
  /** The baseline's protocol template. */
  template_id?: string | null;
}

/** Baseline event actions an override writes (`record_baseline_event`). */
export type OverrideBaselineEventAction =
  | 'override_reassign'
  | 'override_reassign_reversed'
  | 'override_cooldown'
  | 'override_cooldown_reversed';

/**
 * One side effect of an override on a baseline: an optional new reviewer list and the baseline
 * event that records it. Applied atomically by the gateway.
 */
export interface OverrideBaselineEffect {
  baseline_id: string;
  /** New `reviewer_ids` (reassign execute/reverse); omitted when the reviewers do not change. */
  reviewer_ids?: string[];
  action: OverrideBaselineEventAction;
  notes?: string | null;
  /** The override's detail snapshot for this transition. */
  detail: Record<string, unknown>;
  performed_by_id: string;
}

/**
 * The minimal baseline surface the override engine uses. The override engine validates
 * everything before calling {@link OverrideBaselineGateway.applyOverrideEffect}, so an adapter
 * may assume the effect is legal (the baseline exists and belongs to the override's execution).
 */
export interface OverrideBaselineGateway {
  getBaseline(baselineId: string): OverrideBaselineRef | undefined;
  applyOverrideEffect(effect: OverrideBaselineEffect): void;
}

/** A recorded effect, as the in-memory gateway keeps it. */
export interface RecordedOverrideBaselineEffect extends OverrideBaselineEffect {
  sequence: number;
}

/** The in-memory gateway, with its recorded effects for assertions. */
export interface MemoryOverrideBaselineGateway extends OverrideBaselineGateway {
  putBaseline(baseline: OverrideBaselineRef): void;
  listEffects(baselineId?: string): RecordedOverrideBaselineEffect[];
}

/**
 * An in-memory {@link OverrideBaselineGateway}. Values are copied in and out, so a test's
 * deep snapshot of it changes only through {@link OverrideBaselineGateway.applyOverrideEffect}.
 */
export function createMemoryOverrideBaselineGateway(
  seed: OverrideBaselineRef[] = [],
): MemoryOverrideBaselineGateway {
  const baselines = new Map<string, OverrideBaselineRef>();
  const effects: RecordedOverrideBaselineEffect[] = [];
  for (const baseline of seed) baselines.set(baseline.id, structuredClone(baseline));
  return {
    getBaseline: (id) => (baselines.has(id) ? structuredClone(baselines.get(id)) : undefined),
    putBaseline: (baseline) => void baselines.set(baseline.id, structuredClone(baseline)),
    applyOverrideEffect(effect) {
      const baseline = baselines.get(effect.baseline_id);
      if (!baseline) throw new Error(`Unknown baseline ${effect.baseline_id}`);
      if (effect.reviewer_ids) baseline.reviewer_ids = [...effect.reviewer_ids];
      effects.push({ ...structuredClone(effect), sequence: effects.length + 1 });
    },
    listEffects: (baselineId) =>
      effects
        .filter((effect) => baselineId === undefined || effect.baseline_id === baselineId)
        .map((effect) => structuredClone(effect)),
  };
}
