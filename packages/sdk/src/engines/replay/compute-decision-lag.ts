import {
  type DecisionLagParamsInput,
  DecisionLagParamsSchema,
} from '../../schemas/replay/replay-params';
import type { DecisionLagStats } from '../../schemas/replay/replay-stats';
import { type DecisionIndex, decisionWindowStart } from './decision-index';
import { percentilesOf } from './nearest-rank';
import { parseReplayParams } from './parse-replay-params';

/**
 * Event-to-decision lag (seconds) of the supervisor decisions inside `window` (default `24h`),
 * over the decisions whose lag is known and not negative. Percentiles are nearest-rank (1-based
 * rank `ceil(p/100 · n)`, no interpolation): `p50` and `p95` always, `value` for `pctl` (default
 * 95, any integer 50–99). All three are null when there are no samples.
 *
 * @throws EngineError 400 for a bad `window` or `pctl`.
 */
export function computeDecisionLag(
  index: DecisionIndex,
  nowMs: number,
  params: DecisionLagParamsInput = {},
): DecisionLagStats {
  const { window, pctl } = parseReplayParams(DecisionLagParamsSchema, params, 400);
  const { length, lag } = index.columns();
  const start = decisionWindowStart(index, window, nowMs);
  const samples = index.scratch(length - start);
  let n = 0;
  for (let i = start; i < length; i++) {
    const value = lag[i] as number;
    // NaN marks an unknown lag.
    if (!Number.isNaN(value)) samples[n++] = value;
  }
  const [p50 = null, p95 = null, value = null] = percentilesOf(samples.subarray(0, n), [
    50,
    95,
    pctl,
  ]);
  return { window, percentile: pctl, p50, p95, value, count: n };
}
