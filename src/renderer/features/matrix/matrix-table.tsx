/**
 * The comparison matrix, rendered with TanStack Table v9 (headless: the
 * table gives rows, columns and cells; the markup, the marks and the
 * accessibility are ours). Candidates are columns, criteria rows grouped
 * by pillar, and the totals sit in the footer.
 */
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/entities';
import { formatPercent, formatPoints, formatScore } from '../../../shared/i18n/format';
import { CandidateHeader } from './candidate-header';
import type { MatrixColumn, MatrixModel, MatrixRow } from './matrix-rows';
import { ScoreCellContent } from './score-cell-content';

// Core only: the matrix needs no sorting, filtering or paging, so no feature is registered.
const features = tableFeatures({});
const helper = createColumnHelper<typeof features, MatrixRow>();
const LABEL = 'label';
const WEIGHT = 'weight';
const FOOTER_KINDS = new Set<MatrixRow['kind']>(['total', 'coverage', 'projected', 'rank']);

export function MatrixTable({ model, lang, roomName }: { model: MatrixModel; lang: Language; roomName: string }) {
  const { t } = useTranslation('ui');
  const rows = useMemo(() => [...model.body, ...model.footer], [model]);
  const byColumnId = useMemo(() => new Map(model.columns.map((c) => [c.candidateId, c])), [model]);

  const columns = useMemo(
    () => [
      helper.display({ id: LABEL, header: () => t('matrix.criterion'), cell: ({ row }) => <RowLabel row={row.original} lang={lang} t={t} /> }),
      helper.display({ id: WEIGHT, header: () => t('matrix.weight'), cell: ({ row }) => <WeightCell row={row.original} lang={lang} /> }),
      ...model.columns.map((column) =>
        helper.display({
          id: column.candidateId,
          header: () => <CandidateHeader column={column} lang={lang} />,
          cell: ({ row }) => <CandidateCell row={row.original} column={column} lang={lang} t={t} />,
        }),
      ),
    ],
    // t changes identity with the language, so lang covers it.
    [model, lang],
  );

  const table = useTable({ features, columns, data: rows, getRowId: (row) => row.id });
  const headerGroups = table.getHeaderGroups();
  const allRows = table.getRowModel().rows;
  const bodyRows = allRows.filter((r) => !FOOTER_KINDS.has(r.original.kind));
  const footRows = allRows.filter((r) => FOOTER_KINDS.has(r.original.kind));
  const leaderId = model.columns.find((c) => c.rank === 1)?.candidateId;

  const columnClass = (id: string) => {
    if (id === LABEL) return 'matrix__label';
    if (id === WEIGHT) return 'matrix__weight num';
    const col = byColumnId.get(id);
    return ['matrix__value num', col?.knockedOut ? 'is-knocked-out' : null, id === leaderId ? 'is-leader' : null].filter(Boolean).join(' ');
  };

  const renderRow = (row: (typeof allRows)[number]) => (
    <tr key={row.id} className={`matrix__row matrix__row--${row.original.kind}`}>
      {row.getAllCells().map((cell) =>
        cell.column.id === LABEL ? (
          <th key={cell.id} scope="row" className={columnClass(cell.column.id)}>
            <table.FlexRender cell={cell} />
          </th>
        ) : (
          <td key={cell.id} className={columnClass(cell.column.id)}>
            <table.FlexRender cell={cell} />
          </td>
        ),
      )}
    </tr>
  );

  return (
    <div className="matrix-scroll" role="region" aria-labelledby="matrix-title" tabIndex={0}>
      <table className="matrix" aria-labelledby="matrix-title">
        <caption className="matrix__caption">
          <span id="matrix-title" className="matrix__title">
            {t('matrix.caption')}
          </span>
          <span className="matrix__room"> · {roomName}</span>
          <span className="matrix__caption-detail">{t('matrix.captionDetail')}</span>
        </caption>
        <thead>
          {headerGroups.map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className={`${columnClass(header.column.id)} matrix__head`}>
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>{bodyRows.map(renderRow)}</tbody>
        <tfoot>{footRows.map(renderRow)}</tfoot>
      </table>
    </div>
  );
}

// The row and cell components take `t` from the table rather than calling useTranslation()
// each: react-i18next 16 copies the i18n instance for every component that mounts with it,
// and a 5 × 60 matrix mounts hundreds of cells each time it is shown.
function RowLabel({ row, lang, t }: { row: MatrixRow; lang: Language; t: TFunction<'ui'> }) {
  switch (row.kind) {
    case 'pillar':
      return (
        <span className="row-label row-label--pillar">
          <span className="row-label__name">{row.label}</span>
          <span className="row-label__note">{t('matrix.pillarRow')}</span>
        </span>
      );
    case 'criterion':
      return (
        <span className="row-label">
          <span className="row-label__name">{row.label}</span>
          {row.altLabel && <span className="row-label__alt">{row.altLabel}</span>}
          {row.passMark !== null && <KnockoutRowMark passMark={row.passMark} lang={lang} t={t} />}
        </span>
      );
    case 'total':
      return <span className="row-label__name">{t('matrix.total')}</span>;
    case 'coverage':
      return <span className="row-label__name">{t('matrix.coverage')}</span>;
    case 'projected':
      return (
        <span className="row-label">
          <span className="row-label__name">{t('matrix.projected')}</span>
          <span className="row-label__note">{t('matrix.projectedNote')}</span>
        </span>
      );
    case 'rank':
      return <span className="row-label__name">{t('matrix.rank')}</span>;
  }
}

function KnockoutRowMark({ passMark, lang, t }: { passMark: number; lang: Language; t: TFunction<'ui'> }) {
  return <span className="ko-row-mark">{t('matrix.knockoutRow', { mark: formatScore(passMark, lang) })}</span>;
}

function WeightCell({ row, lang }: { row: MatrixRow; lang: Language }) {
  if (row.kind === 'pillar') return <span className="weight-share weight-share--pillar">{formatPercent(row.share, lang)}</span>;
  if (row.kind === 'criterion') return <span className="weight-share">{formatPercent(row.weight, lang)}</span>;
  return null;
}

function CandidateCell({ row, column, lang, t }: { row: MatrixRow; column: MatrixColumn; lang: Language; t: TFunction<'ui'> }) {
  const id = column.candidateId;
  switch (row.kind) {
    case 'criterion': {
      const cell = row.cells[id];
      return cell ? <ScoreCellContent cell={cell} lang={lang} t={t} /> : null;
    }
    case 'pillar':
    case 'total': {
      const v = row.values[id];
      if (v === null || v === undefined)
        return (
          <span className="muted" title={t('matrix.notScoredYet')}>
            <span aria-hidden="true">–</span>
            <span className="visually-hidden">{t('matrix.notScoredYet')}</span>
          </span>
        );
      return <span className={row.kind === 'total' ? 'total' : 'pillar-score'}>{formatPoints(v, lang)}</span>;
    }
    case 'coverage': {
      const v = row.values[id];
      return v === null || v === undefined ? null : <span>{formatPercent(v, lang)}</span>;
    }
    case 'projected': {
      const v = row.values[id];
      if (v === null || v === undefined)
        return (
          <span className="muted" title={t('matrix.notApplicable')}>
            <span aria-hidden="true">–</span>
            <span className="visually-hidden">{t('matrix.notApplicable')}</span>
          </span>
        );
      return <span className="projected">{formatPoints(v, lang)}</span>;
    }
    case 'rank': {
      const v = row.values[id];
      if (v === null || v === undefined) return <span className="rank-text rank-text--out">{t('matrix.knockedOut')}</span>;
      return <span className={v === 1 ? 'rank-text rank-text--first' : 'rank-text'}>{t('matrix.rankBadge', { rank: v })}</span>;
    }
  }
}
