/**
 * Every string of the run conclusion. `gatedTakeaway` and `gatedNextAction` are the seed's
 * doctrine-safe conclusion; a gated run whose server text is exactly the seed's English shows
 * them in the reader's language.
 */
export interface RunConclusionMessages {
  title: string;
  loading: string;
  takeaway: string;
  nextAction: string;
  evidence: string;
  noEvidence: string;
  gatedTakeaway: string;
  gatedNextAction: string;
  dataWarnings: string;
  emptyTitle: string;
  emptyDescription: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    runConclusion: RunConclusionMessages;
  }
}

export const runConclusionMessages: RunConclusionMessages = {
  title: 'Conclusion',
  loading: 'Loading the conclusion',
  takeaway: 'Takeaway',
  nextAction: 'Next action',
  evidence: 'Evidence',
  noEvidence: 'No evidence recorded',
  gatedTakeaway: "We're missing some inputs, so this snapshot is less reliable.",
  gatedNextAction: 'Fix exports (check that invoices and quotes are recognized) then re-run.',
  dataWarnings: 'What we could not read',
  emptyTitle: 'No conclusion yet',
  emptyDescription: 'This snapshot is still assembling. Check back when the run has finished.',
};
