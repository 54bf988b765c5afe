/**
 * The board: one column per stage, headed by its count, each candidate a
 * card with its origin, suitor warnings and comparison mark, a button that
 * opens its details, and its own "Move to…" control. A column shows its
 * first BOARD_CARDS_PER_STAGE cards and says how many more there are, with a
 * way to see them all in the list: a long list of 10,000 firms as 10,000
 * cards took seconds to draw and could not be read anyway.
 */
import { useTranslation } from 'react-i18next';
import { candidateAltName, candidateName } from '../../../shared/domain/display-names';
import type { Candidate } from '../../../shared/domain/entities';
import type { PipelineStage } from '../../../shared/domain/vetting';
import { formatPoints } from '../../../shared/i18n/format';
import { STAGE_LABEL } from '../../../shared/i18n/pipeline-label-keys';
import { useLanguage } from '../../app/use-language';
import { ComparedBadge, OriginBadge, WarningsBadge } from './candidate-badges';
import { MoveStageControl } from './move-stage-control';
import type { StageColumn } from './pipeline-view-model';

/** Cards a column shows before it points to the list for the rest. */
export const BOARD_CARDS_PER_STAGE = 20;

interface PipelineBoardProps {
  columns: StageColumn[];
  selectedId: string | null;
  busy: boolean;
  onSelect: (candidate: Candidate) => void;
  onMove: (candidate: Candidate, stage: PipelineStage) => void;
  /** Opens the list on one stage: where a column's cards beyond the first ones are. */
  onShowInList: (stage: PipelineStage) => void;
}

export function PipelineBoard({ columns, selectedId, busy, onSelect, onMove, onShowInList }: PipelineBoardProps) {
  const { t } = useTranslation('pipeline');
  const lang = useLanguage();
  const count = (n: number) => formatPoints(n, lang, 0);
  return (
    <div className="pipeline-board">
      {columns.map(({ stage, cards }) => {
        const headingId = `pipeline-column-${stage}`;
        return (
          <section key={stage} className={`pipeline-column pipeline-column--${stage}`} aria-labelledby={headingId}>
            <h3 className="pipeline-column__heading" id={headingId}>
              <span>{t(STAGE_LABEL[stage])}</span>{' '}
              <span className="pipeline-column__count" aria-hidden="true">
                {count(cards.length)}
              </span>
              <span className="visually-hidden">{t('board.count', { count: cards.length })}</span>
            </h3>
            {cards.length === 0 ? (
              <p className="pipeline-column__empty">{t('board.empty')}</p>
            ) : (
              <ul className="pipeline-cards">
                {cards.slice(0, BOARD_CARDS_PER_STAGE).map((card) => {
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
            {cards.length > BOARD_CARDS_PER_STAGE && (
              <button type="button" className="button button--small pipeline-column__more" onClick={() => onShowInList(stage)}>
                {t('board.more', { more: count(cards.length - BOARD_CARDS_PER_STAGE) })}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
