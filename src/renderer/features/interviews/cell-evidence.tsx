/**
 * Beside a score: the answers that are evidence for this candidate on this
 * criterion (issue 5: "the scoring screen shows the evidence behind each
 * cell"), with their count, so a score can be given, and questioned, on what
 * the candidate actually said.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { candidateName } from '../../../shared/domain/display-names';
import type { Candidate, Criterion } from '../../../shared/domain/entities';
import { formatPoints } from '../../../shared/i18n/format';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import { Badge } from '../../components/badge';
import { AnswerSummary } from './answer-summary';
import './interviews.css';

export function CellEvidence({ candidate, criterion }: { candidate: Candidate; criterion: Criterion }) {
  const { t } = useTranslation('interviews');
  const lang = useLanguage();
  const { detail } = useDealRoom();
  const headingId = useId();
  const answers = detail.answers.filter((a) => a.candidateId === candidate.id && a.criterionIds.includes(criterion.id));
  return (
    <section className="panel__section cell-evidence" aria-labelledby={headingId}>
      <h4 className="panel__subheading cell-evidence__heading">
        <span id={headingId}>{t('evidence.heading')}</span>
        <Badge tone={answers.length > 0 ? 'accent' : 'neutral'} title={t('evidence.count', { count: answers.length })}>
          <span aria-hidden="true">{formatPoints(answers.length, lang, 0)}</span>
          <span className="visually-hidden">{t('evidence.count', { count: answers.length })}</span>
        </Badge>
      </h4>
      {answers.length === 0 ? (
        <p className="muted">{t('evidence.none', { candidate: candidateName(candidate, lang) })}</p>
      ) : (
        <ul className="cell-evidence__list">
          {answers.map((a) => (
            <li key={a.id}>
              <AnswerSummary answer={a} showQuestion />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
