/**
 * One recorded answer as it reads everywhere: where and when it was given and
 * by whom, what was said, and (where asked) the question and the criteria it
 * is evidence for. A private one-to-one answer is marked, because it may
 * differ from what was said in a group.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { labelName } from '../../../shared/domain/display-names';
import type { Answer } from '../../../shared/domain/vetting';
import { answerQuestionText } from '../../../shared/questions/answer-question';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import { Badge } from '../../components/badge';
import { useAnswerSettingLabel } from './answer-setting-label';
import { formatCalendarDate } from '../../../shared/i18n/format';

interface AnswerSummaryProps {
  answer: Answer;
  showQuestion?: boolean;
  showCriteria?: boolean;
  actions?: ReactNode;
}

export function AnswerSummary({ answer, showQuestion = false, showCriteria = false, actions }: AnswerSummaryProps) {
  const { t } = useTranslation('interviews');
  const lang = useLanguage();
  const { detail } = useDealRoom();
  const settingLabel = useAnswerSettingLabel();
  const criteria = [...detail.criteria].sort((a, b) => a.sortOrder - b.sortOrder).filter((c) => answer.criterionIds.includes(c.id));
  return (
    <article className="answer-summary" aria-label={t('answer.label', { name: answer.answeredBy })}>
      {showQuestion && <p className="answer-summary__question">{answerQuestionText(answer, lang)}</p>}
      <p className="answer-summary__meta">
        <Badge tone={answer.setting === 'one_to_one' ? 'accent' : 'neutral'}>{settingLabel(answer.setting)}</Badge>
        <span className="answer-summary__who">{answer.answeredBy}</span>
        <span>{answer.answeredOn ? formatCalendarDate(answer.answeredOn, lang) : t('answer.noDate')}</span>
      </p>
      <p className="answer-summary__text">{answer.text}</p>
      {showCriteria && (
        <p className="answer-summary__criteria">
          {criteria.length === 0
            ? t('answer.noCriteria')
            : t('answer.evidenceFor', { criteria: criteria.map((c) => labelName(c, lang)).join(t('answer.listSeparator')) })}
        </p>
      )}
      {actions && <div className="answer-summary__actions">{actions}</div>}
    </article>
  );
}
