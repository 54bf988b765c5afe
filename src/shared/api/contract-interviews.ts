/**
 * Contract operations of the vetting workflow (issue 5): interview guides and
 * answers. The question bank itself is shared code (src/shared/questions), the
 * same in every deal-room; a guide stores the keys of the questions it asks.
 */
import { z } from 'zod';
import { Id, LongText, ShortText } from '../domain/primitives';
import { Answer, AnswerSetting, InterviewItem, IsoDate } from '../domain/vetting';
import { Deleted, op } from './contract-op';

/** A question of the bank by its key, or one written for this candidate; the handler checks that exactly one is given. */
const GuideItemInput = z.strictObject({
  questionKey: z.string().max(100).default(''),
  customText: LongText.trim().default(''),
});

/** What a person records about an answer. Empty answers and nameless answerers are no evidence. */
const AnswerFields = z.strictObject({
  answeredBy: ShortText.min(1),
  answeredOn: IsoDate.nullable(),
  setting: AnswerSetting,
  text: LongText.trim().min(1),
  /** The criteria the answer is evidence for; omitted on record: those its question informs. */
  criterionIds: z.array(Id).max(200),
});

export const interviewOps = {
  /**
   * Replaces a candidate's interview guide with `items`, in that order, in one
   * transaction. Questions already in the guide keep their record (and their
   * change-log history); those left out are removed; answers are never touched.
   */
  'interviews.setGuide': op(z.strictObject({ dealRoomId: Id, candidateId: Id, items: z.array(GuideItemInput).max(200) }), z.array(InterviewItem)),
  /** Records an answer to a bank question (questionKey) or to a question of our own (questionText). */
  'answers.record': op(
    AnswerFields.partial({ criterionIds: true }).extend({
      dealRoomId: Id,
      candidateId: Id,
      questionKey: z.string().max(100).default(''),
      questionText: LongText.trim().default(''),
    }),
    Answer,
  ),
  'answers.update': op(z.strictObject({ dealRoomId: Id, answerId: Id, patch: AnswerFields.partial() }), Answer),
  'answers.delete': op(z.strictObject({ dealRoomId: Id, answerId: Id }), Deleted),
} as const;
