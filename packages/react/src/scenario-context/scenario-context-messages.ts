/**
 * Every string of the scenario context widget. `{actor}`: who captured the lineage (name, else
 * e-mail, else id); `{time}`: when; `{folder}`, `{execution}`: ids or names from the snapshot.
 */
export interface ScenarioContextMessages {
  title: string;
  /** Accessible loading text while the connected form fetches the entry. */
  loading: string;
  capturedByAt: string;
  capturedBy: string;
  capturedAt: string;
  scenario: string;
  folder: string;
  notebookEntry: string;
  execution: string;
  metadata: string;
  backfilled: string;
  backfilledHint: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    scenarioContext: ScenarioContextMessages;
  }
}

export const scenarioContextMessages: ScenarioContextMessages = {
  title: 'Lineage context',
  loading: 'Loading the lineage context',
  capturedByAt: '{actor} • {time}',
  capturedBy: 'Captured by {actor}',
  capturedAt: 'Captured {time}',
  scenario: 'Scenario',
  folder: 'Folder: {folder}',
  notebookEntry: 'Notebook entry',
  execution: 'Execution: {execution}',
  metadata: 'Metadata',
  backfilled: 'Backfilled',
  backfilledHint:
    'Reconstructed from an older record by the lineage backfill; check it if analytics look incomplete.',
};
