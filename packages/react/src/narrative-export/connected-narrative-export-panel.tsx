import {
  type UseNarrativeArtifactDownloadOptions,
  useNarrativeArtifactDownload,
} from '../exports/use-narrative-artifact-download';
import { useNarrativeExports } from '../exports/use-narrative-exports';
import { NarrativeExportPanel, type NarrativeExportPanelProps } from './narrative-export-panel';

export interface ConnectedNarrativeExportPanelProps
  extends Omit<
    NarrativeExportPanelProps,
    'exports' | 'error' | 'onRetry' | 'download' | 'onDownload'
  > {
  executionId: string;
  /** Receives each verified zip; default saves it as a file. */
  onFile?: UseNarrativeArtifactDownloadOptions['onFile'];
}

/**
 * The narrative export panel of an execution, fetched through the {@link GovkitProvider}'s
 * client; downloads are verified against the export's SHA-256 before they are saved.
 */
export function ConnectedNarrativeExportPanel({
  executionId,
  onFile,
  ...props
}: ConnectedNarrativeExportPanelProps) {
  const query = useNarrativeExports(executionId);
  const download = useNarrativeArtifactDownload({ onFile });
  return (
    <NarrativeExportPanel
      {...props}
      exports={query.data?.exports}
      error={query.error ?? undefined}
      onRetry={() => void query.refetch()}
      download={download}
      onDownload={(record) => void download.start(record)}
    />
  );
}
