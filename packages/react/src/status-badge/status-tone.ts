/**
 * The visual tone of a governance status. Widgets style by tone (`data-tone`), so a new status
 * word from a newer server still gets a sensible look instead of none.
 */
export type StatusTone = 'positive' | 'warning' | 'critical' | 'info' | 'neutral';

const TONES: Record<string, StatusTone> = {
  allow: 'positive',
  allowed: 'positive',
  approved: 'positive',
  succeeded: 'positive',
  published: 'positive',
  ready: 'positive',
  executed: 'positive',
  resolved: 'positive',
  pause: 'warning',
  paused: 'warning',
  retry: 'warning',
  retry_recommended: 'warning',
  pending: 'warning',
  skipped: 'warning',
  in_progress: 'warning',
  flagged: 'warning',
  partial: 'warning',
  block: 'critical',
  blocked: 'critical',
  rejected: 'critical',
  failed: 'critical',
  error: 'critical',
  expired: 'critical',
  overridden: 'info',
  reversed: 'info',
  delegated: 'info',
  accepted: 'info',
};

/** Map any status word (any case, `-`/space separated) to its tone; unknown words are neutral. */
export function statusTone(status: string): StatusTone {
  const key = status
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return TONES[key] ?? 'neutral';
}
