import { useGovkitSettings } from '../provider/govkit-context';
import { humanize } from './humanize';

/**
 * The words the API sends (statuses, decisions, override actions, priorities) that govkit names
 * for people: status badges and the decision timeline's sentences. English needs no table: the word
 * itself, humanised (`in_progress` → "In progress"), so widgets pay no bytes for it; a locale
 * entry translates each (`@govkit/react/locales/de`), and a host may rename any through the
 * provider's `messages.apiWords`. Keys are lower case with `_` (`ALLOW` and `in-progress`
 * are looked up as `allow` and `in_progress`). A word not listed here is humanised in every
 * language, so a status a newer server invents still reads as words.
 */
export type KnownApiWord =
  | 'reassign'
  | 'cooldown'
  | 'escalate'
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

/** One word per known API word (a translation names every one; English is derived). */
export type ApiWordMessages = Record<KnownApiWord, string>;

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    apiWords: ApiWordMessages;
  }
}

/**
 * Names an API word: the host's (`messages.apiWords`), else the registered translation's, else
 * the word itself humanised. Keys are looked up lower case with `_`.
 */
export function useApiWord(): (value: string) => string {
  const { messages, translations } = useGovkitSettings();
  return (value) => {
    const key = value
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_') as KnownApiWord;
    return messages.apiWords?.[key] ?? translations.apiWords?.[key] ?? humanize(key);
  };
}
