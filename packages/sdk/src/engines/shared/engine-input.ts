import type { z } from 'zod';
import { EngineError } from '../shared/engine-error';

/**
 * Parse a command's input with its request schema inside an engine, so defaults apply and a
 * malformed command is refused (422, like FastAPI's request validation) before anything is read
 * or written. Callers that already parsed the body pay one cheap re-parse.
 *
 * @example
 * const body = parseEngineInput(ExportRequestSchema, input);
 */
export function parseEngineInput<TSchema extends z.ZodType>(
  schema: TSchema,
  input: unknown,
): z.output<TSchema> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    loc: ['body', ...issue.path.map((part) => (typeof part === 'number' ? part : String(part)))],
    msg: issue.message,
    type: issue.code,
  }));
  throw new EngineError(422, issues[0]?.msg ?? 'Invalid request', {
    code: 'validation_error',
    data: { issues },
  });
}
