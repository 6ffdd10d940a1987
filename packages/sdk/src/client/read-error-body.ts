import type { ErrorBody, LockHolder, ValidationIssue } from '../schemas/shared/error-body';

// Why the error body is read by hand here and not by `ErrorBodySchema`: the root entry and
// `@govkit/sdk/client/core` must not evaluate zod at import (zod's own import is most of the root
// import time), yet `createApiError` and the domain errors' getters are synchronous and may run
// before any resource's schemas were loaded. These readers accept exactly what a lenient parse of
// `ErrorBodySchema` accepts for every JSON body (`read-error-body.test.ts` checks them against the
// schema on generated bodies), so classification and the typed errors are unchanged. The schema
// stays the contract and the source of the types.

/** The two fields that classify an error response (see `createApiError`). */
export type ErrorHead = Pick<ErrorBody, 'detail' | 'code'>;

/** The optional facts of a refusal that passes with time, each read on its own. */
export interface ErrorFacts {
  retry_at?: string | undefined;
  lock_holder?: LockHolder | null | undefined;
  cooldown_window_minutes?: number | null | undefined;
}

type UnknownRecord = Record<string, unknown>;

// zod's object check: any non-null, non-array object.
function isObject(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// zod's record check wants a plain object; a JSON object always is one.
function isPlainRecord(value: unknown): value is UnknownRecord {
  if (!isObject(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * A copy of a JSON object's own fields without `__proto__`: `JSON.parse` makes that an own key, and
 * a copy must neither keep it (code that assigns the fields onward would set a prototype) nor do
 * what zod's parse does (assign it, which swaps the copy's prototype for server-sent data).
 */
function copyFields(value: UnknownRecord): UnknownRecord {
  const copy: UnknownRecord = {};
  for (const key of Object.keys(value)) if (key !== '__proto__') copy[key] = value[key];
  return copy;
}

function isOptionalString(value: unknown): value is string | undefined {
  return value === undefined || typeof value === 'string';
}

function isNullishString(value: unknown): value is string | null | undefined {
  return value === null || isOptionalString(value);
}

function readValidationIssue(value: unknown): ValidationIssue | undefined {
  if (!isObject(value)) return undefined;
  const { loc, msg, type, ctx } = value;
  if (!Array.isArray(loc)) return undefined;
  for (const part of loc) {
    if (typeof part !== 'string' && !(typeof part === 'number' && Number.isFinite(part))) {
      return undefined;
    }
  }
  if (typeof msg !== 'string' || typeof type !== 'string') return undefined;
  if (ctx !== undefined && !isPlainRecord(ctx)) return undefined;
  return {
    ...copyFields(value),
    loc: [...loc],
    msg,
    type,
    ...(ctx === undefined ? {} : { ctx: copyFields(ctx) }),
  } as ValidationIssue;
}

/**
 * `detail` and `code` of an error body when it is one (`{detail: string | ValidationIssue[],
 * code?: string}`), else undefined: an HTML 502 page, a non-JSON text, a body whose `code` is not
 * a string. Only these two fields decide; a malformed optional fact does not reject the body.
 */
export function readErrorHead(body: unknown): ErrorHead | undefined {
  if (!isObject(body)) return undefined;
  const { detail, code } = body;
  if (!isOptionalString(code)) return undefined;
  if (typeof detail === 'string') return { detail, code };
  if (!Array.isArray(detail)) return undefined;
  const issues: ValidationIssue[] = [];
  for (const item of detail) {
    const issue = readValidationIssue(item);
    if (!issue) return undefined;
    issues.push(issue);
  }
  return { detail: issues, code };
}

function readLockHolder(value: unknown): LockHolder | null | undefined {
  if (value === null) return null;
  if (!isObject(value)) return undefined;
  const { id, name, email } = value;
  return isNullishString(id) && isNullishString(name) && isNullishString(email)
    ? (copyFields(value) as LockHolder)
    : undefined;
}

/**
 * The optional facts of an error body, each read on its own and leniently: a malformed fact (or a
 * server that sends none, like the real system's 400s) is undefined, never a throw.
 */
export function readErrorFacts(body: unknown): ErrorFacts {
  if (typeof body !== 'object' || body === null) return {};
  const {
    retry_at: retryAt,
    lock_holder: holder,
    cooldown_window_minutes: window,
  } = body as Partial<Record<keyof ErrorFacts, unknown>>;
  return {
    retry_at: typeof retryAt === 'string' && retryAt.length > 0 ? retryAt : undefined,
    lock_holder: readLockHolder(holder),
    cooldown_window_minutes:
      window === null
        ? null
        : typeof window === 'number' && Number.isSafeInteger(window) && window >= 0
          ? window
          : undefined,
  };
}
