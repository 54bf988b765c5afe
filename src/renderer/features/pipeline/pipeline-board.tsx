/**
 * The board: one column per stage, headed by its count, each candidate a
 * card with its origin, suitor warnings and comparison mark, a button that
 * opens its details, and its own "Move to…" control.
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

interface PipelineBoardProps {
  columns: StageColumn[];
  selectedId: string | null;
  busy: boolean;
  onSelect: (candidate: Candidate) => void;
  onMove: (candidate: Candidate, stage: PipelineStage) => void;
}

export function PipelineBoard({ columns, selectedId, busy, onSelect, onMove }: PipelineBoardProps) {
  const { t } = useTranslation('pipeline');
  const lang = useLanguage();
  return (
    <div className="pipeline-board">
      {columns.map(({ stage, cards }) => {
        const headingId = `pipeline-column-${stage}`;
        return (
          <section key={stage} className={`pipeline-column pipeline-column--${stage}`} aria-labelledby={headingId}>
            <h3 className="pipeline-column__heading" id={headingId}>
              <span>{t(STAGE_LABEL[stage])}</span>{' '}
              <span className="pipeline-column__count" aria-hidden="true">
                {cards.length}
              </span>
              <span className="visually-hidden">{t('board.count', { count: cards.length })}</span>
            </h3>
            {cards.length === 0 ? (
              <p className="pipeline-column__empty">{t('board.empty')}</p>
            ) : (
              <ul className="pipeline-cards">
                {cards.map((card) => {
                  const { candidate } = card;
                  const name = candidateName(candidate, lang);
                  const alt = candidateAltName(candidate, lang);
                  const selected = candidate.id === selectedId;
                  return (
                    <li key={candidate.id} className={['pipeline-card', selected ? 'is-selected' : null].filter(Boolean).join(' ')}>
                      <button type="button" className="pipeline-card__name" aria-pressed={selected} data-candidate-id={candidate.id} onClick={() => onSelect(candidate)}>
                        {name}
                      </button>
                      {alt && <span className="pipeline-card__alt">{alt}</span>}
                      <div className="pipeline-card__badges">
                        <OriginBadge card={card} />
                        {card.warnings > 0 && <WarningsBadge card={card} />}
                        <ComparedBadge card={card} />
                      </div>
                      <MoveStageControl candidate={candidate} name={name} busy={busy} onMove={onMove} />
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
