'use client';

// @govkit/react/narrative-export: an execution's narrative exports: versions, packaging,
// verified download, evidence and the dossier. The approval ladder is its own entry
// (@govkit/react/approval-ladder), passed in through `renderLadder`.

export {
  type NarrativeArtifactDownload,
  type NarrativeArtifactDownloadState,
  type NarrativeArtifactDownloadStatus,
  type NarrativeArtifactFile,
  type UseNarrativeArtifactDownloadOptions,
  useNarrativeArtifactDownload,
} from '../exports/use-narrative-artifact-download';
export { useNarrativeExports } from '../exports/use-narrative-exports';
export {
  ConnectedNarrativeExportPanel,
  type ConnectedNarrativeExportPanelProps,
} from './connected-narrative-export-panel';
export { type NarrativeExportMessages, narrativeExportMessages } from './narrative-export-messages';
export { NarrativeExportPanel, type NarrativeExportPanelProps } from './narrative-export-panel';
export {
  NarrativeExportField,
  type NarrativeExportFieldProps,
  NarrativeExportRoot,
  type NarrativeExportRootProps,
} from './narrative-export-parts';
export {
  type ArtifactRefusal,
  artifactRefusalOf,
  type NarrativeExportPanelModel,
  type NarrativeExportPanelState,
  type UseNarrativeExportPanelOptions,
  useNarrativeExportPanel,
} from './use-narrative-export-panel';
