/**
 * The status words the API sends that govkit names for people. English needs no table: the word
 * itself, humanised (`in_progress` → "In progress"), so widgets pay no bytes for it; a locale
 * entry translates each (`@govkit/react/locales/de`), and a host may rename any through the
 * provider's `messages.statusBadge`. Keys are lower case with `_` (`ALLOW` and `in-progress`
 * are looked up as `allow` and `in_progress`). A word not listed here is humanised in every
 * language, so a status a newer server invents still reads as words.
 */
export type KnownStatus =
  | 'allow'
  | 'allowed'
  | 'pause'
  | 'paused'
  | 'block'
  | 'blocked'
  | 'retry'
  | 'retry_recommended'
  | 'require_review'
  | 'overridden'
  | 'approved'
  | 'rejected'
  | 'delegated'
  | 'reset'
  | 'submitted'
  | 'published'
  | 'rolled_back'
  | 'draft'
  | 'archived'
  | 'retired'
  | 'accepted'
  | 'declined'
  | 'executed'
  | 'reversed'
  | 'flagged'
  | 'resolved'
  | 'removed'
  | 'pending'
  | 'queued'
  | 'running'
  | 'processing'
  | 'in_progress'
  | 'retrying'
  | 'succeeded'
  | 'completed'
  | 'failed'
  | 'skipped'
  | 'partial'
  | 'ready'
  | 'expired'
  | 'error'
  | 'low'
  | 'medium'
  | 'high'
  | 'overdue';

/** One word per known status (a translation names every one; English is derived). */
export type StatusBadgeMessages = Record<KnownStatus, string>;

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    statusBadge: StatusBadgeMessages;
  }
}
