import { overrideLockTier } from '@govkit/sdk';
import { formatMessage } from '../i18n/message-catalog';
import type { DecisionTimelineMessages } from './decision-timeline-messages';
import { messageKeyOf } from './message-key-of';

/**
 * The lock tier in the reader's words (`override_actor` → "Override actor" / "Override-Auslöser").
 * The sdk's `overrideLockTier` reads the tier (the stable `tier_key` first, then the server's
 * `tier` label); a tier a newer server invents shows as its key with spaces, never as nothing.
 */
export function lockTierLabel(
  lock: { tier?: string | null | undefined; tier_key?: string | null | undefined },
  messages: DecisionTimelineMessages,
): string {
  const tier = overrideLockTier(lock);
  if (tier.kind === 'fixed') return messages[messageKeyOf('lockTier', tier.tier)];
  if (tier.kind === 'team') {
    return formatMessage(messages.lockTierTeam, {
      role: tier.known ? messages[messageKeyOf('lockRole', tier.role)] : spaced(tier.role),
    });
  }
  return tier.label ? spaced(tier.label) : '—';
}

function spaced(key: string): string {
  return key.replaceAll('_', ' ');
}
