import type { ValidationDetailItem } from './validation-detail';

/** A JSON response (the mock server's only error format is JSON). */
export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/**
 * The error body's optional facts about when a refusal passes (`ErrorBodySchema`): only these keys
 * of an engine error's data reach the wire; the rest (tiers, internal ids) stays server-side.
 */
const ERROR_BODY_FACTS = ['retry_at', 'lock_holder', 'cooldown_window_minutes'] as const;

/** The contract facts among an engine error's data, for {@link errorResponse}. */
export function errorBodyFacts(data: Record<string, unknown> | undefined): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const key of ERROR_BODY_FACTS) {
    const value = data?.[key];
    if (value !== undefined && value !== null) facts[key] = value;
  }
  return facts;
}

/** `{detail, code?}`: the error body of every refusal (contract-decisions.md "Errors"). */
export function errorResponse(
  status: number,
  detail: string,
  code?: string,
  headers?: Record<string, string>,
  facts: Record<string, unknown> = {},
): Response {
  const body = code === undefined ? { detail, ...facts } : { detail, code, ...facts };
  return jsonResponse(status, body, headers);
}

/** FastAPI's request-validation form: `{detail: [{loc, msg, type}]}`. */
export function validationErrorResponse(
  status: number,
  detail: ValidationDetailItem[],
  code?: string,
): Response {
  return jsonResponse(status, code === undefined ? { detail } : { detail, code });
}
