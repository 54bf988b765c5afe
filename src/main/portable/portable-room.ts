/**
 * Writes a deal-room as a portable file and reads one back
 * (src/shared/domain/portable-file.ts says what is inside).
 *
 * Reading checks everything before anything is written: the zip within its
 * limits, the manifest, its version, every part's size and SHA-256, the
 * interchange document, the evidence records and what they hang on. Each
 * failure is a problem with a message key, so the caller can list them
 * (inspect) or refuse with the first (import).
 */
import { DEAL_ROOM_FILE_VERSION, DealRoomFile, newerFileVersion } from '../../shared/domain/deal-room-file';
import { fileFromDetail } from '../../shared/domain/deal-room-file-mapping';
import type { DealRoomDetail } from '../../shared/domain/entities';
import {
  DOCUMENT_PATH,
  EVIDENCE_PATH,
  FILES_FOLDER,
  MANIFEST_PATH,
  MAX_PORTABLE_BYTES,
  MAX_PORTABLE_ENTRIES,
  newerPortableVersion,
  PORTABLE_FORMAT,
  PORTABLE_VERSION,
  PortableEvidenceList,
  PortableManifest,
  type PortableEvidence,
} from '../../shared/domain/portable-file';
import { validationError } from '../../shared/api/validation-message';
import { contentMatchesMediaType, fileTypeOf } from '../../shared/evidence/evidence-file-types';
import { formatFileSize, formatMegabytes, formatMegabytesOver } from '../../shared/evidence/file-size';
import type { Language } from '../../shared/domain/entities';
import { LATEST_SCHEMA_VERSION } from '../store/migrations';
import { evidenceDirOf, readBlob, sha256Of } from '../store/evidence-blobs';
import packageJson from '../../../package.json';
import { evidenceToPortable } from './evidence-refs';
import { readZip, writeZip, type ZipEntry } from './zip-sync';

/** What failed, as a message key of the portable namespace and its parameters. */
export interface PortableProblem {
  key: string;
  params: Record<string, unknown>;
}

/** A portable file whose every part was checked. */
export interface CheckedPortable {
  manifest: PortableManifest;
  document: DealRoomFile;
  evidence: PortableEvidence[];
  /** Each evidence content by its SHA-256, already proven to hash to it. */
  contents: Map<string, Uint8Array>;
}

const problem = (key: string, params: Record<string, unknown> = {}): PortableProblem => ({ key, params });

const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');

/** The portable file of a room: its bytes, built from the room's detail and stored evidence contents. */
export function buildPortable(
  roomsDir: string,
  roomId: string,
  detail: DealRoomDetail,
  now: string,
  lang: Language,
): { bytes: Uint8Array } | { problem: PortableProblem } {
  const document = json(fileFromDetail(detail, now));
  const evidence = evidenceToPortable(detail);
  const evidenceBytes = json(evidence);
  const entries: ZipEntry[] = [];
  const files: PortableManifest['files'] = [];
  for (const e of evidence) {
    if (files.some((f) => f.sha256 === e.sha256)) continue;
    const bytes = readBlob(evidenceDirOf(roomsDir, roomId), e.sha256);
    if (!bytes) return { problem: problem('portable:errors.contentMissingOnExport', { name: e.fileName }) };
    const path = `${FILES_FOLDER}${e.sha256}`;
    files.push({ path, sha256: e.sha256, size: bytes.length, mediaType: e.mediaType, fileName: e.fileName });
    entries.push({ name: path, bytes });
  }
  const manifest: PortableManifest = {
    format: PORTABLE_FORMAT,
    version: PORTABLE_VERSION,
    appVersion: packageJson.version,
    schemaVersion: LATEST_SCHEMA_VERSION,
    documentVersion: DEAL_ROOM_FILE_VERSION,
    createdAt: now,
    roomName: detail.dealRoom.name,
    document: { path: DOCUMENT_PATH, sha256: sha256Of(document), size: document.length },
    evidence: { path: EVIDENCE_PATH, sha256: sha256Of(evidenceBytes), size: evidenceBytes.length },
    files,
  };
  const all = [
    { name: MANIFEST_PATH, bytes: json(manifest) },
    { name: DOCUMENT_PATH, bytes: document },
    { name: EVIDENCE_PATH, bytes: evidenceBytes },
    ...entries,
  ];
  const size = all.reduce((sum, e) => sum + e.bytes.length, 0);
  if (size > MAX_PORTABLE_BYTES) return { problem: problem('portable:errors.tooLarge', { size: formatMegabytesOver(size, lang), limit: formatMegabytes(MAX_PORTABLE_BYTES, lang) }) };
  return { bytes: writeZip(all, now) };
}

/** The part as JSON, or undefined when it is missing or is not JSON text in UTF-8 (our writer never adds a BOM). */
function parseJson(bytes: Uint8Array | undefined): unknown {
  if (bytes === undefined) return undefined;
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The first issue of a failed schema, as "path: problem" worded in the
 * caller's language (the same words the contract's own validation uses), to
 * say where a part is wrong.
 */
function firstIssue(error: import('zod').ZodError, lang: Language, input: unknown): string {
  return validationError(error, lang, input).message;
}

/**
 * Every check of a portable file, in order; a problem that makes the rest
 * meaningless (not a zip, no manifest, a newer version) stops there, while
 * parts that fail their hash are all listed.
 */
export function checkPortable(bytes: Uint8Array, lang: Language): { ok: true; value: CheckedPortable } | { ok: false; problems: PortableProblem[] } {
  const fail = (...problems: PortableProblem[]) => ({ ok: false as const, problems });
  if (bytes.length > MAX_PORTABLE_BYTES)
    return fail(problem('portable:errors.tooLarge', { size: formatMegabytesOver(bytes.length, lang), limit: formatMegabytes(MAX_PORTABLE_BYTES, lang) }));
  const zip = readZip(bytes, { maxEntries: MAX_PORTABLE_ENTRIES, maxBytes: MAX_PORTABLE_BYTES });
  if (!zip.ok) {
    if (zip.reason === 'tooManyEntries') return fail(problem('portable:errors.tooManyEntries', { count: zip.count, limit: MAX_PORTABLE_ENTRIES }));
    if (zip.reason === 'tooLarge')
      return fail(problem('portable:errors.unpackedTooLarge', { size: formatMegabytesOver(zip.size, lang), limit: formatMegabytes(MAX_PORTABLE_BYTES, lang) }));
    if (zip.reason === 'sizeLie') return fail(problem('portable:errors.entrySizeLie', { path: zip.name, size: formatFileSize(zip.size, lang) }));
    if (zip.reason === 'unsafeName') return fail(problem('portable:errors.unsafeEntryName', { path: zip.name }));
    if (zip.reason === 'duplicateName') return fail(problem('portable:errors.duplicateEntryName', { path: zip.name }));
    if (zip.reason === 'link') return fail(problem('portable:errors.linkEntry', { path: zip.name }));
    if (zip.reason === 'encrypted') return fail(problem('portable:errors.encryptedEntry', { path: zip.name }));
    return fail(problem('portable:errors.notAZip'));
  }
  const entries = new Map(zip.entries.map((e) => [e.name, e.bytes]));

  const rawManifest = parseJson(entries.get(MANIFEST_PATH));
  if (rawManifest === undefined) return fail(problem('portable:errors.manifestMissing'));
  const format = (rawManifest as { format?: unknown }).format;
  if (format !== PORTABLE_FORMAT) return fail(problem('portable:errors.notPortable'));
  const newer = newerPortableVersion(rawManifest);
  if (newer !== null) return fail(problem('portable:errors.newerVersion', { found: newer, supported: PORTABLE_VERSION }));
  const parsedManifest = PortableManifest.safeParse(rawManifest);
  if (!parsedManifest.success) return fail(problem('portable:errors.manifestInvalid', { detail: firstIssue(parsedManifest.error, lang, rawManifest) }));
  const manifest = parsedManifest.data;

  // Every part against the manifest: the same size and the same SHA-256.
  const problems: PortableProblem[] = [];
  const checkPart = (path: string, sha256: string, size: number) => {
    const part = entries.get(path);
    if (part === undefined) problems.push(problem('portable:errors.partMissing', { path }));
    else if (part.length !== size) problems.push(problem('portable:errors.sizeMismatch', { path, expected: size, found: part.length }));
    else if (sha256Of(part) !== sha256) problems.push(problem('portable:errors.hashMismatch', { path }));
  };
  checkPart(DOCUMENT_PATH, manifest.document.sha256, manifest.document.size);
  checkPart(EVIDENCE_PATH, manifest.evidence.sha256, manifest.evidence.size);
  for (const f of manifest.files) checkPart(f.path, f.sha256, f.size);
  const listed = new Set([MANIFEST_PATH, DOCUMENT_PATH, EVIDENCE_PATH, ...manifest.files.map((f) => f.path)]);
  for (const name of entries.keys()) if (!listed.has(name)) problems.push(problem('portable:errors.unexpectedPart', { path: name }));
  if (problems.length > 0) return fail(...problems);

  const rawDocument = parseJson(entries.get(DOCUMENT_PATH));
  if (rawDocument === undefined) return fail(problem('portable:errors.partNotJson', { path: DOCUMENT_PATH }));
  const newerDocument = newerFileVersion(rawDocument);
  if (newerDocument !== null) return fail(problem('portable:errors.newerDocument', { found: newerDocument, supported: DEAL_ROOM_FILE_VERSION }));
  const document = DealRoomFile.safeParse(rawDocument);
  if (!document.success) return fail(problem('portable:errors.documentInvalid', { detail: firstIssue(document.error, lang, rawDocument) }));

  const rawEvidence = parseJson(entries.get(EVIDENCE_PATH));
  if (rawEvidence === undefined) return fail(problem('portable:errors.partNotJson', { path: EVIDENCE_PATH }));
  const evidence = PortableEvidenceList.safeParse(rawEvidence);
  if (!evidence.success) return fail(problem('portable:errors.evidenceInvalid', { detail: firstIssue(evidence.error, lang, rawEvidence) }));

  const contents = new Map<string, Uint8Array>();
  for (const f of manifest.files) {
    const content = entries.get(f.path);
    if (content !== undefined) contents.set(f.sha256, content);
  }
  evidence.data.forEach((e) => {
    const content = contents.get(e.sha256);
    if (content === undefined) problems.push(problem('portable:errors.evidenceContentMissing', { name: e.fileName }));
    else if (content.length !== e.size) problems.push(problem('portable:errors.sizeMismatch', { path: `${FILES_FOLDER}${e.sha256}`, expected: e.size, found: content.length }));
    else if (!fileTypeOf(e.mediaType) || !contentMatchesMediaType(Buffer.from(content), e.mediaType))
      problems.push(problem('portable:errors.evidenceTypeMismatch', { name: e.fileName }));
  });
  if (problems.length > 0) return fail(...problems);
  return { ok: true, value: { manifest, document: document.data, evidence: evidence.data, contents } };
}
