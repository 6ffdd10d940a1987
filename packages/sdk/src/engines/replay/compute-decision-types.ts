import {
  type DecisionTypesParamsInput,
  DecisionTypesParamsSchema,
} from '../../schemas/replay/replay-params';
import type { DecisionTypesStats } from '../../schemas/replay/replay-stats';
import { type DecisionIndex, decisionWindowStart } from './decision-index';
import { parseReplayParams } from './parse-replay-params';

/**
 * Supervisor decisions per type inside `window` (default `24h`), keyed in the past tense
 * (`ALLOWED`, `BLOCKED`, `PAUSED`, `RETRY` for `RETRY_RECOMMENDED`, `DECISION`, `ERROR`, or a new
 * type's own name); only types with a count above zero; `total` is their sum.
 *
 * @throws EngineError 422 for a bad `window` (the one endpoint the seed documents with 422).
 */
export function computeDecisionTypes(
  index: DecisionIndex,
  nowMs: number,
  params: DecisionTypesParamsInput = {},
): DecisionTypesStats {
  const { window } = parseReplayParams(DecisionTypesParamsSchema, params, 422);
  const { length, type } = index.columns();
  const counts = new Uint32Array(256);
  const start = decisionWindowStart(index, window, nowMs);
  for (let i = start; i < length; i++) {
    const code = type[i] as number;
    counts[code] = (counts[code] as number) + 1;
  }
  const decision_types: Record<string, number> = {};
  for (let code = 0; code < counts.length; code++) {
    const count = counts[code] as number;
    if (count > 0) decision_types[index.typeName(code)] = count;
  }
  return { window, decision_types, total: length - start };
}
