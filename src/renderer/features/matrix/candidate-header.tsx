/**
 * A candidate's column heading: rank badge, name in the reader's language with
 * the other script beneath, type, and the knocked-out / incomplete marks (in
 * words, not colour alone). Evaluators left out for a declared conflict of
 * interest are counted beneath, their names on hover and focus.
 */
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';
import { FocusNote } from '../panel/focus-note';
import { CandidateFlagMarks } from '../flags/candidate-flag-marks';
import type { MatrixColumn } from './matrix-rows';

export function CandidateHeader({ column, lang }: { column: MatrixColumn; lang: 'en' | 'ja' }) {
  const { t } = useTranslation('ui');
  return (
    <div className="candidate-header">
      <div className="candidate-header__marks">
        {column.rank !== null && (
          <span className={column.rank === 1 ? 'rank-badge rank-badge--first' : 'rank-badge'}>
            <span aria-hidden="true">{t('matrix.rankBadge', { rank: column.rank })}</span>
            <span className="visually-hidden">{t('matrix.rankLabel', { rank: column.rank })}</span>
          </span>
        )}
        {column.knockedOut && <Badge tone="bad">{t('matrix.knockedOut')}</Badge>}
        {column.incomplete && (
          <Badge tone="warn" title={t('matrix.incompleteLabel')}>
            {t('matrix.incomplete')}
          </Badge>
        )}
      </div>
      <span className="candidate-name">{column.name}</span>
      {column.altName && (
        <span className="candidate-alt" lang={lang === 'ja' ? 'en' : 'ja'}>
          {column.altName}
        </span>
      )}
      <span className="candidate-type">{t(`common:candidateType.${column.type}`)}</span>
      {column.excludedEvaluators.length > 0 && (
        <FocusNote className="excluded-note" note={column.excludedEvaluators.join(t('matrix.nameSeparator'))}>
          <span className="excluded-note__icon" aria-hidden="true">
            ⊘
          </span>{' '}
          {t('matrix.excludedForConflict', { count: column.excludedEvaluators.length })}
        </FocusNote>
      )}
      <CandidateFlagMarks flags={column.flags} />
    </div>
  );
}
