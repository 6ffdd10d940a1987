import type { z } from 'zod';
import { strictParseContext } from './strict-parse-context';

/**
 * How strictly a payload is checked against its contract.
 *
 * - `lenient` (default): parse and normalise real-world variants; unknown enum values and extra
 *   fields are kept and reported as {@link ContractWarning}s, never thrown.
 * - `strict`: unknown enum values and extra fields are validation errors.
 * - `off`: no parsing at all; the payload is returned as received.
 */
export type ParseMode = 'strict' | 'lenient' | 'off';

/** Something a lenient parse kept but that is not in the contract (a newer server, a typo). */
export interface ContractWarning {
  /** Path to the value inside the payload, e.g. `['trace_items', 3, 'kind']`. */
  path: ReadonlyArray<PropertyKey>;
  /** `unknown_enum_value` or `unknown_field`. */
  code: 'unknown_enum_value' | 'unknown_field';
  message: string;
  /** Which contract the payload was parsed against, when the caller named it. */
  contract?: string | undefined;
}

export interface ParseContractOptions {
  mode?: ParseMode | undefined;
  /** Called once per warning in lenient mode. Without it, no warning pass is run at all. */
  onWarning?: ((warning: ContractWarning) => void) | undefined;
  /** A name for the contract, echoed in warnings (e.g. `replay.tasks.summary`). */
  contract?: string | undefined;
}

export type ParseContractResult<T> =
  | { success: true; data: T; warnings: ContractWarning[] }
  | { success: false; error: z.ZodError; warnings: ContractWarning[] };

const WARNING_CODES: Record<string, ContractWarning['code']> = {
  'govkit.unknown_enum_value': 'unknown_enum_value',
  'govkit.unknown_field': 'unknown_field',
};

function warningsFrom(error: z.ZodError, contract: string | undefined): ContractWarning[] {
  const warnings: ContractWarning[] = [];
  for (const issue of error.issues) {
    const tag = issue.code === 'custom' ? (issue.params?.govkit as string | undefined) : undefined;
    const code = tag ? WARNING_CODES[tag] : undefined;
    if (code) warnings.push({ path: issue.path, code, message: issue.message, contract });
  }
  return warnings;
}

/**
 * Parse a payload against a contract schema under a {@link ParseMode}.
 *
 * Never throws: returns zod's `success`/`error` shape plus the warnings a lenient parse found.
 *
 * @example
 * const result = safeParseContract(TaskGovernanceSummarySchema, body, { onWarning: console.warn });
 * if (result.success) render(result.data);
 */
export function safeParseContract<TSchema extends z.ZodType>(
  schema: TSchema,
  data: unknown,
  options: ParseContractOptions = {},
): ParseContractResult<z.output<TSchema>> {
  const mode = options.mode ?? 'lenient';
  if (mode === 'off') return { success: true, data: data as z.output<TSchema>, warnings: [] };
  if (mode === 'strict') {
    const result = schema.safeParse(data, strictParseContext);
    return result.success
      ? { success: true, data: result.data, warnings: [] }
      : { success: false, error: result.error, warnings: [] };
  }
  const result = schema.safeParse(data);
  if (!result.success) return { success: false, error: result.error, warnings: [] };
  if (!options.onWarning) return { success: true, data: result.data, warnings: [] };
  // The strict pass only tells us *what* a newer server added; its result is not used.
  const strict = schema.safeParse(data, strictParseContext);
  const warnings = strict.success ? [] : warningsFrom(strict.error, options.contract);
  for (const warning of warnings) options.onWarning(warning);
  return { success: true, data: result.data, warnings };
}

/** Like {@link safeParseContract} but throws the `ZodError` on failure. */
export function parseContract<TSchema extends z.ZodType>(
  schema: TSchema,
  data: unknown,
  options: ParseContractOptions = {},
): z.output<TSchema> {
  const result = safeParseContract(schema, data, options);
  if (!result.success) throw result.error;
  return result.data;
}
