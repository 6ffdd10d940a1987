import type { z } from 'zod';
import { EngineError } from '../shared/engine-error';

/**
 * Validates query parameters the way the Decision Replay endpoints answer them: with the
 * contract's status (400 for most endpoints, 422 for decision-types, per contract-decisions.md)
 * and a one-line `detail` naming each bad parameter, e.g.
 * `Invalid parameters: limit: Too big: expected number to be <=500`.
 *
 * Engines call this themselves, so a direct caller gets the same refusal a server would send.
 */
export function parseReplayParams<TSchema extends z.ZodType>(
  schema: TSchema,
  input: unknown,
  status: 400 | 422,
): z.output<TSchema> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'parameters';
    return `${where}: ${issue.message}`;
  });
  throw new EngineError(status, `Invalid parameters: ${problems.join('; ')}`, {
    data: { issues: result.error.issues.map(({ path, message }) => ({ path, message })) },
  });
}
