/** Every string of the run lock notice and the lock inspector. */
export interface RunLockMessages {
  /** The seed's calm refusal, word for word in English. */
  lockHeld: string;
  refresh: string;
  inspectorTitle: string;
  loading: string;
  holder: string;
  fencingToken: string;
  fencingTokenValue: string;
  acquired: string;
  expires: string;
  timeLeft: string;
  expired: string;
  statusLive: string;
  statusExpired: string;
  freeTitle: string;
  freeDescription: string;
  expiredDescription: string;
  release: string;
  releasing: string;
  releaseFailed: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    runLock: RunLockMessages;
  }
}

export const runLockMessages: RunLockMessages = {
  lockHeld: 'A snapshot is already running for this workspace. Please wait a moment and refresh.',
  refresh: 'Refresh',
  inspectorTitle: 'Run lock',
  loading: 'Loading the run lock',
  holder: 'Holder',
  fencingToken: 'Fencing token',
  fencingTokenValue: '#{token}',
  acquired: 'Acquired',
  expires: 'Expires',
  timeLeft: 'Time left',
  expired: 'Expired',
  statusLive: 'Held',
  statusExpired: 'Expired',
  freeTitle: 'No run is holding this workspace',
  freeDescription: 'A new run can start now.',
  expiredDescription: 'The holder did not release the lock in time. The next run takes it over.',
  release: 'Release lock',
  releasing: 'Releasing…',
  releaseFailed: 'The lock could not be released.',
};
