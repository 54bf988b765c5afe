/**
 * The "Term sheets" view: pick a candidate, edit its term sheet, and read
 * beside it what the sheet gives as of the chosen date.
 */
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/entities';
import { SelectField } from '../../components/select-field';
import { TermSheetEditor } from '../terms-editor/term-sheet-editor';
import type { CandidateTerms } from './candidate-terms';
import { SheetEvaluationPanel } from './sheet-evaluation-panel';

interface SheetViewProps {
  terms: CandidateTerms[];
  chosen: CandidateTerms;
  asOf: string;
  lang: Language;
  onChoose: (candidateId: string) => void;
}

export function SheetView({ terms, chosen, asOf, lang, onChoose }: SheetViewProps) {
  const { t } = useTranslation('termsReview');
  return (
    <div className="terms-sheet-view">
      <SelectField
        className="terms-sheet-view__candidate"
        label={t('sheets.candidate')}
        value={chosen.candidate.id}
        options={terms.map((x) => ({ value: x.candidate.id, label: x.records ? x.name : t('sheets.withoutSheet', { name: x.name }) }))}
        onChange={onChoose}
      />
      <div className="terms-sheet-view__layout">
        <div className="terms-sheet-view__editor">
          <TermSheetEditor key={chosen.candidate.id} candidateId={chosen.candidate.id} />
        </div>
        <aside className="terms-sheet-view__aside">
          <SheetEvaluationPanel terms={chosen} asOf={asOf} lang={lang} />
        </aside>
      </div>
    </div>
  );
}
