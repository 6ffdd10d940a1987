import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { zipSync } from 'fflate';
import type { ExportAttachment } from '../../schemas/exports/evidence-attachment';
import type { NarrativeExport } from '../../schemas/exports/narrative-export';
import type { EvidenceFileRecord, NotebookEntryRecord } from '../evidence/evidence-catalog';
import type { ExecutionEvent } from '../governance/event-log';
import { canonicalJson } from './canonical-json';

/** One attachment with the source it was taken from, as packaging reads it. */
export interface PackagedAttachmentSource {
  attachment: ExportAttachment;
  file?: EvidenceFileRecord | undefined;
  notebook?: NotebookEntryRecord | undefined;
  event?: ExecutionEvent | undefined;
}

/** What a packager receives for one attempt. */
export interface NarrativePackagingInput {
  export: NarrativeExport;
  /** 1-based attempt number. */
  attempt: number;
  sources: PackagedAttachmentSource[];
}

/** One file inside the zip, for the manifest digest. */
export interface NarrativeArchiveEntry {
  path: string;
  size: number;
  sha256: string;
}

/** A packaged artifact: the zip bytes and what they contain. */
export interface NarrativeArchive {
  bytes: Uint8Array;
  entries: NarrativeArchiveEntry[];
}

/**
 * The packaging step. Throwing fails the attempt (it is retried with backoff up to 5 attempts),
 * which is how tests and the mock server simulate a flaky packager around
 * {@link buildNarrativeArchive}.
 */
export type NarrativePackager = (input: NarrativePackagingInput) => NarrativeArchive;

// Zip timestamps are DOS dates (1980–2099): clamp so any generated_at packs.
const ZIP_EPOCH_MIN = Date.UTC(1980, 0, 2);
const ZIP_EPOCH_MAX = Date.UTC(2099, 11, 30);

const safeName = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'item';

const EVENT_TYPES = new Set([
  'timeline_event',
  'analytics_snapshot',
  'qc_metric',
  'remediation_report',
]);

function attachmentDescriptor(source: PackagedAttachmentSource): Record<string, unknown> {
  const { attachment } = source;
  const descriptor: Record<string, unknown> = {
    id: attachment.id,
    type: attachment.evidence_type,
    reference_id: attachment.reference_id,
    label: attachment.label ?? null,
    snapshot: attachment.snapshot,
    context: attachment.hydration_context,
  };
  if (source.file) {
    const { content: _content, ...file } = source.file;
    descriptor.file = file;
  }
  if (source.notebook) descriptor.notebook = source.notebook;
  if (source.event) descriptor.event = source.event;
  return descriptor;
}

/**
 * Build the narrative zip: `narrative.md`, `export.json`, `attachments.json` and one file per
 * attachment (`attachments/files/NN-name`, `attachments/notebooks/NN-title.md`,
 * `attachments/events/NN-type.json`). Deterministic: JSON is canonical and every entry carries
 * the export's `generated_at` as its timestamp, so the same export packs to the same bytes.
 */
export function buildNarrativeArchive(input: NarrativePackagingInput): NarrativeArchive {
  const record = input.export;
  const files: Record<string, Uint8Array> = {
    'narrative.md': utf8ToBytes(record.content),
    'export.json': utf8ToBytes(
      canonicalJson(
        {
          export_id: record.id,
          execution_id: record.execution_id,
          version: record.version,
          generated_at: record.generated_at,
          event_count: record.event_count,
          notes: record.notes ?? null,
          metadata: record.metadata,
          requested_by: record.requested_by,
        },
        2,
      ),
    ),
    'attachments.json': utf8ToBytes(canonicalJson(input.sources.map(attachmentDescriptor), 2)),
  };
  input.sources.forEach((source, index) => {
    const nn = String(index + 1).padStart(2, '0');
    const type = source.attachment.evidence_type;
    if (type === 'file' && source.file?.content !== undefined) {
      const content = source.file.content;
      files[`attachments/files/${nn}-${safeName(source.file.filename)}`] =
        typeof content === 'string' ? utf8ToBytes(content) : content;
    } else if (type === 'notebook_entry' && source.notebook) {
      const { title, content } = source.notebook;
      files[`attachments/notebooks/${nn}-${safeName(title)}.md`] = utf8ToBytes(
        `# ${title}\n\n${content}\n`,
      );
    } else if (EVENT_TYPES.has(type) && source.event) {
      files[`attachments/events/${nn}-${safeName(source.event.event_type)}.json`] = utf8ToBytes(
        canonicalJson(source.event, 2),
      );
    }
  });
  const generated = Date.parse(record.generated_at);
  const mtime = new Date(
    Math.min(Math.max(Number.isFinite(generated) ? generated : 0, ZIP_EPOCH_MIN), ZIP_EPOCH_MAX),
  );
  const entries = Object.keys(files)
    .sort()
    .map((path) => {
      const bytes = files[path] as Uint8Array;
      return { path, size: bytes.length, sha256: bytesToHex(sha256(bytes)) };
    });
  return { bytes: zipSync(files, { level: 6, mtime }), entries };
}

/** SHA-256 (hex) of bytes: the artifact checksum verified on every download. */
export function narrativeSha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/** SHA-256 (hex) of the canonical JSON manifest of an artifact. */
export function narrativeManifestDigest(manifest: {
  export_id: string;
  execution_id: string;
  version: number;
  entries: NarrativeArchiveEntry[];
}): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(manifest))));
}
