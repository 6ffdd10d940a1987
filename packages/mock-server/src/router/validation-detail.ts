import type { ContractIssue } from '@govkit/sdk';
import type { z } from 'zod';

/** Where a request value came from, as FastAPI names it in `loc`. */
export type RequestLocation = 'path' | 'query' | 'body' | 'header';

/** One FastAPI-style validation problem: `{loc: ["query", "limit"], msg, type}`. */
export interface ValidationDetailItem {
  loc: Array<string | number>;
  msg: string;
  type: string;
  input?: unknown;
  ctx?: Record<string, unknown>;
}

/**
 * Turn zod issues into FastAPI's 422 `detail` array, so the SDK's one validation-error path is
 * exercised by the mock exactly as by the real backends. Unknown keys (`requestObject` is strict)
 * become one `extra_forbidden` item per key, like Pydantic's `extra="forbid"`.
 */
export function toValidationDetail(
  location: RequestLocation,
  issues: readonly ContractIssue[],
): ValidationDetailItem[] {
  const items: ValidationDetailItem[] = [];
  for (const contractIssue of issues) {
    // Typed as the sdk's structural issue so the published signature loads no zod declarations;
    // the issues are zod's (a parse here, or a client error's `issues`), whose kind-specific
    // fields are read per `code` below, defensively for an issue written by hand.
    const issue = contractIssue as z.core.$ZodIssue;
    const path = issue.path.filter(
      (part): part is string | number => typeof part === 'string' || typeof part === 'number',
    );
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys ?? []) {
        items.push({
          loc: [location, ...path, key],
          msg: 'Extra inputs are not permitted',
          type: 'extra_forbidden',
        });
      }
      continue;
    }
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    items.push({
      loc: [location, ...path],
      msg: missing ? 'Field required' : issue.message,
      type: missing ? 'missing' : issueType(issue),
    });
  }
  return items;
}

/** One item for a body that is not JSON at all (FastAPI's wording). */
export function jsonDecodeDetail(error: unknown): ValidationDetailItem {
  return {
    loc: ['body', 0],
    msg: 'JSON decode error',
    type: 'json_invalid',
    ctx: { error: error instanceof Error ? error.message : String(error) },
  };
}

function issueType(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `${issue.expected}_type`;
    case 'too_small':
      return issue.origin === 'string' ? 'string_too_short' : 'greater_than_equal';
    case 'too_big':
      return issue.origin === 'string' ? 'string_too_long' : 'less_than_equal';
    case 'invalid_value':
      return 'enum';
    case 'invalid_format':
      return 'string_pattern_mismatch';
    case 'not_multiple_of':
      return 'multiple_of';
    case 'invalid_union':
      return 'union_tag_invalid';
    default:
      return 'value_error';
  }
}
