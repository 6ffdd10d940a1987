import { z } from 'zod';
import { type InternalContext, isStrictContext } from './strict-parse-context';

type ParsePayload = z.core.ParsePayload;

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
