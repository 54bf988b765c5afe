/**
 * Every evaluator's score on one cell, so that the panel can see where it
 * disagrees; a spread at or above the room's disagreement threshold is said
 * in words.
 */
import { useTranslation } from 'react-i18next';
import type { DealRoomDetail, Score } from '../../../shared/domain/entities';
import { COMPARE_TOLERANCE } from '../../../shared/engine/tolerance';
import { formatScore } from '../../../shared/i18n/format';
import { useLanguage } from '../../app/use-language';

export function CellScoresList({ detail, scores }: { detail: DealRoomDetail; scores: Score[] }) {
  const { t } = useTranslation('ui');
  const lang = useLanguage();
  if (scores.length === 0) return <p className="muted">{t('scoring.noScores')}</p>;
  const values = scores.map((s) => s.value);
  const spread = Math.max(...values) - Math.min(...values);
  const nameOf = (id: string) => detail.evaluators.find((e) => e.id === id)?.name ?? id;
  return (
    <>
      <ul className="cell-scores">
        {scores.map((s) => (
          <li key={s.evaluatorId} className="cell-scores__item">
            <span className="cell-scores__value num">{formatScore(s.value, lang)}</span>
            <span className="cell-scores__who">
              {nameOf(s.evaluatorId)}
              <span className="cell-scores__confidence"> · {t('scoring.confidenceShort', { level: t(`common:confidence.${s.confidence}`) })}</span>
            </span>
            {s.rationale && <p className="cell-scores__rationale">{s.rationale}</p>}
          </li>
        ))}
      </ul>
      {spread >= detail.dealRoom.disagreementThreshold - COMPARE_TOLERANCE && scores.length >= 2 && <p className="cell-scores__spread">{t('scoring.spread', { spread: formatScore(spread, lang) })}</p>}
    </>
  );
}
