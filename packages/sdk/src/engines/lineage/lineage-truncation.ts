import {
  LINEAGE_TRUNCATION_MARKER,
  type LineageBundle,
} from '../../schemas/lineage/lineage-bundle';

/** Truncation passes, from the source system's rules (1) to the most aggressive (4). */
export const LINEAGE_TRUNCATION_LEVELS = [1, 2, 3, 4] as const;

interface LevelRules {
  /** Entries kept at each end of a log list longer than twice this (then a marker between). */
  keep: number;
  /** Max JSON characters of one log entry before it is shortened (null: no limit). */
  entryChars: number | null;
  /** Max JSON characters of other values inside dict-shaped logs (null: no limit). */
  otherChars: number | null;
  /** Max JSON characters of the logs' `summary` (null: kept whole). */
  summaryChars: number | null;
  /** How many raw-input keys are listed. */
  keys: number;
  /** Which raw-input values are sampled. */
  sample: 'source' | 'scalars' | 'none';
}

// Why four fixed passes: each is computed from the untruncated bundle and strictly smaller in what
// it keeps, so the search for a bundle that fits always ends after at most four attempts.
const LEVELS: Record<(typeof LINEAGE_TRUNCATION_LEVELS)[number], LevelRules> = {
  1: {
    keep: 100,
    entryChars: null,
    otherChars: null,
    summaryChars: null,
    keys: 1000,
    sample: 'source',
  },
  2: {
    keep: 20,
    entryChars: 2000,
    otherChars: 10_000,
    summaryChars: null,
    keys: 200,
    sample: 'scalars',
  },
  3: { keep: 5, entryChars: 200, otherChars: 0, summaryChars: 10_000, keys: 50, sample: 'none' },
  4: { keep: 0, entryChars: 0, otherChars: 0, summaryChars: 1000, keys: 0, sample: 'none' },
};

// Raw-input keys are data too: one absurd key must not defeat the size limit.
const MAX_KEY_CHARS = 200;

/**
 * A truncated copy of a (redacted) lineage bundle. Ids and times are always kept.
 *
 * Level 1 follows the source system: a log list over 200 entries becomes the first 100, the
 * marker `"... truncated ..."` and the last 100; dict-shaped logs are truncated, not dropped (their
 * `events` list is cut the same way, `summary` kept); `raw_inputs` becomes `raw_inputs_keys` plus a
 * `raw_inputs_sample` (scalars under 100 chars, lists under 10 items, objects under 500 chars of
 * JSON, else `"<truncated: TYPE>"`). Levels 2–4 keep fewer entries, shorten long entries (keeping
 * their `timestamp`/`type`), sample less and finally keep only a short summary and the key count.
 */
export function truncateLineageBundle(
  bundle: LineageBundle,
  level: (typeof LINEAGE_TRUNCATION_LEVELS)[number],
): LineageBundle {
  const rules = LEVELS[level];
  const { pipeline_logs: logs, raw_inputs: rawInputs, ...rest } = bundle;
  const out: LineageBundle = { ...rest, truncation_level: level };

  if (logs !== undefined) {
    const truncated = truncateLogs(logs, rules);
    out.pipeline_logs = truncated.logs;
    if (truncated.changed) {
      out.pipeline_logs_truncated = true;
      out.pipeline_logs_total_count = truncated.total;
    }
  }

  if (rawInputs !== undefined) {
    const keys = Object.keys(rawInputs);
    out.raw_inputs_truncated = true;
    out.raw_inputs_keys = keys.slice(0, rules.keys).map((key) => clipString(key, MAX_KEY_CHARS));
    out.raw_inputs_key_count = keys.length;
    if (rules.sample !== 'none') {
      const sample: Record<string, unknown> = {};
      for (const key of keys.slice(0, rules.keys)) {
        sample[clipString(key, MAX_KEY_CHARS)] = sampleValue(rawInputs[key], rules.sample);
      }
      out.raw_inputs_sample = sample;
    }
  }
  return out;
}

function truncateLogs(
  logs: NonNullable<LineageBundle['pipeline_logs']>,
  rules: LevelRules,
): { logs: NonNullable<LineageBundle['pipeline_logs']>; changed: boolean; total: number } {
  if (Array.isArray(logs)) {
    const list = truncateList(logs, rules);
    return { logs: list.items, changed: list.changed, total: logs.length };
  }
  let changed = false;
  let total = 0;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(logs)) {
    if (key === 'summary') {
      const clipped = clipValue(value, rules.summaryChars);
      changed ||= clipped !== value;
      out[key] = clipped;
    } else if (Array.isArray(value)) {
      const list = truncateList(value, rules);
      changed ||= list.changed;
      if (key === 'events' || total === 0) total = value.length;
      out[key] = list.items;
    } else {
      const clipped =
        rules.otherChars === null ? value : placeholderIfLarger(value, rules.otherChars);
      changed ||= clipped !== value;
      out[key] = clipped;
    }
  }
  return { logs: out, changed, total };
}

function truncateList(list: unknown[], rules: LevelRules): { items: unknown[]; changed: boolean } {
  const long = list.length > rules.keep * 2;
  const kept = long
    ? [...list.slice(0, rules.keep), ...list.slice(list.length - rules.keep)]
    : list;
  let changed = long;
  const items = kept.map((entry) => {
    const clipped = clipEntry(entry, rules.entryChars);
    changed ||= clipped !== entry;
    return clipped;
  });
  if (long) items.splice(rules.keep, 0, LINEAGE_TRUNCATION_MARKER);
  return { items, changed };
}

// A shortened log entry keeps what a reader needs to place it in time.
function clipEntry(entry: unknown, maxChars: number | null): unknown {
  if (maxChars === null) return entry;
  const json = safeJson(entry);
  if (json.length <= maxChars) return entry;
  if (typeof entry === 'string') return clipString(entry, maxChars);
  const out: Record<string, unknown> = { truncated: true, preview: json.slice(0, maxChars) };
  if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
    const record = entry as Record<string, unknown>;
    for (const key of ['timestamp', 'type', 'level']) {
      const value = record[key];
      if (typeof value === 'string' && value.length <= 64) out[key] = value;
    }
  }
  return out;
}

function clipValue(value: unknown, maxChars: number | null): unknown {
  if (maxChars === null) return value;
  const json = safeJson(value);
  if (json.length <= maxChars) return value;
  return { truncated: true, preview: json.slice(0, maxChars) };
}

function placeholderIfLarger(value: unknown, maxChars: number): unknown {
  return safeJson(value).length <= maxChars ? value : `<truncated: ${typeName(value)}>`;
}

function sampleValue(value: unknown, mode: 'source' | 'scalars'): unknown {
  if (value === null || typeof value !== 'object') {
    return String(value).length < 100 ? value : `<truncated: ${typeName(value)}>`;
  }
  if (mode === 'source') {
    const json = safeJson(value);
    // The source kept any list under 10 items; the JSON cap keeps "10 huge strings" bounded.
    if (Array.isArray(value) && value.length < 10 && json.length < 1000) return value;
    if (!Array.isArray(value) && json.length < 500) return value;
  }
  return `<truncated: ${typeName(value)}>`;
}

function clipString(value: string, maxChars: number): string {
  return value.length <= maxChars ? value : `${value.slice(0, maxChars)}…`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function safeJson(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}
