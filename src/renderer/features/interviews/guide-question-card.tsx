/**
 * One question of the guide: its number and theme, the text in the reader's
 * language with the other language beneath (a bank question), the tools to
 * move or remove it, the answers recorded to it, and "Record answer".
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../shared/domain/vetting';
import type { GuideLine } from '../../../shared/questions/guide-sheet';
import { useLanguage } from '../../app/use-language';
import { AnswerSummary } from './answer-summary';

interface GuideQuestionCardProps {
  line: GuideLine;
  isFirst: boolean;
  isLast: boolean;
  answers: readonly Answer[];
  busy: boolean;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
  onRecord: () => void;
  onEditAnswer: (answer: Answer) => void;
  onDeleteAnswer: (answer: Answer) => void;
}

export function GuideQuestionCard({ line, isFirst, isLast, answers, busy, onMove, onRemove, onRecord, onEditAnswer, onDeleteAnswer }: GuideQuestionCardProps) {
  const { t } = useTranslation('interviews');
  const lang = useLanguage();
  const other = lang === 'en' ? 'ja' : 'en';
  const textId = useId();
  const n = line.number;
  return (
    <li className="guide-question" aria-labelledby={textId}>
      <div className="guide-question__head">
        <span className="guide-question__number" aria-hidden="true">
          {n}
        </span>
        <div className="guide-question__body">
          <p className="guide-question__theme">{line.kind === 'bank' ? line.theme[lang] : t('guide.ownQuestion')}</p>
          <p className="guide-question__text" id={textId}>
            {line.kind === 'bank' ? line.text[lang] : line.text}
          </p>
          {line.kind === 'bank' && (
            <p className="guide-question__other-language" lang={other}>
              {line.text[other]}
            </p>
          )}
        </div>
        <div className="guide-question__tools" role="group" aria-label={t('guide.toolsLabel', { number: n })}>
          <button
            type="button"
            className="button button--small button--quiet"
            data-focus-key={`${line.itemId}:up`}
            aria-label={t('guide.moveUp', { number: n })}
            title={t('guide.moveUp', { number: n })}
            disabled={isFirst || busy}
            onClick={() => onMove(-1)}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            data-focus-key={`${line.itemId}:down`}
            aria-label={t('guide.moveDown', { number: n })}
            title={t('guide.moveDown', { number: n })}
            disabled={isLast || busy}
            onClick={() => onMove(1)}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button type="button" className="button button--small button--quiet button--danger-text" aria-label={t('guide.remove', { number: n })} disabled={busy} onClick={onRemove}>
            {t('guide.removeShort')}
          </button>
        </div>
      </div>
      {answers.length > 0 && (
        <ul className="guide-question__answers" aria-label={t('guide.answersLabel', { number: n })}>
          {answers.map((a) => (
            <li key={a.id}>
              <AnswerSummary
                answer={a}
                showCriteria
                actions={
                  <>
                    <button type="button" className="button button--small button--quiet" aria-label={t('answer.editLabel', { name: a.answeredBy })} onClick={() => onEditAnswer(a)}>
                      {t('answer.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--quiet button--danger-text"
                      aria-label={t('answer.deleteLabel', { name: a.answeredBy })}
                      onClick={() => onDeleteAnswer(a)}
                    >
                      {t('answer.delete')}
                    </button>
                  </>
                }
              />
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button button--small guide-question__record" onClick={onRecord} aria-describedby={textId}>
        {t('guide.recordAnswer')}
      </button>
    </li>
  );
}
