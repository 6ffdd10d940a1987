import { z } from 'zod';
import { modeAware } from './mode-aware';

/** JSON Schema keyword that marks the catchall of an open object (see {@link unknownFieldCatchall}). */
export const UNKNOWN_FIELD_META = 'x-govkit-unknown-field';

/**
 * JSON Schema keyword on a union whose variants are a discriminated union plus an open fallback:
 * the OpenAPI generator flattens it into one `oneOf` with a `discriminator` on that property.
 */
export const DISCRIMINATOR_META = 'x-govkit-discriminator';

/**
 * The catchall of an open object: every key that is not in a contract's shape lands here. In
 * lenient parses it is kept as-is; in strict parses (and the warning pass of a lenient parse) it
 * becomes an `unknown_field` issue — unless `accepts` says the value is a known kind of extra key
 * (e.g. approval metrics' spread status counts, which are integers).
 */
export function unknownFieldCatchall(accepts?: (value: unknown) => boolean) {
  const catchall = modeAware(z.unknown(), (payload, strict) => {
    if (!strict || accepts?.(payload.value)) return payload;
    payload.issues.push({
      code: 'custom',
      input: payload.value,
      message: 'Field is not part of the contract',
      params: { govkit: 'govkit.unknown_field' },
      // Not fatal: inside a union, the variant that only has warnings must still be the one chosen.
      continue: true,
    });
    return payload;
  });
  // Marks "no extra fields in the contract" for the OpenAPI generator, which writes
  // `additionalProperties: false` there; an `accepts` catchall describes its own extras.
  return accepts ? catchall : catchall.meta({ [UNKNOWN_FIELD_META]: true });
}

const unknownField = unknownFieldCatchall();

/**
 * A response object that tolerates fields from newer servers: they are kept in the output and
 * reported (lenient) or rejected (strict). Use it for everything a server sends.
 *
 * Its static type lists the contract's fields only (no `[key: string]: unknown`), so a typo such
 * as `summary.no_such_field` fails to compile; the extra fields a newer server sends are still in
 * the parsed object at runtime (and reported as warnings).
 *
 * Compose with `.extend()`, `.pick()` and `.omit()` as with any zod object: they keep the catchall.
 */
export function openObject<TShape extends z.core.$ZodLooseShape>(
  shape: TShape,
): z.ZodObject<TShape, z.core.$strip> {
  // The cast only narrows the static config: the runtime catchall stays in the object's def.
  return z.object(shape).catchall(unknownField) as unknown as z.ZodObject<TShape, z.core.$strip>;
}

/**
 * A request object: unknown keys are rejected before anything is sent, so a typo in a parameter
 * name fails locally instead of being silently ignored by the server.
 */
export function requestObject<TShape extends z.core.$ZodLooseShape>(shape: TShape) {
  return z.strictObject(shape);
}
