import { z } from 'zod';

// Why the mode travels in zod's parse context: zod copies the context object given to
// `safeParse(data, context)` and hands it to every nested schema's parse step, so each parse call
// carries its own mode. A module-level flag (the previous design) was shared by every parse in the
// process: a lenient parse started inside a strict one (a transform, a getter, a re-entrant
// callback) saw the wrong mode. A symbol key cannot collide with zod's own context fields.
const STRICT = Symbol.for('govkit.strictParse');

type ParseContext = z.core.ParseContext<z.core.$ZodIssue>;
type ParsePayload = z.core.ParsePayload;
type InternalContext = Parameters<z.core.$ZodType['_zod']['parse']>[1];

/** The parse context of a strict parse: pass it as `schema.safeParse(data, strictParseContext)`. */
export const strictParseContext: ParseContext = { [STRICT]: true } as ParseContext;

/** True when a parse context is the one of a strict parse (see {@link strictParseContext}). */
export function isStrictContext(context: InternalContext | undefined): boolean {
  return (context as Record<PropertyKey, unknown> | undefined)?.[STRICT] === true;
}

/**
 * The parse step of a {@link modeAware} schema. `baseParse` is the wrapped schema's own parse;
 * `strict` says whether this parse call is strict. Returns the (possibly replaced) payload.
 */
export type ModeAwareParse = (
  payload: ParsePayload,
  strict: boolean,
  context: InternalContext,
  baseParse: (payload: ParsePayload, context: InternalContext) => ParsePayload,
) => ParsePayload;

type BaseConstructor = { init: (inst: z.core.$ZodType, def: z.core.$ZodTypeDef) => void };

interface ModeAwareDef extends z.core.$ZodTypeDef {
  govkitParse: ModeAwareParse;
}

type ModeAwareConstructor = new (def: ModeAwareDef) => z.core.$ZodType;

// One mode-aware constructor per base constructor (string, unknown, union, …), each with its own
// prototype so zod installs only that base's methods on it. The def carries the parse step, so
// zod's `clone()` (used by `.meta()`, `.describe()`, …) rebuilds the same behaviour.
const constructors = new WeakMap<object, ModeAwareConstructor>();

function modeAwareConstructor(base: BaseConstructor): ModeAwareConstructor {
  let ctor = constructors.get(base);
  if (!ctor) {
    ctor = z.core.$constructor('GovkitModeAware', (inst: z.core.$ZodType, def: ModeAwareDef) => {
      base.init(inst, def);
      const baseParse = inst._zod.parse as (p: ParsePayload, c: InternalContext) => ParsePayload;
      inst._zod.parse = (payload, context) =>
        def.govkitParse(payload, isStrictContext(context), context, baseParse);
    }) as unknown as ModeAwareConstructor;
    constructors.set(base, ctor);
  }
  return ctor;
}

/**
 * A copy of `base` (same type, same JSON Schema, same methods) whose parse step also sees the
 * parse mode. Only for synchronous bases: govkit's contracts have no async parts.
 *
 * @example
 * const Flag = modeAware(z.string(), (payload, strict, context, baseParse) => {
 *   const result = baseParse(payload, context);
 *   if (strict && result.value === 'legacy') result.issues.push(…);
 *   return result;
 * });
 */
export function modeAware<TSchema extends z.ZodType>(
  base: TSchema,
  parse: ModeAwareParse,
): TSchema {
  const Constructor = modeAwareConstructor(base._zod.constr as unknown as BaseConstructor);
  const def: ModeAwareDef = { ...(base._zod.def as z.core.$ZodTypeDef), govkitParse: parse };
  return new Constructor(def) as unknown as TSchema;
}
