/**
 * One evaluator's scores as a grid: criteria down (grouped by pillar),
 * compared candidates across. Focusing a cell opens it in the side panel.
 * A candidate the evaluator declared a conflict with cannot be scored, and a
 * submitted sheet is shown read-only.
 */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate, Criterion, Evaluator, Pillar } from '../../../shared/domain/entities';
import { candidateAltName, candidateName, labelName } from '../../../shared/domain/display-names';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import { ConflictCell } from './conflict-cell';
import { ScoreCellInput } from './score-cell-input';
import { findScore, hasConflict, type CellKey } from './score-lookup';

interface ScoreGridProps {
  evaluator: Evaluator;
  candidates: Candidate[];
  pillars: Pillar[];
  criteria: Criterion[];
  selected: CellKey | null;
  onSelect: (cell: CellKey) => void;
}

export function ScoreGrid({ evaluator, candidates, pillars, criteria, selected, onSelect }: ScoreGridProps) {
  const { t } = useTranslation('ui');
  const lang = useLanguage();
  const { detail } = useDealRoom();
  const locked = evaluator.submittedAt !== null;
  const conflicted = new Set(candidates.filter((c) => hasConflict(detail, evaluator.id, c.id)).map((c) => c.id));
  return (
    <div className="table-scroll table-scroll--grid">
      <table className="score-grid">
        <caption className="score-grid__caption">{t('scoring.caption', { name: evaluator.name })}</caption>
        <thead>
          <tr>
            <th scope="col" className="score-grid__corner">
              {t('scoring.criterionColumn')}
            </th>
            {candidates.map((c) => (
              <th key={c.id} scope="col" className="score-grid__candidate">
                <span className="candidate-name">{candidateName(c, lang)}</span>
                {candidateAltName(c, lang) && <span className="candidate-alt">{candidateAltName(c, lang)}</span>}
                {!c.compared && <span className="candidate-not-compared">{t('scoring.notCompared')}</span>}
                {conflicted.has(c.id) && <span className="candidate-conflict">{t('scoring.conflictColumn')}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {pillars.map((p) => {
            const inPillar = criteria.filter((c) => c.pillarId === p.id);
            if (inPillar.length === 0) return null;
            return (
              <Fragment key={p.id}>
                <tr className="score-grid__pillar">
                  <th scope="colgroup" colSpan={candidates.length + 1}>
                    {labelName(p, lang)}
                  </th>
                </tr>
                {inPillar.map((criterion) => (
                  <tr key={criterion.id}>
                    <th scope="row" className="score-grid__criterion">
                      {labelName(criterion, lang)}
                      {criterion.knockout && (
                        <span className="ko-mark" title={t('matrix.legend.knockout')}>
                          {' '}
                          KO
                        </span>
                      )}
                    </th>
                    {candidates.map((candidate) => {
                      const cell = { candidateId: candidate.id, criterionId: criterion.id };
                      const isSelected = selected?.candidateId === candidate.id && selected.criterionId === criterion.id;
                      const label = t('scoring.cellLabel', { candidate: candidateName(candidate, lang), criterion: labelName(criterion, lang) });
                      return (
                        <td key={candidate.id} className={isSelected ? 'score-grid__cell is-selected' : 'score-grid__cell'}>
                          {conflicted.has(candidate.id) ? (
                            <ConflictCell label={label} onSelect={() => onSelect(cell)} />
                          ) : (
                            <ScoreCellInput
                              cell={cell}
                              evaluatorId={evaluator.id}
                              stored={findScore(detail, evaluator.id, cell)}
                              label={label}
                              onFocusCell={() => onSelect(cell)}
                              readOnly={locked}
                              t={t}
                            />
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
