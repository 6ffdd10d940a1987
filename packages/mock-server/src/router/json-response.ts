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

/** `{detail, code?}`: the error body of every refusal (contract-decisions.md "Errors"). */
export function errorResponse(
  status: number,
  detail: string,
  code?: string,
  headers?: Record<string, string>,
): Response {
  return jsonResponse(status, code === undefined ? { detail } : { detail, code }, headers);
}

/** FastAPI's request-validation form: `{detail: [{loc, msg, type}]}`. */
export function validationErrorResponse(
  status: number,
  detail: ValidationDetailItem[],
  code?: string,
): Response {
  return jsonResponse(status, code === undefined ? { detail } : { detail, code });
}
