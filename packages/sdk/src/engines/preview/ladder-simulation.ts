import type { PreviewStageInsight } from '../../schemas/preview/preview-response';
import type { WorkflowStageBlueprint } from '../../schemas/templates/workflow-template';
import type { DirectoryExecutionStep } from '../governance/directory';

/** A stage override already validated by the caller (0-based index inside the blueprint). */
export interface AppliedPreviewStageOverride {
  assignee_id?: string | null;
  delegate_id?: string | null;
  sla_hours?: number | null;
}

/** One simulated stage (the simulated or the baseline side of an insight). */
export interface PreviewSimulatedStage {
  index: number;
  name: string | null;
  required_role: string;
  status: 'ready' | 'blocked';
  sla_hours: number | null;
  projected_due_at: string | null;
  blockers: string[];
  required_actions: string[];
  auto_triggers: string[];
  assignee_id: string | null;
  delegate_id: string | null;
  mapped_step_indexes: number[];
  gate_keys: string[];
}

/** Inputs of {@link simulatePreviewLadder}. */
export interface PreviewLadderSimulationInput {
  blueprint: WorkflowStageBlueprint[];
  defaultSlaHours: number | null;
  /** Overrides by 0-based stage index. */
  overrides: ReadonlyMap<number, AppliedPreviewStageOverride>;
  /**
   * Execution steps. Besides `index` and `blocked_reason`, a step may carry `gate_key` /
   * `gate_keys` (matched against `stage_gate_keys`), `required_actions` and `auto_triggers`.
   */
  steps: DirectoryExecutionStep[];
  generatedAt: string;
}

const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? [value] : [])
    .filter((v): v is string => typeof v === 'string' && v.trim().length > 0)
    .map((v) => v.trim());

function uniqueInOrder(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * Map steps onto stages: explicit `stage_step_indexes`, then `stage_gate_keys` matched against the
 * steps' gate keys; steps no stage claimed are dealt round-robin in stage order (so every step
 * informs some stage).
 */
export function mapPreviewStepsToStages(
  blueprint: WorkflowStageBlueprint[],
  steps: DirectoryExecutionStep[],
): number[][] {
  const known = new Set(steps.map((s) => s.index));
  const buckets = blueprint.map((stage) => {
    const bucket = new Set(stage.stage_step_indexes.filter((i) => known.has(i)));
    const keys = new Set(strings(stage.stage_gate_keys));
    if (keys.size > 0) {
      for (const step of steps) {
        const extra = step as unknown as Record<string, unknown>;
        const stepKeys = [...strings(extra.gate_key), ...strings(extra.gate_keys)];
        if (stepKeys.some((key) => keys.has(key))) bucket.add(step.index);
      }
    }
    return bucket;
  });
  if (buckets.length === 0) return [];
  const claimed = new Set(buckets.flatMap((b) => [...b]));
  let pointer = 0;
  for (const step of [...steps].sort((a, b) => a.index - b.index)) {
    if (claimed.has(step.index)) continue;
    buckets[pointer % buckets.length]?.add(step.index);
    pointer += 1;
  }
  return buckets.map((b) => [...b].sort((x, y) => x - y));
}

/**
 * Simulate a ladder against an execution: a stage is blocked when any mapped step has a blocked
 * reason; projected due dates add SLA hours cumulatively from `generatedAt` (a stage without SLA
 * keeps the running total and has no due date). Pure and deterministic.
 */
export function simulatePreviewLadder(
  input: PreviewLadderSimulationInput,
): PreviewSimulatedStage[] {
  const mapping = mapPreviewStepsToStages(input.blueprint, input.steps);
  const byIndex = new Map(input.steps.map((s) => [s.index, s]));
  const start = Date.parse(input.generatedAt);
  let cumulativeHours = 0;
  return input.blueprint.map((stage, index) => {
    const override = input.overrides.get(index) ?? {};
    const mapped = mapping[index] ?? [];
    const mappedSteps = mapped.map((i) => byIndex.get(i) as unknown as Record<string, unknown>);
    const blockers = uniqueInOrder(mappedSteps.flatMap((s) => strings(s.blocked_reason)));
    const sla = override.sla_hours ?? stage.sla_hours ?? input.defaultSlaHours ?? null;
    let due: string | null = null;
    if (sla !== null) {
      cumulativeHours += sla;
      due = new Date(start + cumulativeHours * 3_600_000).toISOString();
    }
    const fromMetadata = (key: string) =>
      typeof stage.metadata[key] === 'string' ? (stage.metadata[key] as string) : null;
    return {
      index,
      name: stage.name ?? null,
      required_role: stage.required_role,
      status: blockers.length > 0 ? 'blocked' : 'ready',
      sla_hours: sla,
      projected_due_at: due,
      blockers,
      required_actions: uniqueInOrder(mappedSteps.flatMap((s) => strings(s.required_actions))),
      auto_triggers: uniqueInOrder(mappedSteps.flatMap((s) => strings(s.auto_triggers))),
      assignee_id: override.assignee_id ?? fromMetadata('assignee_id'),
      delegate_id: override.delegate_id ?? fromMetadata('delegate_id'),
      mapped_step_indexes: mapped,
      gate_keys: strings(stage.stage_gate_keys),
    };
  });
}

/**
 * Combine a simulated stage with the same stage of the baseline ladder. `delta_status` is
 * `regressed` (ready → blocked), `cleared` (blocked → ready) or `unchanged`; deltas are null when
 * either side lacks the value, and every delta is null without a baseline stage.
 */
export function comparePreviewStage(
  simulated: PreviewSimulatedStage,
  baseline: PreviewSimulatedStage | undefined,
): PreviewStageInsight {
  const insight: PreviewStageInsight = {
    ...simulated,
    baseline_status: baseline?.status ?? null,
    baseline_sla_hours: baseline?.sla_hours ?? null,
    baseline_projected_due_at: baseline?.projected_due_at ?? null,
    baseline_assignee_id: baseline?.assignee_id ?? null,
    baseline_delegate_id: baseline?.delegate_id ?? null,
    baseline_blockers: baseline?.blockers ?? [],
    delta_status: null,
    delta_sla_hours: null,
    delta_projected_due_minutes: null,
    delta_new_blockers: [],
    delta_resolved_blockers: [],
  };
  if (!baseline) return insight;
  insight.delta_status =
    baseline.status === 'ready' && simulated.status === 'blocked'
      ? 'regressed'
      : baseline.status === 'blocked' && simulated.status === 'ready'
        ? 'cleared'
        : 'unchanged';
  if (simulated.sla_hours !== null && baseline.sla_hours !== null) {
    insight.delta_sla_hours = simulated.sla_hours - baseline.sla_hours;
  }
  if (simulated.projected_due_at && baseline.projected_due_at) {
    insight.delta_projected_due_minutes = Math.floor(
      (Date.parse(simulated.projected_due_at) - Date.parse(baseline.projected_due_at)) / 60_000,
    );
  }
  insight.delta_new_blockers = simulated.blockers.filter((b) => !baseline.blockers.includes(b));
  insight.delta_resolved_blockers = baseline.blockers.filter(
    (b) => !simulated.blockers.includes(b),
  );
  return insight;
}
