/**
 * The "Risks" view: per candidate, what the term-risk review finds (grouped
 * by severity, each with its remedy and the reviewer comments on its
 * subject), and how hard it would be to leave the partner, with the reasons
 * behind the score.
 */
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/entities';
import { ClauseRef } from '../../../shared/domain/terms';
import type { ExitDifficulty } from '../../../shared/terms/terms-evaluation';
import { Badge } from '../../components/badge';
import { EmptyState } from '../../components/empty-state';
import { ClauseCommentsButton } from '../terms-editor/clause-comments';
import { risksBySeverity, type CandidateTerms } from './candidate-terms';
import { REVIEW_TONE, SEVERITY_ICON, SEVERITY_TONE, useTermWords } from './term-words';

export function RisksView({ terms, lang, onOpenSheet }: { terms: CandidateTerms[]; lang: Language; onOpenSheet: (candidateId: string) => void }) {
  const { t } = useTranslation('termsReview');
  const withSheets = terms.filter((x) => x.records && x.review);
  if (withSheets.length === 0) return <EmptyState>{t('risks.empty')}</EmptyState>;
  return (
    <div className="terms-risks">
      {withSheets.map((x) => (
        <CandidateRisks key={x.candidate.id} terms={x} lang={lang} onOpenSheet={onOpenSheet} />
      ))}
    </div>
  );
}

function CandidateRisks({ terms, lang, onOpenSheet }: { terms: CandidateTerms; lang: Language; onOpenSheet: (candidateId: string) => void }) {
  const { t } = useTranslation('termsReview');
  const words = useTermWords();
  const sheet = terms.records!.sheet;
  const review = terms.review!;
  const headingId = `terms-risks-${terms.candidate.id}`;
  const groups = risksBySeverity(review.risks);
  return (
    <section className="terms-risks__candidate" aria-labelledby={headingId}>
      <div className="terms-risks__header">
        <h3 id={headingId} className="section-title">
          {terms.name}
        </h3>
        <Badge tone={REVIEW_TONE[sheet.reviewStatus]}>{words.review[sheet.reviewStatus]}</Badge>
        <button type="button" className="button button--small" onClick={() => onOpenSheet(terms.candidate.id)}>
          {t('risks.openSheet', { name: terms.name })}
        </button>
      </div>
      <div className="terms-risks__body">
        <div className="terms-risks__findings">
          {groups.length === 0 ? (
            <p className="muted">{t('risks.none', { name: terms.name })}</p>
          ) : (
            groups.map((g) => (
              <div key={g.severity} className="terms-risks__group">
                <h4 className="section-subtitle">
                  <span className={`terms-risks__icon terms-risks__icon--${g.severity}`} aria-hidden="true">
                    {SEVERITY_ICON[g.severity]}
                  </span>{' '}
                  {t('risks.groupHeading', { severity: words.severity[g.severity], count: g.risks.length })}
                </h4>
                <ul className="terms-risks__list">
                  {g.risks.map((r, i) => {
                    const subject = ClauseRef.safeParse(r.subject);
                    return (
                      <li key={`${r.rule}-${r.subject}-${i}`} className={`terms-risk terms-risk--${r.severity}`}>
                        <div className="terms-risk__text">
                          <p className="terms-risk__finding">
                            <Badge tone={SEVERITY_TONE[r.severity]}>{words.severity[r.severity]}</Badge> {r.finding[lang]}
                          </p>
                          <p className="terms-risk__remedy">
                            <span className="terms-risk__remedy-label">{t('risks.remedy')}</span> {r.remedy[lang]}
                          </p>
                        </div>
                        {subject.success && <ClauseCommentsButton termSheetId={sheet.id} clause={subject.data} />}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))
          )}
        </div>
        <ExitDifficultyBlock exit={review.exit} name={terms.name} />
      </div>
    </section>
  );
}

function ExitDifficultyBlock({ exit, name }: { exit: ExitDifficulty; name: string }) {
  const { t, i18n } = useTranslation('termsReview');
  const words = useTermWords();
  const lang: Language = i18n.language === 'ja' ? 'ja' : 'en';
  return (
    <div className="terms-exit">
      <h4 className="section-subtitle">{t('risks.exitHeading')}</h4>
      <p className="terms-exit__score">{t('risks.exitScore', { score: exit.score, band: words.band[exit.band] })}</p>
      <div
        className={`terms-exit__bar terms-exit__bar--${exit.band}`}
        role="meter"
        aria-label={t('risks.exitMeter', { name })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={exit.score}
        aria-valuetext={t('risks.exitScore', { score: exit.score, band: words.band[exit.band] })}
      >
        <span className="terms-exit__fill" style={{ width: `${Math.min(Math.max(exit.score, 0), 100)}%` }} />
      </div>
      {exit.reasons.length === 0 ? (
        <p className="muted">{t('risks.noExitReasons')}</p>
      ) : (
        <ul className="terms-exit__reasons" aria-label={t('risks.exitReasons')}>
          {exit.reasons.map((r, i) => (
            <li key={i}>
              <span className="terms-exit__points">{t('risks.points', { count: r.points })}</span> {r.text[lang]}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
