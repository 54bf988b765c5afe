/**
 * Scoring: choose who is scoring, type scores into the grid, and use the side
 * panel for the scale, confidence, rationale and the panel's consensus. The
 * sheet bar submits or reopens the chosen evaluator's sheet and, in
 * independent mode, says what is hidden from them until they submit.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { collator } from '../../../shared/i18n/format';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import type { Section } from '../../app/section-tabs';
import { EmptyState } from '../../components/empty-state';
import { ScreenHeader } from '../../components/screen-header';
import { CheckboxField } from '../../components/checkbox-field';
import { SelectField } from '../../components/select-field';
import { ComparedCountNotice } from '../candidates/compared-count-notice';
import { CellPanel } from './cell-panel';
import { ScoreGrid } from './score-grid';
import { SheetBar } from './sheet-bar';
import type { CellKey } from './score-lookup';

export function ScoringScreen({ onGoTo }: { onGoTo: (s: Section) => void }) {
  const { t } = useTranslation('ui');
  const lang = useLanguage();
  const { detail } = useDealRoom();
  const byName = collator(lang);
  const evaluators = [...detail.evaluators].sort((a, b) => byName.compare(a.name, b.name));
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [selected, setSelected] = useState<CellKey | null>(null);
  // The long list can be scored too, to help decide whom to compare.
  const [includeAll, setIncludeAll] = useState(false);
  const evaluator = evaluators.find((e) => e.id === chosenId) ?? evaluators[0];
  const comparedCount = detail.candidates.filter((c) => c.compared).length;
  const candidates = detail.candidates.filter((c) => includeAll || c.compared).sort((a, b) => a.sortOrder - b.sortOrder);
  const pillars = [...detail.pillars].sort((a, b) => a.sortOrder - b.sortOrder);
  const criteria = [...detail.criteria].sort((a, b) => a.sortOrder - b.sortOrder);
  const selectedCandidate = selected && candidates.find((c) => c.id === selected.candidateId);
  const selectedCriterion = selected && criteria.find((c) => c.id === selected.criterionId);

  return (
    <section className="screen" aria-labelledby="scoring-title">
      <ScreenHeader id="scoring-title" title={t('scoring.heading')} intro={t('scoring.intro')} />
      {!evaluator ? (
        <EmptyState
          action={
            <button type="button" className="button button--primary" onClick={() => onGoTo('evaluators')}>
              {t('scoring.goToEvaluators')}
            </button>
          }
        >
          {t('scoring.noEvaluators')}
        </EmptyState>
      ) : (
        <>
          <div className="scoring-toolbar">
            <SelectField
              label={t('scoring.evaluator')}
              value={evaluator.id}
              options={evaluators.map((e) => ({ value: e.id, label: e.department ? t('scoring.evaluatorOption', { name: e.name, department: e.department }) : e.name }))}
              onChange={setChosenId}
              className="scoring-toolbar__evaluator"
            />
            {comparedCount < detail.candidates.length && (
              <CheckboxField label={t('scoring.includeAll', { count: detail.candidates.length - comparedCount })} checked={includeAll} onChange={setIncludeAll} />
            )}
            <p className="field__hint">{t('scoring.cellHint')}</p>
          </div>
          <SheetBar evaluator={evaluator} />
          <ComparedCountNotice count={comparedCount} />
          {candidates.length === 0 || criteria.length === 0 ? (
            <EmptyState>{t('scoring.noGrid')}</EmptyState>
          ) : (
            <div className="scoring-layout">
              <ScoreGrid evaluator={evaluator} candidates={candidates} pillars={pillars} criteria={criteria} selected={selected} onSelect={setSelected} />
              {selectedCandidate && selectedCriterion ? (
                <CellPanel candidate={selectedCandidate} criterion={selectedCriterion} evaluator={evaluator} />
              ) : (
                <aside className="panel panel--hint">
                  <p className="muted">{t('scoring.selectCell')}</p>
                </aside>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
