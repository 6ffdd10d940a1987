import { governanceActorName, type TimelineOverrideLive } from '@govkit/sdk';
import { formatMessage } from '../i18n/message-catalog';
import { parseTimestamp } from '../shared/parse-timestamp';
import type { GovkitFormat } from '../shared/use-format';
import { useNow } from '../shared/use-now';
import type { DecisionTimelineMessages } from './decision-timeline-messages';
import { lockTierLabel } from './lock-tier-label';

interface CooldownCountdownProps {
  /** When the cooldown ends (ISO); the stream's or the entry's. */
  expiresAt: string;
  /** The stream's last remaining seconds, used until the clock is known (server render). */
  remainingSeconds?: number | undefined;
  now: number | undefined;
  messages: DecisionTimelineMessages;
  format: GovkitFormat;
}

/**
 * A reversal cooldown counting down against the widget's clock (controllable through `now`), so
 * it keeps moving between the stream's once-a-second ticks and after the stream drops, and reads
 * "Cooldown cleared" from the moment it ends.
 */
export function CooldownCountdown({
  expiresAt,
  remainingSeconds,
  now: controlledNow,
  messages,
  format,
}: CooldownCountdownProps) {
  const now = useNow(controlledNow);
  const expires = parseTimestamp(expiresAt)?.getTime();
  const remaining =
    expires !== undefined && now !== undefined
      ? Math.max(0, Math.ceil((expires - now) / 1000))
      : (remainingSeconds ?? 0);
  const cleared = remaining <= 0;
  return (
    <span
      className="govkit-decision-timeline__chip"
      data-kind="cooldown"
      data-cleared={cleared ? 'true' : 'false'}
    >
      {cleared
        ? messages.cooldownCleared
        : formatMessage(messages.cooldownRemaining, { remaining: format.duration(remaining) })}
    </span>
  );
}

interface LiveNoticeProps {
  live: TimelineOverrideLive | undefined;
  /** The entry's own cooldown expiry, shown when the stream has not said anything. */
  entryCooldownExpiresAt?: string | null | undefined;
  now: number | undefined;
  messages: DecisionTimelineMessages;
  format: GovkitFormat;
}

/** An override's live lock holder and cooldown countdown, as chips under its entry. */
export function TimelineLiveNotice({
  live,
  entryCooldownExpiresAt,
  now,
  messages,
  format,
}: LiveNoticeProps) {
  const lock = live?.lock;
  const holder = governanceActorName(lock?.actor);
  const cooldown = live?.cooldown;
  const expiresAt = cooldown?.expires_at ?? entryCooldownExpiresAt ?? undefined;
  if (!lock && !expiresAt && live?.lastLockEvent !== 'released') return null;
  return (
    <p className="govkit-decision-timeline__live-notice">
      {lock ? (
        <span className="govkit-decision-timeline__chip" data-kind="lock">
          {holder
            ? formatMessage(messages.lockHeld, {
                holder,
                tier: lockTierLabel(lock, messages),
              })
            : messages.lockHeldUnknown}
        </span>
      ) : live?.lastLockEvent === 'released' ? (
        <span className="govkit-decision-timeline__chip" data-kind="lock-released">
          {messages.lockReleased}
        </span>
      ) : null}
      {expiresAt ? (
        <CooldownCountdown
          expiresAt={expiresAt}
          remainingSeconds={cooldown?.remaining_seconds}
          now={now}
          messages={messages}
          format={format}
        />
      ) : null}
    </p>
  );
}
