/**
 * Staged terms (issue 6): each candidate's proposed deal, replayed as of a
 * chosen date. The header holds the as-of date; below it the views: the term
 * sheets with their evaluation, the compared candidates side by side, a
 * timeline, the collision check and the term-risk review. Everything is
 * computed in memory from the open deal-room by the pure terms engine, so
 * moving the date replays the deal at once.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../shared/diligence/overdue';
import { useDealRoom } from '../../app/deal-room-context';
import type { Section } from '../../app/section-tabs';
import { useLanguage } from '../../app/use-language';
import { EmptyState } from '../../components/empty-state';
import { Notice } from '../../components/notice';
import { ScreenHeader } from '../../components/screen-header';
import { AsOfControl } from './as-of-control';
import { asOfSpan, clampToSpan } from './as-of-span';
import { CollisionsView } from './collisions-view';
import { RisksView } from './risks-view';
import { SheetView } from './sheet-view';
import { SideBySideView } from './side-by-side-view';
import { TermsViewTabs } from './terms-view-tabs';
import { TERMS_VIEW_PANEL_ID, termsViewTabId, type TermsView } from './terms-views';
import { TimelineView } from './timeline-view';
import { useCandidateTerms } from './use-candidate-terms';
import './terms.css';

export function TermsScreen({ onGoTo }: { onGoTo: (s: Section) => void }) {
  const { t } = useTranslation('termsReview');
  const lang = useLanguage();
  const { detail } = useDealRoom();
  // The reader's own calendar day.
  const today = localIsoDate(new Date());
  const span = useMemo(() => asOfSpan(detail.phases), [detail.phases]);
  /** The date the reader chose; until then, today brought into the span of the terms. */
  const [chosenAsOf, setChosenAsOf] = useState<string | null>(null);
  const asOf = chosenAsOf ?? clampToSpan(today, span);
  const [view, setView] = useState<TermsView>('sheets');
  const [chosenCandidateId, setChosenCandidateId] = useState('');
  const terms = useCandidateTerms(detail, asOf, lang);

  const openSheet = useCallback((candidateId: string) => {
    setChosenCandidateId(candidateId);
    setView('sheets');
  }, []);

  const header = <ScreenHeader id="terms-title" title={t('screen.heading')} intro={t('screen.intro')} />;

  const chosen = terms.find((x) => x.candidate.id === chosenCandidateId) ?? terms[0];
  if (!chosen) {
    return (
      <section className="screen terms" aria-labelledby="terms-title">
        {header}
        <EmptyState
          action={
            <button type="button" className="button button--primary" onClick={() => onGoTo('candidates')}>
              {t('screen.goToCandidates')}
            </button>
          }
        >
          {t('screen.noCandidates')}
        </EmptyState>
      </section>
    );
  }

  const noSheets = detail.termSheets.length === 0;
  const explainStagedTerms = t('screen.noSheets');

  return (
    <section className="screen terms" aria-labelledby="terms-title">
      {header}
      <AsOfControl asOf={asOf} span={span} today={today} lang={lang} onChange={setChosenAsOf} />
      <TermsViewTabs current={view} onSelect={setView} />
      <div className="terms__panel" role="tabpanel" id={TERMS_VIEW_PANEL_ID} aria-labelledby={termsViewTabId(view)}>
        {view === 'sheets' && (
          <>
            {noSheets && (
              <Notice tone="info">
                <p>{explainStagedTerms}</p>
              </Notice>
            )}
            <SheetView terms={terms} chosen={chosen} asOf={asOf} lang={lang} onChoose={setChosenCandidateId} />
          </>
        )}
        {view !== 'sheets' && noSheets ? (
          <EmptyState
            action={
              <button type="button" className="button button--primary" onClick={() => setView('sheets')}>
                {t('screen.goToSheets')}
              </button>
            }
          >
            {explainStagedTerms}
          </EmptyState>
        ) : (
          <>
            {view === 'side' && <SideBySideView detail={detail} terms={terms} asOf={asOf} lang={lang} onOpenSheet={openSheet} onGoTo={onGoTo} />}
            {view === 'timeline' && <TimelineView terms={terms} asOf={asOf} today={today} lang={lang} />}
            {view === 'collisions' && <CollisionsView detail={detail} asOf={asOf} lang={lang} onOpenSheet={openSheet} />}
            {view === 'risks' && <RisksView terms={terms} lang={lang} onOpenSheet={openSheet} />}
          </>
        )}
      </div>
    </section>
  );
}
