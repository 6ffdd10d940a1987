import { z } from 'zod';
import { openObject } from './open-object';

/** One FastAPI/Pydantic request-validation problem (`detail` is an array of these on 422). */
export const ValidationIssueSchema = openObject({
  loc: z.array(z.union([z.string(), z.number()])),
  msg: z.string(),
  type: z.string(),
  input: z.unknown().optional(),
  ctx: z.record(z.string(), z.unknown()).optional(),
});
export type ValidationIssue = z.output<typeof ValidationIssueSchema>;

/**
 * Every govkit error body: `{detail}` with a string for handler errors or the validation array
 * for request-validation errors; the mock server adds a machine-readable `code`.
 */
export const ErrorBodySchema = openObject({
  detail: z.union([z.string(), z.array(ValidationIssueSchema)]),
  code: z.string().optional(),
});
export type ErrorBody = z.output<typeof ErrorBodySchema>;
