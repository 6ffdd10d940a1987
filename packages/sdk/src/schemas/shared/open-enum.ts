import { z } from 'zod';
import { modeAware } from './mode-aware';

/**
 * The string type of an open enum: the known values autocomplete, any other string still fits.
 * `(string & {})` stops TypeScript from collapsing the union into plain `string`.
 */
export type OpenEnumValue<TValues extends readonly string[]> = TValues[number] | (string & {});

export interface OpenEnumOptions {
  /** Map real-world spellings onto the canonical value before checking (e.g. upper-casing). */
  normalize?: (value: string) => string;
}

/**
 * An enum that a newer server may extend. Known values pass; an unknown value is kept in lenient
 * mode (and reported as a warning) and rejected in strict mode.
 *
 * @example
 * const FindingKindSchema = openEnum(['REDLINE', 'CONFLICT', 'RISK', 'RUNTIME'], {
 *   normalize: (v) => v.toUpperCase(),
 * });
 */
export function openEnum<const TValues extends readonly [string, ...string[]]>(
  values: TValues,
  options: OpenEnumOptions = {},
): z.ZodType<OpenEnumValue<TValues>, string> {
  const known = new Set<string>(values);
  const { normalize } = options;
  const value = modeAware(z.string(), (payload, strict, context, baseParse) => {
    const result = baseParse(payload, context);
    if (!strict || typeof result.value !== 'string' || known.has(result.value)) return result;
    result.issues.push({
      code: 'custom',
      input: result.value,
      message: `Unknown value "${result.value}"; expected one of: ${values.join(', ')}`,
      params: { govkit: 'govkit.unknown_enum_value' },
      // Not fatal: inside a union, the variant that only has warnings must still be the one chosen.
      continue: true,
    });
    return result;
  });
  // Normalising is a transform piped into the checked string, so the document's output side is
  // still `type: string` with the known values (a bare transform would be unrepresentable).
  const schema = normalize ? z.string().transform(normalize).pipe(value) : value;
  return schema.meta({ enum: [...values] }) as unknown as z.ZodType<OpenEnumValue<TValues>, string>;
}

/** The closed counterpart, for request parameters a client must not invent. */
export const closedEnum = z.enum;
