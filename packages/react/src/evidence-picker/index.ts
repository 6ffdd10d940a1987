'use client';

// @govkit/react/evidence-picker: pick evidence (notebook entries, analytics snapshots, QC metrics,
// remediation reports) over the paginated discovery endpoints and attach it to an execution's
// narrative export. It does not import the narrative export panel, nor the panel it.

export {
  attachedReferenceIds,
  attachRequest,
  latestExport,
  useAttachEvidence,
} from '../exports/use-attach-evidence';
export {
  EVIDENCE_DOMAINS,
  type EvidenceDomain,
  type EvidenceItem,
  type EvidencePage,
  useEvidencePages,
} from '../exports/use-evidence-pages';
export {
  ConnectedEvidencePicker,
  type ConnectedEvidencePickerProps,
} from './connected-evidence-picker';
export { EvidencePicker, type EvidencePickerProps } from './evidence-picker';
export { type EvidencePickerMessages, evidencePickerMessages } from './evidence-picker-messages';
export {
  EvidencePickerOption,
  type EvidencePickerOptionProps,
  EvidencePickerRoot,
  type EvidencePickerRootProps,
} from './evidence-picker-parts';
export {
  type EvidencePickerModel,
  type EvidencePickerState,
  evidenceTypeLabel,
  type UseEvidencePickerOptions,
  useEvidencePicker,
} from './use-evidence-picker';
