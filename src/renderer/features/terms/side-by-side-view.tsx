/** The "Side by side" view: the compared candidates' terms as of the chosen date. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealRoomDetail, Language } from '../../../shared/domain/entities';
import { summarizeTerms } from '../../../shared/terms/terms-summary';
import type { Section } from '../../app/section-tabs';
import { EmptyState } from '../../components/empty-state';
import type { CandidateTerms } from './candidate-terms';
import { buildSideBySide } from './side-by-side-rows';
import { SideBySideTable } from './side-by-side-table';

interface SideBySideViewProps {
  detail: DealRoomDetail;
  terms: CandidateTerms[];
  asOf: string;
  lang: Language;
  onOpenSheet: (candidateId: string) => void;
  onGoTo: (s: Section) => void;
}

export function SideBySideView({ detail, terms, asOf, lang, onOpenSheet, onGoTo }: SideBySideViewProps) {
  const { t } = useTranslation('termsReview');
  const compared = useMemo(() => terms.filter((x) => x.candidate.compared), [terms]);
  const model = useMemo(() => {
    const first = new Map(compared.filter((x) => x.records).map((x) => [x.candidate.id, summarizeTerms(detail, x.candidate.id, asOf).firstExclusivity]));
    return buildSideBySide(compared, first);
  }, [detail, compared, asOf]);

  if (compared.length === 0) {
    return (
      <EmptyState
        action={
          <button type="button" className="button" onClick={() => onGoTo('candidates')}>
            {t('side.goToCandidates')}
          </button>
        }
      >
        {t('side.noCompared')}
      </EmptyState>
    );
  }
  return <SideBySideTable model={model} asOf={asOf} lang={lang} onOpenSheet={onOpenSheet} />;
}
