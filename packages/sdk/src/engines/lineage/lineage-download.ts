import {
  LINEAGE_DOWNLOAD_CONTENT_TYPE,
  lineageDownloadFilename,
} from '../../schemas/lineage/endpoints';

/** The raw-inputs download as a server sends it. */
export interface LineageDownload {
  /** The stored gzip bundle (a copy). */
  bytes: Uint8Array;
  /** `lineage_<id>_raw_inputs.json.gz` */
  filename: string;
  /** `application/gzip` */
  content_type: string;
  /** `attachment; filename="lineage_<id>_raw_inputs.json.gz"` (quoted, unlike the real system). */
  content_disposition: string;
  content_length: number;
}

/**
 * The download of a lineage's stored bundle, with the headers a server should send. The file name
 * is quoted and any quote or backslash in the id is escaped, so an odd id cannot break the header.
 */
export function lineageDownloadOf(lineageId: string, bytes: Uint8Array): LineageDownload {
  const filename = lineageDownloadFilename(lineageId);
  const quoted = filename.replace(/[\\"]/g, '\\$&').replace(/[\r\n]/g, '');
  return {
    bytes: bytes.slice(),
    filename,
    content_type: LINEAGE_DOWNLOAD_CONTENT_TYPE,
    content_disposition: `attachment; filename="${quoted}"`,
    content_length: bytes.length,
  };
}
