/**
 * The pipeline as a table, in pipeline order: each candidate's stage, origin,
 * suitor warnings and comparison mark, with the same "Move to…" control as
 * the board, and the counts per stage above it.
 */
import { useTranslation } from 'react-i18next';
import { candidateAltName, candidateName } from '../../../shared/domain/display-names';
import type { Candidate } from '../../../shared/domain/entities';
import type { PipelineStage } from '../../../shared/domain/vetting';
import { STAGE_LABEL } from '../../../shared/i18n/pipeline-label-keys';
import { useLanguage } from '../../app/use-language';
import { ComparedBadge, OriginBadge, WarningsBadge } from './candidate-badges';
import { MoveStageControl } from './move-stage-control';
import type { StageColumn } from './pipeline-view-model';
import { StageCounts } from './stage-counts';

interface PipelineListProps {
  columns: StageColumn[];
  selectedId: string | null;
  busy: boolean;
  onSelect: (candidate: Candidate) => void;
  onMove: (candidate: Candidate, stage: PipelineStage) => void;
}

export function PipelineList({ columns, selectedId, busy, onSelect, onMove }: PipelineListProps) {
  const { t } = useTranslation('pipeline');
  const lang = useLanguage();
  const rows = columns.flatMap((column) => column.cards);
  return (
    <>
      <StageCounts columns={columns} />
      <div className="table-scroll">
        <table className="data-table pipeline-table">
          <caption className="visually-hidden">{t('list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.columns.candidate')}</th>
              <th scope="col">{t('list.columns.stage')}</th>
              <th scope="col">{t('list.columns.origin')}</th>
              <th scope="col">{t('list.columns.warnings')}</th>
              <th scope="col">{t('list.columns.compared')}</th>
              <th scope="col">{t('list.columns.move')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((card) => {
              const { candidate } = card;
              const name = candidateName(candidate, lang);
              const alt = candidateAltName(candidate, lang);
              const selected = candidate.id === selectedId;
              return (
                <tr key={candidate.id} className={selected ? 'is-selected' : undefined}>
                  <th scope="row" className="data-table__name">
                    <button type="button" className="pipeline-table__name" aria-pressed={selected} data-candidate-id={candidate.id} onClick={() => onSelect(candidate)}>
                      {name}
                    </button>
                    {alt && <span className="pipeline-card__alt">{alt}</span>}
                  </th>
                  <td>{t(STAGE_LABEL[candidate.stage])}</td>
                  <td>
                    <OriginBadge card={card} />
                  </td>
                  <td>
                    <WarningsBadge card={card} />
                  </td>
                  <td>
                    <ComparedBadge card={card} />
                  </td>
                  <td>
                    <MoveStageControl candidate={candidate} name={name} busy={busy} onMove={onMove} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
