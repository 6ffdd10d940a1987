import { z } from 'zod';
import { isStrictParse } from './parse-mode';

/**
 * The catchall of an open object: every key that is not in a contract's shape lands here. In
 * lenient parses it is kept as-is; in strict parses (and the warning pass of a lenient parse) it
 * becomes an `unknown_field` issue — unless `accepts` says the value is a known kind of extra key
 * (e.g. BioLabs' spread status counts, which are integers).
 */
export function unknownFieldCatchall(accepts?: (value: unknown) => boolean) {
  return z.unknown().check((ctx) => {
    if (!isStrictParse() || accepts?.(ctx.value)) return;
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: 'Field is not part of the contract',
      params: { govkit: 'govkit.unknown_field' },
      // Not fatal: inside a union, the variant that only has warnings must still be the one chosen.
      continue: true,
    });
  });
}

const unknownField = unknownFieldCatchall();

/**
 * A response object that tolerates fields from newer servers: they are kept in the output and
 * reported (lenient) or rejected (strict). Use it for everything a server sends.
 *
 * Compose with `.extend()`, `.pick()` and `.omit()` as with any zod object.
 */
export function openObject<TShape extends z.core.$ZodLooseShape>(shape: TShape) {
  return z.object(shape).catchall(unknownField);
}

/**
 * A request object: unknown keys are rejected before anything is sent, so a typo in a parameter
 * name fails locally instead of being silently ignored by the server.
 */
export function requestObject<TShape extends z.core.$ZodLooseShape>(shape: TShape) {
  return z.strictObject(shape);
}
