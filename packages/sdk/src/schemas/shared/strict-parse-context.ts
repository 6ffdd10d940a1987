import type { z } from 'zod';

// Why the mode travels in zod's parse context: zod copies the context object given to
// `safeParse(data, context)` and hands it to every nested schema's parse step, so each parse call
// carries its own mode. A module-level flag (the previous design) was shared by every parse in the
// process: a lenient parse started inside a strict one (a transform, a getter, a re-entrant
// callback) saw the wrong mode. A symbol key cannot collide with zod's own context fields.
// This module imports zod's types only: the client's response parsing (`safeParseContract`) needs
// the strict context, and the root entry must not evaluate zod (see docs/architecture.md).
const STRICT = Symbol.for('govkit.strictParse');

type ParseContext = z.core.ParseContext<z.core.$ZodIssue>;
/** The context zod hands to a schema's internal parse step. */
export type InternalContext = Parameters<z.core.$ZodType['_zod']['parse']>[1];

/** The parse context of a strict parse: pass it as `schema.safeParse(data, strictParseContext)`. */
export const strictParseContext: ParseContext = { [STRICT]: true } as ParseContext;

/** True when a parse context is the one of a strict parse (see {@link strictParseContext}). */
export function isStrictContext(context: InternalContext | undefined): boolean {
  return (context as Record<PropertyKey, unknown> | undefined)?.[STRICT] === true;
}
