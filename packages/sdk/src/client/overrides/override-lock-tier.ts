import { TEAM_ROLE_LEVELS } from '../../schemas/shared/team-roles';

/** The fixed reversal-lock tiers of the contract (`tier_key`), strongest first. */
export const OVERRIDE_LOCK_TIERS = [
  'platform_admin',
  'override_actor',
  'target_reviewer',
  'execution_runner',
] as const;
export type OverrideLockTierKey = (typeof OVERRIDE_LOCK_TIERS)[number];

/**
 * What a reversal lock's tier is: one of the fixed tiers, a team tier (`team:{role}`, `known`
 * when the role is one of `TEAM_ROLE_LEVELS`), or another word (a newer server's tier, or none:
 * `label` undefined) to show as it is.
 */
export type OverrideLockTier =
  | { kind: 'fixed'; tier: OverrideLockTierKey }
  | { kind: 'team'; role: string; known: boolean }
  | { kind: 'other'; label: string | undefined };

// The server's labels for fixed tiers, where they differ from the key (`admin`).
const TIER_ALIASES: Readonly<Record<string, OverrideLockTierKey>> = { admin: 'platform_admin' };
const isFixed = (key: string): key is OverrideLockTierKey =>
  (OVERRIDE_LOCK_TIERS as readonly string[]).includes(key);

/**
 * Classify a lock's tier. The stable `tier_key` is tried first, then the server's `tier` label
 * (some payloads send `Override actor` or `admin`); either is read in any case, with spaces or
 * dashes for `_`.
 *
 * @example
 * overrideLockTier({ tier_key: 'team:lead' }); // { kind: 'team', role: 'lead', known: true }
 */
export function overrideLockTier(lock: {
  tier?: string | null | undefined;
  tier_key?: string | null | undefined;
}): OverrideLockTier {
  for (const raw of [lock.tier_key, lock.tier]) {
    const key = raw
      ?.trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    if (!key) continue;
    const tier = Object.hasOwn(TIER_ALIASES, key) ? TIER_ALIASES[key] : key;
    if (tier && isFixed(tier)) return { kind: 'fixed', tier };
    if (key.startsWith('team:')) {
      const role = key.slice('team:'.length);
      return { kind: 'team', role, known: Object.hasOwn(TEAM_ROLE_LEVELS, role) };
    }
  }
  return { kind: 'other', label: lock.tier ?? lock.tier_key ?? undefined };
}
