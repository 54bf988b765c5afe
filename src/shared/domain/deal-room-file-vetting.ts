/**
 * The vetting records in the interchange file (version 3, issue 5): suitor
 * signals, interview guides, answers, red flags and the due-diligence list.
 * Evidence files are not part of the JSON document (their content is binary);
 * they travel in the portable deal-room file.
 */
import { z } from 'zod';
import { Id, LongText, ShortText } from './primitives';
import { AnswerSetting, DueDiligenceStatus, FlagConsequence, FlagStatus, IsoDate, SignalReading, SuitorSignalKind } from './vetting';

export const FileSignal = z.strictObject({
  candidate: Id,
  signal: SuitorSignalKind,
  reading: SignalReading,
  note: LongText.default(''),
});

export const FileInterviewItem = z.strictObject({
  candidate: Id,
  questionKey: z.string().max(100).default(''),
  customText: LongText.default(''),
});

export const FileAnswer = z.strictObject({
  candidate: Id,
  questionKey: z.string().max(100).default(''),
  questionText: LongText.default(''),
  answeredBy: ShortText.default(''),
  answeredOn: IsoDate.nullable().default(null),
  setting: AnswerSetting.default('group_meeting'),
  text: LongText,
  criteria: z.array(Id).max(200).default([]),
});

export const FileFlag = z.strictObject({
  candidate: Id,
  libraryKey: z.string().max(100).default(''),
  said: LongText.default(''),
  saidBy: ShortText.default(''),
  observedOn: IsoDate.nullable().default(null),
  source: ShortText.default(''),
  status: FlagStatus.default('open'),
  outcome: LongText.default(''),
  consequence: FlagConsequence.default('note'),
  criterion: Id.nullable().default(null),
  penalty: z.number().min(0).max(5).default(0),
  condition: LongText.default(''),
});

export const FileDueDiligenceItem = z.strictObject({
  candidate: Id,
  item: ShortText,
  requestedOn: IsoDate.nullable().default(null),
  dueOn: IsoDate.nullable().default(null),
  status: DueDiligenceStatus.default('requested'),
  note: LongText.default(''),
});

/** The lists version 3 added to the top level; each defaults to empty. */
export const fileVettingLists = {
  signals: z.array(FileSignal).max(100_000).default([]),
  interviewItems: z.array(FileInterviewItem).max(100_000).default([]),
  answers: z.array(FileAnswer).max(100_000).default([]),
  flags: z.array(FileFlag).max(100_000).default([]),
  dueDiligence: z.array(FileDueDiligenceItem).max(100_000).default([]),
};

type FileVetting = {
  signals: z.infer<typeof FileSignal>[];
  interviewItems: z.infer<typeof FileInterviewItem>[];
  answers: z.infer<typeof FileAnswer>[];
  flags: z.infer<typeof FileFlag>[];
  dueDiligence: z.infer<typeof FileDueDiligenceItem>[];
};

/** Every candidate and criterion a vetting row names must be in the file. */
export function checkVettingReferences(
  file: FileVetting,
  candidateIds: ReadonlySet<string>,
  criterionIds: ReadonlySet<string>,
  ctx: z.core.$RefinementCtx,
): void {
  const unknown = (path: (string | number)[], what: string, id: string) =>
    ctx.addIssue({ code: 'custom', path, message: `unknown ${what} "${id}"`, params: { rule: 'unknown_ref', id } });
  const lists = ['signals', 'interviewItems', 'answers', 'flags', 'dueDiligence'] as const;
  for (const list of lists)
    file[list].forEach((row, i) => {
      if (!candidateIds.has(row.candidate)) unknown([list, i, 'candidate'], 'candidate', row.candidate);
    });
  const signalled = new Set<string>();
  file.signals.forEach((s, i) => {
    const key = `${s.candidate}\u0000${s.signal}`;
    if (signalled.has(key)) ctx.addIssue({ code: 'custom', path: ['signals', i], message: 'this signal is already given for this candidate', params: { rule: 'duplicate' } });
    signalled.add(key);
  });
  file.answers.forEach((a, i) =>
    a.criteria.forEach((c, j) => {
      if (!criterionIds.has(c)) unknown(['answers', i, 'criteria', j], 'criterion', c);
    }),
  );
  file.flags.forEach((f, i) => {
    if (f.criterion !== null && !criterionIds.has(f.criterion)) unknown(['flags', i, 'criterion'], 'criterion', f.criterion);
  });
}
