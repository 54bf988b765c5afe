/** Contract operations of the vetting workflow (issue 5): evidence files and the due-diligence request list. */
import { z } from 'zod';
import { Id, LongText, ShortText } from '../domain/primitives';
import { DueDiligenceItem, DueDiligenceStatus, EvidenceFile, EvidenceTarget, IsoDate } from '../domain/vetting';
import { Deleted, op } from './contract-op';

const EvidenceRef = z.strictObject({ dealRoomId: Id, evidenceId: Id });
const RequestRef = z.strictObject({ dealRoomId: Id, itemId: Id });

/**
 * An upper bound on the base64 text, far above the size limit (which the
 * store words itself, in megabytes, naming the field): it only stops a call
 * from making the app hold an absurd amount of text.
 */
const MAX_BASE64_CHARS = 64 * 1024 * 1024;

const RequestItem = ShortText.min(1);

/** A new request; only the item is required. */
const NewRequest = z.strictObject({
  item: RequestItem,
  requestedOn: IsoDate.nullable().default(null),
  dueOn: IsoDate.nullable().default(null),
  status: DueDiligenceStatus.default('requested'),
  note: LongText.default(''),
});

/** A change to a request: the fields given are set, the others left as they are. */
const RequestPatch = z.strictObject({
  item: RequestItem.optional(),
  requestedOn: IsoDate.nullable().optional(),
  dueOn: IsoDate.nullable().optional(),
  status: DueDiligenceStatus.optional(),
  note: LongText.optional(),
});

export const evidenceOps = {
  /**
   * Attaches a file to a candidate, or to one of its answers, scores
   * ("evaluatorId/candidateId/criterionId"), red flags or due-diligence
   * requests. The content is stored once per deal-room under its SHA-256; the
   * same content attached again to the same record returns the existing
   * record with `duplicate: true` and changes nothing.
   */
  'evidence.add': op(
    z.strictObject({
      dealRoomId: Id,
      candidateId: Id,
      attachedTo: EvidenceTarget,
      attachedId: z.string().min(1).max(400),
      fileName: ShortText.min(1),
      mediaType: z.string().max(200),
      contentBase64: z.base64().max(MAX_BASE64_CHARS),
    }),
    z.object({ file: EvidenceFile, duplicate: z.boolean() }),
  ),
  /** The file's content, checked against its recorded SHA-256. */
  'evidence.read': op(EvidenceRef, z.object({ fileName: z.string(), mediaType: z.string(), contentBase64: z.string() })),
  /** Removes the record; the stored content goes only when no other record uses it. */
  'evidence.remove': op(EvidenceRef, Deleted),

  /** Adds requests to a candidate's list, in order, at its end (one transaction). */
  'dueDiligence.add': op(
    z.strictObject({ dealRoomId: Id, candidateId: Id, items: z.array(NewRequest).min(1).max(50) }),
    z.array(DueDiligenceItem),
  ),
  'dueDiligence.update': op(RequestRef.extend({ patch: RequestPatch }), DueDiligenceItem),
  /** Removes the request with the evidence files attached to it. */
  'dueDiligence.remove': op(RequestRef, Deleted),
  /** Puts a candidate's requests in the order given, which must name each of them once. */
  'dueDiligence.reorder': op(
    z.strictObject({ dealRoomId: Id, candidateId: Id, itemIds: z.array(Id).max(500) }),
    z.array(DueDiligenceItem),
  ),
} as const;
