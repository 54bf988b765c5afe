/**
 * Beside the heat map: one cell in full. Each evaluator's score with its
 * confidence and rationale (an evaluator in conflict with the candidate is
 * listed as excluded, with the declaration), the panel's consensus (value
 * and reason; the individual scores stay as they are) and the dissent from it.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { candidateName, labelName } from '../../../shared/domain/display-names';
import { formatScore } from '../../../shared/i18n/format';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import { Badge } from '../../components/badge';
import { ConsensusForm } from '../scoring/consensus-form';
import { cellReview, type CellRef } from './cell-review';
import { DissentSection } from './dissent-section';
import type { HeatCell } from './heat-map-rows';

interface DisagreementCellPanelProps {
  cell: CellRef;
  heat: HeatCell | undefined;
  onClose: () => void;
}

export function DisagreementCellPanel({ cell, heat, onClose }: DisagreementCellPanelProps) {
  const { t } = useTranslation('panel');
  const lang = useLanguage();
  const { detail } = useDealRoom();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const candidate = detail.candidates.find((c) => c.id === cell.candidateId);
  const criterion = detail.criteria.find((c) => c.id === cell.criterionId);
  const review = cellReview(detail, cell, lang);

  // Opened from a cell: the reader goes on reading here, not in the next cell of the map.
  useEffect(() => {
    titleRef.current?.focus();
  }, [cell.candidateId, cell.criterionId]);

  if (!candidate || !criterion) return null;
  const score = (v: number) => formatScore(v, lang);
  return (
    <aside className="panel" aria-labelledby="disagreement-panel-title">
      <header className="panel__header panel__header--closable">
        <h3 id="disagreement-panel-title" className="panel__title" tabIndex={-1} ref={titleRef}>
          {t('cell.title', { candidate: candidateName(candidate, lang), criterion: labelName(criterion, lang) })}
        </h3>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('cell.close')}>
          <span aria-hidden="true">×</span>
        </button>
        {heat && heat.count >= 2 && heat.min !== null && heat.max !== null && (
          <p className="panel__summary">
            {heat.flagged && <Badge tone="warn">{t('cell.flagged')}</Badge>} {t('cell.spread', { spread: score(heat.spread), min: score(heat.min), max: score(heat.max) })}
          </p>
        )}
      </header>
      <section className="panel__section" aria-labelledby="cell-evaluators-title">
        <h4 id="cell-evaluators-title" className="panel__subheading">
          {t('cell.evaluators')}
        </h4>
        {review.entries.length === 0 ? (
          <p className="muted">{t('cell.noEvaluators')}</p>
        ) : (
          <ul className="cell-scores">
            {review.entries.map((entry) => (
              <li key={entry.evaluator.id} className={`cell-scores__item cell-scores__item--${entry.kind}`}>
                {entry.kind === 'scored' ? (
                  <>
                    <span className="cell-scores__value num">{score(entry.score.value)}</span>
                    <span className="cell-scores__who">
                      {entry.evaluator.name}
                      <span className="cell-scores__confidence"> · {t('cell.confidence', { level: t(`common:confidence.${entry.score.confidence}`) })}</span>
                    </span>
                    <p className="cell-scores__rationale">{entry.score.rationale || <span className="muted">{t('cell.noRationale')}</span>}</p>
                  </>
                ) : entry.kind === 'unscored' ? (
                  <>
                    <span className="cell-scores__value num" aria-hidden="true">
                      –
                    </span>
                    <span className="cell-scores__who">
                      {entry.evaluator.name}
                      <span className="cell-scores__confidence"> · {t('cell.notScored')}</span>
                    </span>
                  </>
                ) : (
                  <>
                    <span className="cell-scores__value num" aria-hidden="true">
                      ⊘
                    </span>
                    <span className="cell-scores__who">
                      {entry.evaluator.name} <Badge tone="bad">{t('cell.excluded')}</Badge>
                    </span>
                    {entry.note && <p className="cell-scores__rationale">{entry.note}</p>}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel__section" aria-labelledby="cell-consensus-title">
        <h4 id="cell-consensus-title" className="panel__subheading">
          {t('cell.consensus')}
        </h4>
        <ConsensusForm cell={cell} stored={review.consensus} />
      </section>
      <DissentSection cell={cell} review={review} />
    </aside>
  );
}
