/**
 * A candidate's interview guide: its questions in order, each with the
 * answers recorded to it; questions move up and down, leave the guide, or are
 * added from the bank and as our own. Every edit stores the whole guide in one
 * call. Answers to questions since taken out of the guide stay listed below:
 * they are still evidence.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { candidateName } from '../../../shared/domain/display-names';
import type { Candidate } from '../../../shared/domain/entities';
import type { Answer, InterviewItem } from '../../../shared/domain/vetting';
import { answerQuestionText, answersGuideItem } from '../../../shared/questions/answer-question';
import { guideLines, type GuideLine } from '../../../shared/questions/guide-sheet';
import { useDealRoom } from '../../app/deal-room-context';
import type { ApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { ConfirmDeleteDialog } from '../../components/confirm-delete-dialog';
import { ErrorText } from '../../components/error-text';
import { AnswerFormDialog, type AnsweredQuestion } from './answer-form-dialog';
import { AnswerSummary } from './answer-summary';
import { GuideQuestionCard } from './guide-question-card';
import { guideEntries, withEntryMoved, withEntryRemoved, withOwnQuestionAdded, type GuideEntry } from './guide-edits';
import { OwnQuestionForm } from './own-question-form';

interface InterviewGuidePanelProps {
  candidate: Candidate;
  items: readonly InterviewItem[];
  /** The guide's save action, shared with the bank's "Add to guide". */
  action: ApiAction;
  saveGuide: (entries: GuideEntry[]) => Promise<boolean>;
}

type AnswerDialog = { question: AnsweredQuestion; answer?: Answer } | null;

export function InterviewGuidePanel({ candidate, items, action, saveGuide }: InterviewGuidePanelProps) {
  const { t } = useTranslation('interviews');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [dialog, setDialog] = useState<AnswerDialog>(null);
  const [deleting, setDeleting] = useState<Answer | null>(null);
  // After a move the list re-renders in its new order; focus follows the moved question to its new place.
  const pendingFocus = useRef<{ itemId: string; index: number; step: -1 | 1 } | null>(null);
  const lines = guideLines(items);
  const entries = guideEntries(items);
  const answers = detail.answers.filter((a) => a.candidateId === candidate.id);
  const answersOf = (item: InterviewItem) => answers.filter((a) => answersGuideItem(a, item));
  const unplaced = answers.filter((a) => !items.some((item) => answersGuideItem(a, item)));
  const itemById = new Map(items.map((i) => [i.id, i]));

  useEffect(() => {
    const wanted = pendingFocus.current;
    // Wait for the stored order to arrive and the buttons to be enabled again.
    if (!wanted || action.busy || lines.findIndex((l) => l.itemId === wanted.itemId) !== wanted.index) return;
    pendingFocus.current = null;
    const find = (dir: string) => document.querySelector<HTMLButtonElement>(`[data-focus-key="${wanted.itemId}:${dir}"]`);
    const same = find(wanted.step === -1 ? 'up' : 'down');
    (same && !same.disabled ? same : find(wanted.step === -1 ? 'down' : 'up'))?.focus();
  });

  async function move(index: number, itemId: string, step: -1 | 1) {
    pendingFocus.current = { itemId, index: index + step, step };
    if (!(await saveGuide(withEntryMoved(entries, index, step)))) pendingFocus.current = null;
  }

  async function remove(index: number) {
    if (await saveGuide(withEntryRemoved(entries, index))) headingRef.current?.focus();
  }

  function questionOf(line: GuideLine): AnsweredQuestion {
    return line.kind === 'bank'
      ? { questionKey: line.questionKey, questionText: '', shown: line.text[lang] }
      : { questionKey: '', questionText: line.text, shown: line.text };
  }

  return (
    <section className="interviews-column interview-guide" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="interviews-column__title">
        {t('guide.heading', { candidate: candidateName(candidate, lang) })}
      </h3>
      <ErrorText message={formErrorFor(action.error, ['customText'])} />
      {lines.length === 0 ? (
        <p className="muted guide-empty">{t('guide.empty')}</p>
      ) : (
        <ol className="guide-list">
          {lines.map((line, index) => {
            const item = itemById.get(line.itemId);
            return (
              <GuideQuestionCard
                key={line.itemId}
                line={line}
                isFirst={index === 0}
                isLast={index === lines.length - 1}
                answers={item ? answersOf(item) : []}
                busy={action.busy}
                onMove={(step) => void move(index, line.itemId, step)}
                onRemove={() => void remove(index)}
                onRecord={() => setDialog({ question: questionOf(line) })}
                onEditAnswer={(answer) => setDialog({ question: questionOf(line), answer })}
                onDeleteAnswer={setDeleting}
              />
            );
          })}
        </ol>
      )}
      <OwnQuestionForm busy={action.busy} error={fieldErrorFor(action.error, 'customText')} onAdd={(text) => saveGuide(withOwnQuestionAdded(entries, text))} />
      {unplaced.length > 0 && (
        <section className="guide-unplaced" aria-label={t('guide.unplacedHeading')}>
          <h4 className="interviews-subheading">{t('guide.unplacedHeading')}</h4>
          <p className="muted">{t('guide.unplacedIntro')}</p>
          <ul className="guide-question__answers">
            {unplaced.map((a) => (
              <li key={a.id}>
                <AnswerSummary
                  answer={a}
                  showQuestion
                  showCriteria
                  actions={
                    <>
                      <button
                        type="button"
                        className="button button--small button--quiet"
                        aria-label={t('answer.editLabel', { name: a.answeredBy })}
                        onClick={() => setDialog({ question: { questionKey: a.questionKey, questionText: a.questionText, shown: answerQuestionText(a, lang) }, answer: a })}
                      >
                        {t('answer.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button--small button--quiet button--danger-text"
                        aria-label={t('answer.deleteLabel', { name: a.answeredBy })}
                        onClick={() => setDeleting(a)}
                      >
                        {t('answer.delete')}
                      </button>
                    </>
                  }
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      {dialog && <AnswerFormDialog open candidate={candidate} question={dialog.question} answer={dialog.answer} onClose={() => setDialog(null)} />}
      {deleting && (
        <ConfirmDeleteDialog
          title={t('answer.deleteTitle', { name: deleting.answeredBy })}
          message={t('answer.deleteBody', { question: answerQuestionText(deleting, lang) })}
          confirmLabel={t('answer.deleteConfirm')}
          remove={() => mutate('answers.delete', { dealRoomId: detail.dealRoom.id, answerId: deleting.id })}
          onDeleted={() => setDeleting(null)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
