import type { BlockedReasonsParamsInput } from '../../schemas/replay/replay-params';
import { BlockedReasonsParamsSchema } from '../../schemas/replay/replay-params';
import type { BlockedReasonsStats, BlockedTaskStat } from '../../schemas/replay/replay-stats';
import {
  BLOCKED_DECISION_TYPE_CODE,
  type DecisionIndex,
  decisionWindowStart,
} from './decision-index';
import { parseReplayParams } from './parse-replay-params';
import { formatReplayTimestamp } from './replay-timestamp';

/**
 * Top `top_n` tasks by number of `SUPERVISOR_BLOCKED` decisions inside `window` (default `7d`;
 * the original system ignored the window), ranked by count desc, then newest block desc. Each
 * task's `reason_code` is `findings[0].code` of its newest blocking snapshot in the window.
 *
 * O(decisions in window + tasks · log top_n) over typed arrays.
 *
 * @throws EngineError 400 for a bad `window` or `top_n`.
 */
export function computeBlockedReasons(
  index: DecisionIndex,
  nowMs: number,
  params: BlockedReasonsParamsInput = {},
): BlockedReasonsStats {
  const { window, top_n } = parseReplayParams(BlockedReasonsParamsSchema, params, 400);
  const { length, type, task } = index.columns();
  const counts = new Int32Array(index.taskCount);
  // Rows are time-ordered, so the last blocked row seen per task is its newest.
  const newest = new Int32Array(index.taskCount);
  for (let i = decisionWindowStart(index, window, nowMs); i < length; i++) {
    if (type[i] !== BLOCKED_DECISION_TYPE_CODE) continue;
    const t = task[i] as number;
    counts[t] = (counts[t] as number) + 1;
    newest[t] = i;
  }
  // Ranking: count desc, then newest position desc (position order is time order, ties by audit id).
  const ranksBefore = (a: number, b: number) => {
    const ca = counts[a] as number;
    const cb = counts[b] as number;
    return ca !== cb ? ca > cb : (newest[a] as number) > (newest[b] as number);
  };
  const top: number[] = [];
  for (let t = 0; t < counts.length; t++) {
    if (counts[t] === 0) continue;
    if (top.length === top_n && !ranksBefore(t, top[top.length - 1] as number)) continue;
    let at = top.length;
    while (at > 0 && ranksBefore(t, top[at - 1] as number)) at--;
    top.splice(at, 0, t);
    if (top.length > top_n) top.pop();
  }
  const { reason } = index.columns();
  const blocked_tasks = top.map((t): BlockedTaskStat => {
    const position = newest[t] as number;
    return {
      task_id: index.taskId(t),
      block_count: counts[t] as number,
      last_blocked_at: formatReplayTimestamp(index.row(position).created_at),
      reason_code: index.reasonCode(reason[position] as number),
    };
  });
  return { window, top_n, blocked_tasks };
}
