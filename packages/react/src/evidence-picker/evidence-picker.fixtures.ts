import type { EvidenceItem } from '../exports/use-evidence-pages';

const BASE = Date.parse('2026-03-02T09:00:00.000Z');
const TOPICS = [
  'Plate layout and controls',
  'Reagent lot reconciliation',
  'Deviation log',
  'Instrument run notes',
  'Results interpretation',
];

/** `count` notebook evidence descriptors of one execution, newest first (as the API pages them). */
export function notebookEvidence(count: number, executionId = 'exec-qpcr-001'): EvidenceItem[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `notebook-${executionId}-${i + 1}`,
    type: 'notebook_entry',
    label: `${TOPICS[i % TOPICS.length]} #${i + 1}`,
    snapshot: {
      created_at: new Date(BASE - i * 3_600_000).toISOString(),
      updated_at: null,
      author_id: 'user-ana',
    },
    context: { execution_id: executionId, project_id: null },
  }));
}

/** Five notebook entries; the first is attached to the newest export in {@link ATTACHED_IDS}. */
export const EVIDENCE_ITEMS = notebookEvidence(5);
export const ATTACHED_IDS = [EVIDENCE_ITEMS[0]?.id ?? ''];
