/**
 * One candidate's terms as of the chosen date: the rights in force (each as
 * the engine's sentence), every trigger with its status, conflicting actions
 * as warnings (reported, never resolved silently), and where each milestone
 * stands.
 */
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/entities';
import { formatCalendarDate } from '../../../shared/i18n/format';
import { Badge } from '../../components/badge';
import { Notice } from '../../components/notice';
import type { CandidateTerms } from './candidate-terms';
import { STANDING_TONE, TRIGGER_TONE, useTermWords } from './term-words';

export function SheetEvaluationPanel({ terms, asOf, lang }: { terms: CandidateTerms; asOf: string; lang: Language }) {
  const { t } = useTranslation('termsReview');
  const words = useTermWords();
  const { records, evaluation } = terms;
  const date = formatCalendarDate(asOf, lang);
  const headingId = `terms-evaluation-${terms.candidate.id}`;

  if (!records || !evaluation) {
    return (
      <section className="terms-evaluation" aria-labelledby={headingId}>
        <h3 id={headingId} className="section-title">
          {t('evaluation.heading', { date })}
        </h3>
        <p className="muted">{t('evaluation.noSheet', { name: terms.name })}</p>
      </section>
    );
  }

  const milestoneById = new Map(records.milestones.map((m) => [m.id, m]));
  return (
    <section className="terms-evaluation" aria-labelledby={headingId}>
      <h3 id={headingId} className="section-title">
        {t('evaluation.heading', { date })}
      </h3>
      <p className="terms-evaluation__term">
        {evaluation.termEndsOn ? t('evaluation.termEnds', { date: formatCalendarDate(evaluation.termEndsOn, lang) }) : t('evaluation.noPhases')}
      </p>

      {evaluation.conflicts.length > 0 && (
        <div className="terms-evaluation__conflicts" aria-label={t('evaluation.conflicts')} role="group">
          {evaluation.conflicts.map((c) => (
            <Notice key={`${c.triggerIds.join('-')}-${c.on}`} tone="warn">
              <p>
                <strong>{t('evaluation.conflictTitle')}</strong> {c.sentence[lang]}
              </p>
            </Notice>
          ))}
        </div>
      )}

      <h4 className="section-subtitle">{t('evaluation.rights')}</h4>
      {evaluation.rights.length === 0 ? (
        <p className="muted">{t('evaluation.noRights')}</p>
      ) : (
        <ul className="terms-evaluation__rights" aria-label={t('evaluation.rights')}>
          {evaluation.rights.map((r, i) => (
            <li key={`${r.kind}-${i}`}>{r.sentence[lang]}</li>
          ))}
        </ul>
      )}

      <h4 className="section-subtitle">{t('evaluation.triggers')}</h4>
      {evaluation.triggers.length === 0 ? (
        <p className="muted">{t('evaluation.noTriggers')}</p>
      ) : (
        <ul className="terms-evaluation__list" aria-label={t('evaluation.triggers')}>
          {evaluation.triggers.map((tr) => (
            <li key={tr.triggerId} className="terms-evaluation__item">
              <span className="terms-evaluation__code">{tr.code}</span>
              <Badge tone={TRIGGER_TONE[tr.status]}>
                {tr.status === 'fired' && tr.firedOn ? t('evaluation.firedOn', { date: formatCalendarDate(tr.firedOn, lang) }) : words.triggerStatus[tr.status]}
              </Badge>
              <span className="terms-evaluation__sentence">{tr.sentence[lang]}</span>
            </li>
          ))}
        </ul>
      )}

      <h4 className="section-subtitle">{t('evaluation.milestones')}</h4>
      {evaluation.milestones.length === 0 ? (
        <p className="muted">{t('evaluation.noMilestones')}</p>
      ) : (
        <ul className="terms-evaluation__list" aria-label={t('evaluation.milestones')}>
          {evaluation.milestones.map((m) => {
            const record = milestoneById.get(m.milestoneId);
            return (
              <li key={m.milestoneId} className="terms-evaluation__item">
                <span className="terms-evaluation__code">{m.code}</span>
                <Badge tone={STANDING_TONE[m.standing]}>
                  {m.since ? t('evaluation.standingSince', { standing: words.standing[m.standing], date: formatCalendarDate(m.since, lang) }) : words.standing[m.standing]}
                </Badge>
                {record && (
                  <span className="terms-evaluation__sentence">
                    {t('evaluation.due', { date: formatCalendarDate(record.dueOn, lang) })}
                    {record.description ? ` · ${record.description}` : ''}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
