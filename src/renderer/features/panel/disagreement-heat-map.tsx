/**
 * The disagreement heat map: criteria down (grouped by pillar), compared
 * candidates across, each cell the spread of the evaluators' scores. Each
 * cell is a button (Enter or Space opens it in the side panel); a cell at or
 * above the threshold carries ▲ and says so in words, besides its colour.
 */
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../../shared/i18n/format';
import { useLanguage } from '../../app/use-language';
import type { CellRef } from './cell-review';
import type { HeatCell, HeatMap } from './heat-map-rows';

/** The id of a cell's button, so focus can return to it when the side panel closes. */
export function heatCellId(cell: CellRef): string {
  return `heat-${cell.candidateId}-${cell.criterionId}`.replace(/[^\w-]/g, '_');
}

interface HeatMapTableProps {
  map: HeatMap;
  selected: CellRef | null;
  onSelect: (cell: CellRef) => void;
}

export function DisagreementHeatMap({ map, selected, onSelect }: HeatMapTableProps) {
  const { t } = useTranslation('panel');
  return (
    <div className="table-scroll heat-map-scroll">
      <table className="heat-map">
        <caption className="heat-map__caption">{t('heatMap.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="heat-map__corner">
              {t('heatMap.criterionColumn')}
            </th>
            {map.columns.map((c) => (
              <th key={c.candidateId} scope="col" className="heat-map__candidate">
                <span className="candidate-name">{c.name}</span>
                {c.altName && <span className="candidate-alt">{c.altName}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.rows.map((row) =>
            row.kind === 'pillar' ? (
              <tr key={row.id} className="heat-map__pillar">
                <th scope="colgroup" colSpan={map.columns.length + 1}>
                  {row.label}
                </th>
              </tr>
            ) : (
              <tr key={row.id}>
                <th scope="row" className="heat-map__criterion">
                  {row.label}
                </th>
                {row.cells.map((cell, i) => {
                  const column = map.columns[i];
                  const isSelected = selected?.candidateId === cell.candidateId && selected.criterionId === cell.criterionId;
                  return (
                    <td key={cell.candidateId} className="heat-map__cell">
                      <HeatCellButton
                        cell={cell}
                        candidate={column?.name ?? cell.candidateId}
                        criterion={row.label}
                        selected={isSelected}
                        onSelect={() => onSelect({ candidateId: cell.candidateId, criterionId: cell.criterionId })}
                      />
                    </td>
                  );
                })}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

function HeatCellButton({ cell, candidate, criterion, selected, onSelect }: { cell: HeatCell; candidate: string; criterion: string; selected: boolean; onSelect: () => void }) {
  const { t } = useTranslation('panel');
  const lang = useLanguage();
  const spread = formatScore(cell.spread, lang);
  return (
    <button
      type="button"
      id={heatCellId(cell)}
      className={`heat-cell heat-cell--${cell.band}${selected ? ' is-selected' : ''}`}
      aria-pressed={selected}
      onClick={onSelect}
    >
      <span className="visually-hidden">{t('heatMap.cellName', { candidate, criterion })} </span>
      {cell.count < 2 ? (
        <>
          <span aria-hidden="true">–</span>
          <span className="visually-hidden">{t('heatMap.tooFew', { count: cell.count })}</span>
        </>
      ) : (
        <>
          {cell.flagged && (
            <span className="heat-cell__flag" aria-hidden="true">
              ▲
            </span>
          )}
          <span className="heat-cell__spread" aria-hidden="true">
            {spread}
          </span>
          <span className="visually-hidden">{t('heatMap.spread', { spread })}</span>
          {cell.flagged && <span className="visually-hidden"> {t('heatMap.flagged')}</span>}
        </>
      )}
      {cell.hasConsensus && (
        <>
          <span className="mark mark--consensus" aria-hidden="true">
            ◆
          </span>
          <span className="visually-hidden"> {t('heatMap.consensus')}</span>
        </>
      )}
      {cell.dissentCount > 0 && (
        <>
          <span className="mark mark--dissent" aria-hidden="true">
            ※
          </span>
          <span className="visually-hidden"> {t('heatMap.dissent', { count: cell.dissentCount })}</span>
        </>
      )}
    </button>
  );
}
