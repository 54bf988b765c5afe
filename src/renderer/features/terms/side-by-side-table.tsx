/**
 * The compared candidates' terms side by side, with TanStack Table v9 (core
 * only, as the comparison matrix: the rows are fixed, nothing sorts or
 * pages). Candidates are columns; rows are grouped as legal reads a sheet.
 */
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/entities';
import { formatCalendarDate } from '../../../shared/i18n/format';
import { describeScope } from '../../../shared/terms/scope-sets';
import { Badge } from '../../components/badge';
import { REVIEW_TONE, SEVERITY_ICON, SEVERITY_TONE, useTermWords } from './term-words';
import type { SideBySideModel, SideColumn, SideGroup, SideRow } from './side-by-side-rows';

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, SideRow>();
const LABEL = 'label';

interface SideBySideTableProps {
  model: SideBySideModel;
  asOf: string;
  lang: Language;
  onOpenSheet: (candidateId: string) => void;
}

export function SideBySideTable({ model, asOf, lang, onOpenSheet }: SideBySideTableProps) {
  const { t } = useTranslation('termsReview');
  const date = formatCalendarDate(asOf, lang);
  // The first row under the phases group carries the "no sheet yet" note and its button.
  const firstDataRowId = model.rows.find((r) => r.kind !== 'group')?.id;

  const columns = useMemo(
    () => [
      helper.display({ id: LABEL, header: () => t('side.term'), cell: ({ row }) => <RowLabel row={row.original} date={date} /> }),
      ...model.columns.map((column) =>
        helper.display({
          id: column.candidateId,
          header: () => column.name,
          cell: ({ row }) =>
            column.hasSheet ? (
              <SideCell row={row.original} candidateId={column.candidateId} lang={lang} />
            ) : row.original.id === firstDataRowId ? (
              <NoSheetCell column={column} onOpenSheet={onOpenSheet} />
            ) : (
              <Dash />
            ),
        }),
      ),
    ],
    // t changes identity with the language, so lang covers it.
    [model, lang, date, firstDataRowId, onOpenSheet],
  );

  const table = useTable({ features, columns, data: model.rows, getRowId: (row) => row.id });

  return (
    <div className="table-scroll terms-side-scroll" role="region" aria-labelledby="terms-side-caption" tabIndex={0}>
      <table className="data-table terms-side">
        <caption id="terms-side-caption" className="terms-side__caption">
          {t('side.caption', { date })}
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className={header.column.id === LABEL ? 'terms-side__label' : 'terms-side__candidate'}>
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) =>
            row.original.kind === 'group' ? (
              <tr key={row.id} className="terms-side__group">
                <th scope="colgroup" colSpan={model.columns.length + 1}>
                  <GroupLabel group={row.original.group} />
                </th>
              </tr>
            ) : (
              <tr key={row.id}>
                {row.getAllCells().map((cell) =>
                  cell.column.id === LABEL ? (
                    <th key={cell.id} scope="row" className="terms-side__label">
                      <table.FlexRender cell={cell} />
                    </th>
                  ) : (
                    <td key={cell.id}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ),
                )}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

function GroupLabel({ group }: { group: SideGroup }) {
  const { t } = useTranslation('termsReview');
  const labels: Record<SideGroup, string> = {
    phases: t('side.groups.phases'),
    exclusivity: t('side.groups.exclusivity'),
    milestones: t('side.groups.milestones'),
    triggers: t('side.groups.triggers'),
    risks: t('side.groups.risks'),
    exit: t('side.groups.exit'),
    review: t('side.groups.review'),
  };
  return <>{labels[group]}</>;
}

function RowLabel({ row, date }: { row: SideRow; date: string }) {
  const { t } = useTranslation('termsReview');
  switch (row.kind) {
    case 'group':
      return null;
    case 'phase':
      return <>{t('side.phase', { n: row.index + 1 })}</>;
    case 'exclusivityNow':
      return <>{t('side.exclusivityNow', { date })}</>;
    case 'firstExclusivity':
      return <>{t('side.firstExclusivity')}</>;
    case 'milestones':
      return <>{t('side.milestones', { date })}</>;
    case 'triggers':
      return <>{t('side.triggers', { date })}</>;
    case 'risks':
      return <>{t('side.risks')}</>;
    case 'exit':
      return <>{t('side.exit')}</>;
    case 'review':
      return <>{t('side.review')}</>;
  }
}

function Dash() {
  const { t } = useTranslation('termsReview');
  return (
    <span className="muted">
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('side.noSheetShort')}</span>
    </span>
  );
}

function NoSheetCell({ column, onOpenSheet }: { column: SideColumn; onOpenSheet: (candidateId: string) => void }) {
  const { t } = useTranslation('termsReview');
  return (
    <div className="terms-side__no-sheet">
      <p className="muted">{t('side.noSheet')}</p>
      <button type="button" className="button button--small" onClick={() => onOpenSheet(column.candidateId)}>
        {t('side.openSheet', { name: column.name })}
      </button>
    </div>
  );
}

function SideCell({ row, candidateId, lang }: { row: SideRow; candidateId: string; lang: Language }) {
  const { t } = useTranslation('termsReview');
  const words = useTermWords();
  const day = (d: string) => formatCalendarDate(d, lang);
  switch (row.kind) {
    case 'group':
      return null;
    case 'phase': {
      const p = row.cells[candidateId];
      if (!p) return <span className="muted">{t('side.noPhase')}</span>;
      return (
        <div className="terms-side__phase">
          <span className="terms-side__phase-name">{p.name}</span>
          <span>{t('side.dates', { from: day(p.startsOn), to: day(p.endsOn) })}</span>
          <span>
            <Badge tone={p.exclusivity === 'none' ? 'neutral' : 'accent'}>{words.exclusivity[p.exclusivity]}</Badge>
          </span>
          <span className="muted">{describeScope(p.scope, lang)}</span>
        </div>
      );
    }
    case 'exclusivityNow': {
      const rights = row.cells[candidateId] ?? [];
      const held = rights.filter((r) => r.exclusivity !== 'none');
      if (held.length === 0) return <span>{t('side.notExclusive')}</span>;
      return (
        <ul className="terms-side__lines">
          {held.map((r, i) => (
            <li key={i}>{t('side.heldUntil', { exclusivity: words.exclusivity[r.exclusivity], scope: describeScope(r.scope, lang), date: day(r.to) })}</li>
          ))}
        </ul>
      );
    }
    case 'firstExclusivity': {
      const first = row.cells[candidateId];
      return first ? <span>{first.text[lang]}</span> : <span className="muted">{t('side.noExclusivity')}</span>;
    }
    case 'milestones': {
      const c = row.cells[candidateId];
      if (!c) return null;
      if (c.total === 0) return <span className="muted">{t('side.noMilestones')}</span>;
      return (
        <span>
          {t('side.milestoneCounts', { count: c.total, met: c.met, missed: c.missed, open: c.open })}
          {c.waived > 0 && ` ${t('side.waivedCount', { count: c.waived })}`}
          {c.overdue > 0 && ` ${t('side.overdueCount', { count: c.overdue })}`}
        </span>
      );
    }
    case 'triggers': {
      const c = row.cells[candidateId];
      if (!c) return null;
      if (c.total === 0) return <span className="muted">{t('side.noTriggers')}</span>;
      return <span>{t('side.triggerCounts', { count: c.total, fired: c.fired, lapsed: c.lapsed })}</span>;
    }
    case 'risks': {
      const c = row.cells[candidateId];
      if (!c) return null;
      if (c.count === 0 || !c.highest) return <span>{t('side.noRisks')}</span>;
      return (
        <span className="terms-side__risk">
          <Badge tone={SEVERITY_TONE[c.highest]}>
            <span aria-hidden="true">{SEVERITY_ICON[c.highest]} </span>
            {t('side.highest', { severity: words.severity[c.highest] })}
          </Badge>{' '}
          {t('side.riskCount', { count: c.count })}
        </span>
      );
    }
    case 'exit': {
      const e = row.cells[candidateId];
      if (!e) return null;
      return <span>{t('side.exitScore', { score: e.score, band: words.band[e.band] })}</span>;
    }
    case 'review': {
      const r = row.cells[candidateId];
      if (!r) return null;
      return (
        <span className="terms-side__review">
          <Badge tone={REVIEW_TONE[r.status]}>{words.review[r.status]}</Badge>
          {r.reviewer && <span className="muted"> {t('side.reviewer', { name: r.reviewer })}</span>}
        </span>
      );
    }
  }
}
