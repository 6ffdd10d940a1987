/** Every string of the start-a-run panel (the widgets it shows keep their own). */
export interface StartRunMessages {
  title: string;
  description: string;
  start: string;
  startAgain: string;
  running: string;
  finished: string;
  failedTitle: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    startRun: StartRunMessages;
  }
}

export const startRunMessages: StartRunMessages = {
  title: 'Snapshot',
  description: 'Runs the six governed steps on the latest upload. One run per workspace at a time.',
  start: 'Start a run',
  startAgain: 'Run again',
  running: 'Running…',
  finished: 'The run finished.',
  failedTitle: 'The run could not start',
};
