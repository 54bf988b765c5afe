/**
 * One aggregated score in the matrix with its marks: best in row (★),
 * consensus (◆), dissent from it (※, naming who), a notable spread (±), and
 * the knock-out verdict. Each mark has words for screen readers and a
 * tooltip; none relies on colour alone.
 */
import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/domain/entities';
import { formatPoints, formatScore } from '../../../shared/i18n/format';
import { FocusNote } from '../panel/focus-note';
import type { MatrixCell } from './matrix-rows';

/**
 * `t` comes from the table: the matrix has hundreds of cells, and each
 * useTranslation() copies the i18n instance when it mounts (react-i18next 16),
 * which made opening a 5 × 60 matrix take hundreds of milliseconds.
 */
export function ScoreCellContent({ cell, lang, t }: { cell: MatrixCell; lang: Language; t: TFunction<'ui'> }) {
  if (cell.score === null) {
    return (
      <span className="mcell mcell--unscored">
        {cell.knockout === 'pending' && <KnockoutMark kind="pending" t={t} />}
        <span aria-hidden="true" title={t('matrix.unscored')}>
          –
        </span>
        <span className="visually-hidden">{t('matrix.unscored')}</span>
      </span>
    );
  }
  return (
    <span className="mcell">
      {cell.knockout === 'failed' && <KnockoutMark kind="failed" t={t} />}
      {cell.notableSpread && (
        <span className="mcell__spread" title={t('matrix.spreadMark', { spread: formatScore(cell.spread, lang) })}>
          <span aria-hidden="true">{t('matrix.spreadShort', { spread: formatPoints(cell.spread, lang) })}</span>
          <span className="visually-hidden">{t('matrix.spreadMark', { spread: formatScore(cell.spread, lang) })}</span>
        </span>
      )}
      {cell.fromConsensus && (
        <span className="mark mark--consensus" title={t('matrix.consensusMark')}>
          <span aria-hidden="true">◆</span>
          <span className="visually-hidden">{t('matrix.consensusMark')}</span>
        </span>
      )}
      {cell.dissenters.length > 0 && (
        <FocusNote className="mark mark--dissent" note={t('matrix.dissentBy', { names: cell.dissenters.join(t('matrix.nameSeparator')) })}>
          <span aria-hidden="true">※</span>
          <span className="visually-hidden">{t('matrix.dissentMark')}</span>
        </FocusNote>
      )}
      <span className="mcell__score" title={cell.penalty > 0 ? t('matrix.penalty', { penalty: formatScore(cell.penalty, lang) }) : undefined}>
        {formatPoints(cell.score, lang)}
      </span>
      <span className={cell.best ? 'mark mark--best' : 'mark mark--best mark--placeholder'} title={cell.best ? t('matrix.bestMark') : undefined}>
        <span aria-hidden="true">★</span>
        {cell.best && <span className="visually-hidden">{t('matrix.bestMark')}</span>}
      </span>
    </span>
  );
}

function KnockoutMark({ kind, t }: { kind: 'failed' | 'pending'; t: TFunction<'ui'> }) {
  const words = kind === 'failed' ? t('matrix.knockoutFailed') : t('matrix.knockoutPending');
  return (
    <span className={`mark mark--ko-${kind}`} title={words}>
      <span aria-hidden="true">{kind === 'failed' ? '✕' : '?'}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
