/**
 * The comparison matrix's terms section (issue 6): for each compared
 * candidate, the pilot length, when exclusivity can first start and on what
 * conditions, the number of milestones, the open risks, the exit difficulty
 * and the legal review, from the terms summary as of today. Its own table
 * below the criteria: the values are facts of the deal, not scores, so they
 * stay out of the weighted rows and totals.
 */
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { candidateName } from '../../../shared/domain/display-names';
import type { DealRoomDetail, Language } from '../../../shared/domain/entities';
import { localIsoDate } from '../../../shared/diligence/overdue';
import { summarizeTerms } from '../../../shared/terms/terms-summary';
import type { TermsSummary } from '../../../shared/terms/terms-evaluation';
import type { Section } from '../../app/section-tabs';
import { useTermWords } from '../terms/term-words';
import '../terms/terms.css';

export function MatrixTermsSection({ detail, lang, onGoTo }: { detail: DealRoomDetail; lang: Language; onGoTo: (s: Section) => void }) {
  const { t } = useTranslation('termsReview');
  const words = useTermWords();
  // The reader's own calendar day: the section reads the terms as they stand today.
  const today = localIsoDate(new Date());
  const columns = useMemo(
    () =>
      detail.candidates
        .filter((c) => c.compared)
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map((c) => ({ id: c.id, name: candidateName(c, lang), summary: summarizeTerms(detail, c.id, today) })),
    [detail, lang, today],
  );
  if (columns.length === 0) return null;
  const anySheet = columns.some((c) => c.summary.hasSheet);

  const dash = (
    <span className="muted">
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('matrix.noSheet')}</span>
    </span>
  );
  const rows: { id: string; label: string; cell: (s: TermsSummary) => ReactNode }[] = [
    { id: 'pilot', label: t('matrix.pilot'), cell: (s) => (s.pilotMonths === null ? t('matrix.noPilot') : t('matrix.months', { count: s.pilotMonths })) },
    { id: 'first', label: t('matrix.firstExclusivity'), cell: (s) => (s.firstExclusivity ? s.firstExclusivity.text[lang] : t('matrix.noExclusivity')) },
    { id: 'milestones', label: t('matrix.milestones'), cell: (s) => String(s.milestoneCount) },
    { id: 'risks', label: t('matrix.openRisks'), cell: (s) => String(s.openRiskCount) },
    { id: 'exit', label: t('matrix.exit'), cell: (s) => (s.exitDifficulty ? t('matrix.exitScore', { score: s.exitDifficulty.score, band: words.band[s.exitDifficulty.band] }) : null) },
    { id: 'review', label: t('matrix.review'), cell: (s) => (s.reviewStatus ? words.review[s.reviewStatus] : null) },
  ];

  return (
    <section className="matrix-terms" aria-labelledby="matrix-terms-title">
      <h3 id="matrix-terms-title" className="section-title">
        {t('matrix.heading')}
      </h3>
      {!anySheet ? (
        <p className="section-intro">
          {t('matrix.none')}{' '}
          <button type="button" className="button button--small" onClick={() => onGoTo('terms')}>
            {t('matrix.goToTerms')}
          </button>
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table matrix-terms__table">
            <caption className="visually-hidden">{t('matrix.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('matrix.term')}</th>
                {columns.map((c) => (
                  <th key={c.id} scope="col">
                    {c.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.label}</th>
                  {columns.map((c) => (
                    <td key={c.id}>
                      {c.summary.hasSheet ? row.cell(c.summary) : dash}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
