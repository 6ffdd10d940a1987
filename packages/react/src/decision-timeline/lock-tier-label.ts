import { formatMessage } from '../i18n/message-catalog';
import type { DecisionTimelineMessages } from './decision-timeline-messages';

type MessageKey = keyof DecisionTimelineMessages;

// The contract's tiers by `tier_key`; `admin` is the label the server sends for `platform_admin`.
const TIER_MESSAGES = new Map<string, MessageKey>([
  ['platform_admin', 'lockTierPlatformAdmin'],
  ['admin', 'lockTierPlatformAdmin'],
  ['override_actor', 'lockTierOverrideActor'],
  ['target_reviewer', 'lockTierTargetReviewer'],
  ['execution_runner', 'lockTierExecutionRunner'],
]);

const ROLE_MESSAGES = new Map<string, MessageKey>([
  ['observer', 'lockRoleObserver'],
  ['member', 'lockRoleMember'],
  ['reviewer', 'lockRoleReviewer'],
  ['lead', 'lockRoleLead'],
  ['manager', 'lockRoleManager'],
  ['owner', 'lockRoleOwner'],
]);

/**
 * The lock tier in the reader's words (`override_actor` → "Override actor" / "Override-Auslöser").
 * The stable `tier_key` is tried first, then the server's `tier` label (which some payloads
 * send as `Override actor`). A tier a newer server invents shows as its key with spaces, never
 * as nothing.
 */
export function lockTierLabel(
  lock: { tier?: string | null | undefined; tier_key?: string | null | undefined },
  messages: DecisionTimelineMessages,
): string {
  for (const raw of [lock.tier_key, lock.tier]) {
    const key = raw
      ?.trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    if (!key) continue;
    const tier = TIER_MESSAGES.get(key);
    if (tier) return messages[tier];
    if (key.startsWith('team:')) {
      const role = key.slice('team:'.length);
      const roleMessage = ROLE_MESSAGES.get(role);
      return formatMessage(messages.lockTierTeam, {
        role: roleMessage ? messages[roleMessage] : spaced(role),
      });
    }
  }
  const raw = lock.tier ?? lock.tier_key;
  return raw ? spaced(raw) : '—';
}

function spaced(key: string): string {
  return key.replaceAll('_', ' ');
}
