/**
 * The portable deal-room file (issue 7): one zip, "<room>.shinrai-room", to
 * send a whole deal-room with its evidence files to a colleague. Inside:
 *
 * - manifest.json: what the zip must hold, with the SHA-256 and size of every
 *   part, so opening it can prove nothing was changed or lost on the way;
 * - deal-room.json: the interchange document (deal-room-file.ts);
 * - evidence.json: the evidence records, tied to the document's own ids
 *   (candidates "c1", scores "e1/c1/k1") and to list positions for answers,
 *   red flags and due-diligence requests, which the document keeps as lists;
 * - files/<sha256>: each evidence content once.
 *
 * Pure schemas: the zip itself is read and written in src/main/portable.
 */
import { z } from 'zod';
import { IsoDateTime, ShortText } from './entities';
import { EvidenceTarget } from './vetting';

export const PORTABLE_FORMAT = 'shinrai.portable-room';
export const PORTABLE_VERSION = 1;
export const PORTABLE_EXTENSION = '.shinrai-room';

export const MANIFEST_PATH = 'manifest.json';
export const DOCUMENT_PATH = 'deal-room.json';
export const EVIDENCE_PATH = 'evidence.json';
export const FILES_FOLDER = 'files/';

/** Far above any real deal-room (evidence files are at most a few MB each); it keeps a hostile zip from filling memory. */
export const MAX_PORTABLE_BYTES = 200 * 1024 * 1024;
/** The three JSON parts and the evidence contents: a deal-room with more files than this is not one people compare. */
export const MAX_PORTABLE_ENTRIES = 5000;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const PortableManifestFile = z.strictObject({
  path: z.string().regex(/^files\/[0-9a-f]{64}$/),
  sha256: Sha256,
  size: z.number().int().min(0),
  mediaType: z.string().max(200),
  fileName: ShortText,
});

export const PortableManifest = z
  .strictObject({
    format: z.literal(PORTABLE_FORMAT),
    version: z.literal(PORTABLE_VERSION),
    appVersion: z.string().max(50),
    schemaVersion: z.number().int().min(0),
    documentVersion: z.number().int().min(1),
    createdAt: IsoDateTime,
    roomName: z.string().max(400),
    document: z.strictObject({ path: z.literal(DOCUMENT_PATH), sha256: Sha256, size: z.number().int().min(0) }),
    evidence: z.strictObject({ path: z.literal(EVIDENCE_PATH), sha256: Sha256, size: z.number().int().min(0) }),
    files: z.array(PortableManifestFile).max(MAX_PORTABLE_ENTRIES),
  })
  .superRefine((m, ctx) => {
    m.files.forEach((f, i) => {
      if (f.path !== `${FILES_FOLDER}${f.sha256}`)
        ctx.addIssue({ code: 'custom', path: ['files', i, 'path'], message: 'the path of a content is files/ and its SHA-256' });
    });
  });
export type PortableManifest = z.infer<typeof PortableManifest>;

/**
 * One evidence record as the portable file carries it. `attachedTo` names the
 * record it hangs on in the document's terms: the candidate's file id, a score
 * as "evaluator/candidate/criterion" file ids, or the position (from 0) in the
 * document's list of answers, flags or due-diligence requests.
 */
export const PortableEvidence = z.strictObject({
  candidate: z.string().min(1).max(100),
  attachedTo: EvidenceTarget,
  attached: z.string().min(1).max(400),
  fileName: ShortText,
  mediaType: z.string().max(200),
  size: z.number().int().min(0),
  sha256: Sha256,
  addedBy: z.string().max(200),
  addedAt: IsoDateTime,
});
export type PortableEvidence = z.infer<typeof PortableEvidence>;

export const PortableEvidenceList = z.array(PortableEvidence).max(MAX_PORTABLE_ENTRIES);

/** The manifest's version when it is a number above ours, so a newer file can be refused naming both versions. */
export function newerPortableVersion(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const version = (raw as { version?: unknown }).version;
  return typeof version === 'number' && version > PORTABLE_VERSION ? version : null;
}

/** "<room>.shinrai-room", the room name made safe as a file name on every system. */
export function portableFileName(roomName: string): string {
  const safe = roomName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim().slice(0, 120);
  return `${safe === '' ? 'deal-room' : safe}${PORTABLE_EXTENSION}`;
}
