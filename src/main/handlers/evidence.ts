/**
 * Evidence files (issue 5, "Evidence and due diligence"): the content is
 * checked (size, type, and that it is what its type says), stored once per
 * deal-room under its SHA-256 (src/main/store/evidence-blobs.ts), and
 * recorded with its size, type, who added it and when, attached to a
 * candidate or to one of its answers, scores, red flags or requests.
 */
import type { CallContext, Handlers, ParsedInputOf } from '../../shared/api/contract';
import type { EvidenceTarget } from '../../shared/domain/vetting';
import {
  contentMatchesMediaType,
  EVIDENCE_TYPE_LABELS,
  fileTypeLabel,
  fileTypeOf,
  MAX_EVIDENCE_BYTES,
} from '../../shared/evidence/evidence-file-types';
import { formatMegabytes, formatMegabytesOver } from '../../shared/evidence/file-size';
import { translator } from '../../shared/i18n/translator';
import type { DataDir } from '../store/data-dir';
import { answerTable, candidateTable, dueDiligenceTable, evidenceFileTable, redFlagTable, scoreTable } from '../store/entity-tables';
import { evidenceDirOf, readBlob, sha256Of, storeBlob } from '../store/evidence-blobs';
import { newId } from '../store/room-id';
import type { RoomStore } from '../store/room-store';
import { removeUnusedEvidenceContent } from './dependent-evidence';
import { DomainError } from './domain-error';
import { found, openRoom } from './room-access';

type EvidenceOps = 'evidence.add' | 'evidence.read' | 'evidence.remove';

/** A problem with one field of the call, worded in the caller's language and named by its path. */
export function fieldProblem(ctx: CallContext, path: string, key: string, params: Record<string, unknown> = {}): DomainError {
  const problem = translator(ctx.lang)(key, params);
  return new DomainError('invalid_input', 'invalidInputAt', { path, problem }, path);
}

/** How many bytes a base64 text decodes to, known before decoding it. */
function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

/** The content, once it is known to be within the limits and what its type says it is. */
function checkedContent(input: ParsedInputOf<'evidence.add'>, ctx: CallContext): Buffer {
  if (!fileTypeOf(input.mediaType)) throw fieldProblem(ctx, 'mediaType', 'evidence:errors.typeNotAllowed', { types: EVIDENCE_TYPE_LABELS });
  const size = decodedLength(input.contentBase64);
  if (size === 0) throw fieldProblem(ctx, 'contentBase64', 'evidence:errors.emptyFile');
  if (size > MAX_EVIDENCE_BYTES)
    throw fieldProblem(ctx, 'contentBase64', 'evidence:errors.tooLarge', {
      size: formatMegabytesOver(size, ctx.lang),
      limit: formatMegabytes(MAX_EVIDENCE_BYTES, ctx.lang),
    });
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (!contentMatchesMediaType(bytes, input.mediaType))
    throw fieldProblem(ctx, 'mediaType', 'evidence:errors.contentMismatch', { type: fileTypeLabel(input.mediaType) });
  return bytes;
}

const TARGET_NOT_FOUND: Record<EvidenceTarget, string> = {
  candidate: 'evidence:errors.targetNotFound.candidate',
  answer: 'evidence:errors.targetNotFound.answer',
  score: 'evidence:errors.targetNotFound.score',
  flag: 'evidence:errors.targetNotFound.flag',
  due_diligence: 'evidence:errors.targetNotFound.due_diligence',
};

/** Whether the record a file is attached to exists and belongs to the candidate. */
function targetExists(room: RoomStore, candidateId: string, attachedTo: EvidenceTarget, attachedId: string): boolean {
  switch (attachedTo) {
    case 'candidate':
      return attachedId === candidateId;
    case 'answer':
      return room.row(answerTable, { id: attachedId })?.candidateId === candidateId;
    case 'flag':
      return room.row(redFlagTable, { id: attachedId })?.candidateId === candidateId;
    case 'due_diligence':
      return room.row(dueDiligenceTable, { id: attachedId })?.candidateId === candidateId;
    case 'score': {
      // A score is named by its key, as the change log names it: evaluator/candidate/criterion.
      const [evaluatorId, scoredCandidate, criterionId, ...rest] = attachedId.split('/');
      if (rest.length > 0 || scoredCandidate !== candidateId || !evaluatorId || !criterionId) return false;
      return room.row(scoreTable, { evaluatorId, candidateId, criterionId }) !== undefined;
    }
  }
}

export function evidenceHandlers(store: DataDir): Pick<Handlers, EvidenceOps> {
  const contentDir = (room: RoomStore) => evidenceDirOf(store.roomsDir, room.id);

  return {
    'evidence.add': (input, ctx) => {
      // Everything about the file itself is checked before the room is touched.
      const bytes = checkedContent(input, ctx);
      const sha256 = sha256Of(bytes);
      const { candidateId, attachedTo, attachedId } = input;
      const room = openRoom(store, input.dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        found(room.row(candidateTable, { id: candidateId }), 'candidate', candidateId, 'candidateId');
        if (!targetExists(room, candidateId, attachedTo, attachedId))
          throw new DomainError('not_found', TARGET_NOT_FOUND[attachedTo], { id: attachedId }, 'attachedId');
        const same = room.rows(
          evidenceFileTable,
          'candidate_id = @candidateId AND attached_to = @attachedTo AND attached_id = @attachedId AND sha256 = @sha256',
          { candidateId, attachedTo, attachedId, sha256 },
        )[0];
        if (same) return { file: same, duplicate: true };
        // The content first, then the record: if storing fails, the change
        // rolls back and no record points at content that is not there.
        storeBlob(contentDir(room), sha256, bytes);
        const file = tx.insert(evidenceFileTable, {
          id: newId(),
          candidateId,
          attachedTo,
          attachedId,
          fileName: input.fileName,
          mediaType: fileTypeOf(input.mediaType)?.mediaType ?? input.mediaType,
          size: bytes.length,
          sha256,
          addedBy: ctx.actor,
          addedAt: tx.at,
        });
        return { file, duplicate: false };
      });
    },

    'evidence.read': ({ dealRoomId, evidenceId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      const file = room.row(evidenceFileTable, { id: evidenceId });
      if (!file) throw new DomainError('not_found', 'evidence:errors.fileNotFound', { id: evidenceId }, 'evidenceId');
      const bytes = readBlob(contentDir(room), file.sha256);
      if (!bytes) throw new DomainError('rule_violation', 'evidence:errors.contentMissing', { name: file.fileName }, 'evidenceId');
      return { fileName: file.fileName, mediaType: file.mediaType, contentBase64: bytes.toString('base64') };
    },

    'evidence.remove': ({ dealRoomId, evidenceId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      room.change(ctx.actor, (tx) => {
        const file = room.row(evidenceFileTable, { id: evidenceId });
        if (!file) throw new DomainError('not_found', 'evidence:errors.fileNotFound', { id: evidenceId }, 'evidenceId');
        tx.remove(evidenceFileTable, file);
      });
      removeUnusedEvidenceContent(store.roomsDir, room);
      return { deleted: true };
    },
  };
}
