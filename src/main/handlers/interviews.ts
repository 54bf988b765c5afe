/**
 * Interview guides and answers (issue 5, "Questions before terms"). A guide
 * is replaced whole, in one transaction, keeping the records of questions
 * that stay; an answer is evidence for criteria, by default those its
 * question informs in this room (matched by the criteria library key).
 */
import { removeEvidenceAttachedTo } from './dependent-evidence';
import type { CallContext, Handlers } from '../../shared/api/contract';
import type { Answer, InterviewItem } from '../../shared/domain/vetting';
import { translator } from '../../shared/i18n/translator';
import { criteriaInformedBy } from '../../shared/questions/informed-criteria';
import { bankQuestion } from '../../shared/questions/question-bank';
import type { DataDir } from '../store/data-dir';
import { answerTable, candidateTable, criterionTable, interviewItemTable } from '../store/entity-tables';
import { newId } from '../store/room-id';
import type { RoomStore } from '../store/room-store';
import { DomainError } from './domain-error';
import { found, openRoom } from './room-access';

type InterviewOps = 'interviews.setGuide' | 'answers.record' | 'answers.update' | 'answers.delete';

/** A field the contract's schema accepted but our rules refuse, worded like the schema's own messages. */
function fieldProblem(ctx: CallContext, path: string, key: string, params: Record<string, unknown> = {}): DomainError {
  const problem = translator(ctx.lang)(key, params);
  return new DomainError('invalid_input', 'invalidInputAt', { path, problem }, path);
}

interface WantedItem {
  questionKey: string;
  customText: string;
}

/** Each item is a known bank question or a text of our own, never both, and none appears twice. */
function checkGuideItems(items: readonly WantedItem[], ctx: CallContext): WantedItem[] {
  const seen = new Set<string>();
  return items.map((item, i) => {
    const hasKey = item.questionKey !== '';
    const hasText = item.customText !== '';
    if (!hasKey && !hasText) throw fieldProblem(ctx, `items[${i}].customText`, 'interviews:errors.questionMissing');
    if (hasKey && hasText) throw fieldProblem(ctx, `items[${i}]`, 'interviews:errors.questionOrOwnText');
    if (hasKey && !bankQuestion(item.questionKey)) {
      throw fieldProblem(ctx, `items[${i}].questionKey`, 'interviews:errors.unknownQuestion', { key: item.questionKey });
    }
    const identity = hasKey ? `bank:${item.questionKey}` : `own:${item.customText}`;
    if (seen.has(identity)) throw fieldProblem(ctx, `items[${i}]${hasKey ? '.questionKey' : '.customText'}`, 'interviews:errors.questionTwice');
    seen.add(identity);
    return item;
  });
}

/** The criteria ids, once each and in the order given; every one must be a criterion of this room. */
function checkCriteria(room: RoomStore, criterionIds: readonly string[], path: string): string[] {
  const unique = [...new Set(criterionIds)];
  criterionIds.forEach((id, i) => found(room.row(criterionTable, { id }), 'criterion', id, `${path}[${i}]`));
  return unique;
}

function answerOf(room: RoomStore, answerId: string): Answer {
  const answer = room.row(answerTable, { id: answerId });
  if (!answer) throw new DomainError('not_found', 'interviews:errors.answerNotFound', { id: answerId }, 'answerId');
  return answer;
}

export function interviewHandlers(store: DataDir): Pick<Handlers, InterviewOps> {
  return {
    'interviews.setGuide': ({ dealRoomId, candidateId, items }, ctx) => {
      const wanted = checkGuideItems(items, ctx);
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        found(room.row(candidateTable, { id: candidateId }), 'candidate', candidateId, 'candidateId');
        const unmatched = room.rows(interviewItemTable, 'candidate_id = @candidateId', { candidateId });
        const guide = wanted.map((w, sortOrder): InterviewItem => {
          // A question that stays keeps its record: the change log then shows a move, not a removal and a new question.
          const at = unmatched.findIndex((c) => c.questionKey === w.questionKey && (w.questionKey !== '' || c.customText === w.customText));
          const kept = at >= 0 ? unmatched.splice(at, 1)[0] : undefined;
          if (kept) return tx.update(interviewItemTable, kept, { sortOrder });
          return tx.insert(interviewItemTable, { id: newId(), candidateId, questionKey: w.questionKey, customText: w.customText, sortOrder });
        });
        for (const gone of unmatched) tx.remove(interviewItemTable, gone);
        return guide;
      });
    },

    'answers.record': ({ dealRoomId, candidateId, questionKey, questionText, answeredBy, answeredOn, setting, text, criterionIds }, ctx) => {
      if (questionKey === '' && questionText === '') throw fieldProblem(ctx, 'questionText', 'interviews:errors.questionMissing');
      if (questionKey !== '' && questionText !== '') throw fieldProblem(ctx, 'questionText', 'interviews:errors.questionOrOwnText');
      if (questionKey !== '' && !bankQuestion(questionKey)) {
        throw fieldProblem(ctx, 'questionKey', 'interviews:errors.unknownQuestion', { key: questionKey });
      }
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        found(room.row(candidateTable, { id: candidateId }), 'candidate', candidateId, 'candidateId');
        const links = criterionIds === undefined ? criteriaInformedBy(questionKey, room.rows(criterionTable)) : checkCriteria(room, criterionIds, 'criterionIds');
        return tx.insert(answerTable, {
          id: newId(),
          candidateId,
          questionKey,
          questionText,
          answeredBy,
          answeredOn,
          setting,
          text,
          criterionIds: links,
          createdAt: tx.at,
          updatedAt: tx.at,
        });
      });
    },

    'answers.update': ({ dealRoomId, answerId, patch }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const before = answerOf(room, answerId);
        const criterionIds = patch.criterionIds === undefined ? undefined : checkCriteria(room, patch.criterionIds, 'patch.criterionIds');
        // updatedAt is bookkeeping: the store writes it only when a field a person changed did change.
        return tx.update(answerTable, before, { ...patch, criterionIds, updatedAt: tx.at });
      });
    },

    'answers.delete': ({ dealRoomId, answerId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      room.change(ctx.actor, (tx) => {
        const answer = answerOf(room, answerId);
        // Files attached to the answer go with it, each logged.
        removeEvidenceAttachedTo(room, tx, 'answer', answer.id);
        tx.remove(answerTable, answer);
      });
      return { deleted: true };
    },
  };
}
