/**
 * The pipeline as a list, however long (issue 9, "Long list of 10,000
 * candidates"): sorted and filtered in SQL and read a page at a time
 * (use-long-list-pages.ts), and windowed: only the rows in view, and a few
 * either side, are in the document; the rest of the list is two spacer rows
 * of the right height, so the scroll bar is the whole list's. Rows have one
 * fixed height, which makes the row at any scroll position a division.
 *
 * TanStack Table (v9, core only) gives the columns and cells, as in the
 * matrix; sorting and filtering are the server's, so the table only renders.
 * Column heads are buttons with aria-sort; the table states its full row
 * count (aria-rowcount) and each row its place (aria-rowindex), so a screen
 * reader tells where in 10,000 rows it is.
 */
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { candidateAltName, candidateName } from '../../../shared/domain/display-names';
import type { Candidate } from '../../../shared/domain/entities';
import { PIPELINE_STAGES, type PipelineStage } from '../../../shared/domain/vetting';
import { formatCalendarDate, formatPoints } from '../../../shared/i18n/format';
import { STAGE_LABEL } from '../../../shared/i18n/pipeline-label-keys';
import type { LongListSortKey } from '../../../shared/long-list/long-list-page';
import { useLanguage } from '../../app/use-language';
import { ErrorText } from '../../components/error-text';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { ComparedBadge, OriginBadge, WarningsBadge } from './candidate-badges';
import { filterOf, nextSort, type LongListViewState } from './long-list-view-state';
import { MoveStageControl } from './move-stage-control';
import type { PipelineCard } from './pipeline-view-model';
import { useDebouncedValue } from './use-debounced-value';
import { useLongListPages, type RowWindow } from './use-long-list-pages';

/** Every row's height in pixels (the stylesheet gives rows the same): row i starts at i × ROW_HEIGHT. */
export const ROW_HEIGHT = 52;
/** Rows rendered beyond each edge of the view, so a short scroll shows rows already there. */
const OVERSCAN = 6;
/**
 * The filter asks once typing has paused this long: long enough to fold a
 * fast typist's burst, an IME commit or a held key into one request, short
 * enough to stay inside the 100 ms an interaction may take (issue 9). A
 * request costs a few milliseconds of SQL; answers to text no longer in the
 * box are dropped (use-long-list-pages.ts), so a request too many is harmless.
 */
export const FILTER_DELAY_MS = 50;
/** The height of the view before it is measured (the stylesheet sets the real one). */
const FIRST_VIEW_HEIGHT = 560;

interface ListRow {
  index: number;
  candidate: Candidate | undefined;
}

interface LongListTableProps {
  dealRoomId: string;
  /** The room's updatedAt: when it changes, the rows in view are read again. */
  version: string;
  view: LongListViewState;
  onViewChange: (view: LongListViewState) => void;
  /** Each candidate's warnings and comparison state, from the room in memory. */
  cardOf: (candidate: Candidate) => PipelineCard;
  selectedId: string | null;
  busy: boolean;
  onSelect: (candidate: Candidate) => void;
  onMove: (candidate: Candidate, stage: PipelineStage) => void;
}

/** The row after the last one at least partly in view. */
function lastInView(firstInView: number, viewHeight: number): number {
  return firstInView + Math.ceil(viewHeight / ROW_HEIGHT) + 1;
}

/** The rows to render for a view starting at `firstInView`: those in view and OVERSCAN either side. */
function rowsToRender(firstInView: number, viewHeight: number): RowWindow {
  return { first: Math.max(0, firstInView - OVERSCAN), end: lastInView(firstInView, viewHeight) + OVERSCAN };
}

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, ListRow>();

/** A row's name: a button that opens the candidate's details, the other script's name beside it; a row still on its way says so. */
function NameCell({ candidate, selected, onSelect }: { candidate: Candidate | undefined; selected: boolean; onSelect: (c: Candidate) => void }) {
  const { t } = useTranslation('pipeline');
  const lang = useLanguage();
  if (!candidate) return <span className="long-list__loading">{t('list.loadingRow')}</span>;
  const alt = candidateAltName(candidate, lang);
  return (
    <>
      <button type="button" className="pipeline-table__name" aria-pressed={selected} data-candidate-id={candidate.id} onClick={() => onSelect(candidate)}>
        {candidateName(candidate, lang)}
      </button>
      {alt && <span className="long-list__alt">{alt}</span>}
    </>
  );
}

const SORTABLE: Record<string, LongListSortKey> = { candidate: 'name', stage: 'stage', origin: 'origin', headquarters: 'headquarters', firstContact: 'firstContact' };

export function LongListTable({ dealRoomId, version, view, onViewChange, cardOf, selectedId, busy, onSelect, onMove }: LongListTableProps) {
  const { t } = useTranslation('pipeline');
  const lang = useLanguage();
  const viewport = useRef<HTMLDivElement>(null);
  // The first row in view, not the scroll position: scrolling within a row renders nothing again.
  const [firstInView, setFirstInView] = useState(0);
  const [viewHeight, setViewHeight] = useState(FIRST_VIEW_HEIGHT);
  const text = useDebouncedValue(view.text, FILTER_DELAY_MS);
  const filter = useMemo(() => filterOf(text, view.stage), [text, view.stage]);
  const sort = view.sort;

  const endOfView = lastInView(firstInView, viewHeight);
  const rowWindow = useMemo(() => rowsToRender(firstInView, viewHeight), [firstInView, viewHeight]);
  const list = useLongListPages({ dealRoomId, sort, filter, version, window: rowWindow });
  const total = list.total ?? 0;

  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return undefined;
    const measure = () => setViewHeight(el.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // A new sort or filter shows its list from the top.
  useEffect(() => {
    if (viewport.current) viewport.current.scrollTop = 0;
    setFirstInView(0);
  }, [sort, filter]);

  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const first = Math.floor(e.currentTarget.scrollTop / ROW_HEIGHT);
    if (first === firstInView) return;
    list.prefetch(rowsToRender(first, viewHeight));
    setFirstInView(first);
  };

  const rows: ListRow[] = [];
  const first = Math.min(rowWindow.first, total);
  const end = Math.min(rowWindow.end, total);
  for (let index = first; index < end; index += 1) rows.push({ index, candidate: list.rowAt(index) });

  const columns = useMemo(
    () => [
      helper.display({
        id: 'candidate',
        header: () => t('list.columns.candidate'),
        cell: ({ row }) => <NameCell candidate={row.original.candidate} selected={row.original.candidate?.id === selectedId} onSelect={onSelect} />,
      }),
      helper.display({ id: 'stage', header: () => t('list.columns.stage'), cell: ({ row }) => (row.original.candidate ? t(STAGE_LABEL[row.original.candidate.stage]) : null) }),
      helper.display({ id: 'origin', header: () => t('list.columns.origin'), cell: ({ row }) => (row.original.candidate ? <OriginBadge card={cardOf(row.original.candidate)} /> : null) }),
      helper.display({ id: 'headquarters', header: () => t('list.columns.headquarters'), cell: ({ row }) => row.original.candidate?.headquarters ?? null }),
      helper.display({
        id: 'firstContact',
        header: () => t('list.columns.firstContact'),
        cell: ({ row }) => {
          const on = row.original.candidate?.firstContactOn;
          return on ? formatCalendarDate(on, lang) : row.original.candidate ? <span className="muted">{t('list.noContact')}</span> : null;
        },
      }),
      helper.display({ id: 'warnings', header: () => t('list.columns.warnings'), cell: ({ row }) => (row.original.candidate ? <WarningsBadge card={cardOf(row.original.candidate)} /> : null) }),
      helper.display({ id: 'compared', header: () => t('list.columns.compared'), cell: ({ row }) => (row.original.candidate ? <ComparedBadge card={cardOf(row.original.candidate)} /> : null) }),
      helper.display({
        id: 'move',
        header: () => t('list.columns.move'),
        cell: ({ row }) => {
          const c = row.original.candidate;
          return c ? <MoveStageControl candidate={c} name={candidateName(c, lang)} busy={busy} onMove={onMove} /> : null;
        },
      }),
    ],
    // t changes identity with the language, so lang covers it.
    [lang, cardOf, busy, onMove, onSelect, selectedId],
  );

  const table = useTable({ features, columns, data: rows, getRowId: (row) => String(row.index) });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const count = (n: number) => formatPoints(n, lang, 0);
  const shownFirst = Math.min(firstInView + 1, total);
  const shownLast = Math.min(endOfView, total);
  const filtered = filter.text !== '' || filter.stages.length > 0;

  const status = (() => {
    if (list.total === null) return t('list.loading');
    if (total === 0) return filtered ? t('list.noMatch') : t('list.empty');
    const figures = { first: count(shownFirst), last: count(shownLast), total: count(total), inRoom: count(list.inRoom ?? total) };
    return filtered ? t('list.showingFiltered', figures) : t('list.showing', figures);
  })();

  const stageOptions = [{ value: 'all' as const, label: t('list.allStages') }, ...PIPELINE_STAGES.map((value) => ({ value, label: t(STAGE_LABEL[value]) }))];

  return (
    <div className="long-list">
      <div className="long-list__controls">
        <TextField
          className="long-list__filter"
          type="search"
          label={t('list.filterLabel')}
          hint={t('list.filterHint')}
          value={view.text}
          onChange={(value) => onViewChange({ ...view, text: value })}
        />
        <SelectField className="long-list__stage" label={t('list.stageFilter')} value={view.stage} options={stageOptions} onChange={(stage) => onViewChange({ ...view, stage })} />
        <p className="long-list__status" role="status" data-settled={list.settled}>
          {status}
        </p>
      </div>
      <ErrorText message={list.error ?? undefined} />
      <div ref={viewport} className="long-list__viewport" role="region" aria-label={t('list.viewportLabel')} tabIndex={0} onScroll={onScroll}>
        <table className="data-table long-list__table" aria-rowcount={total + 1}>
          <caption className="visually-hidden">{t('list.caption')}</caption>
          <colgroup>
            {headers.map((h) => (
              <col key={h.id} className={`long-list__col--${h.column.id}`} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {headers.map((header) => {
                const key = SORTABLE[header.column.id];
                const active = key !== undefined && sort.key === key;
                const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : key ? 'none' : undefined;
                return (
                  <th key={header.id} scope="col" aria-sort={ariaSort}>
                    {key ? (
                      <button type="button" className="long-list__sort" onClick={() => onViewChange({ ...view, sort: nextSort(sort, key) })}>
                        <table.FlexRender header={header} />
                        <span className="long-list__sort-mark" aria-hidden="true">
                          {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            <tr className="long-list__spacer" aria-hidden="true" style={{ height: first * ROW_HEIGHT }} />
            {table.getRowModel().rows.map((row) => {
              const c = row.original.candidate;
              return (
                <tr
                  key={row.original.index}
                  className={['long-list__row', c && c.id === selectedId ? 'is-selected' : null].filter(Boolean).join(' ')}
                  aria-rowindex={row.original.index + 2}
                  data-row-index={row.original.index}
                >
                  {row.getAllCells().map((cell) =>
                    cell.column.id === 'candidate' ? (
                      <th key={cell.id} scope="row" className="data-table__name">
                        <table.FlexRender cell={cell} />
                      </th>
                    ) : (
                      <td key={cell.id}>
                        <table.FlexRender cell={cell} />
                      </td>
                    ),
                  )}
                </tr>
              );
            })}
            <tr className="long-list__spacer" aria-hidden="true" style={{ height: Math.max(0, total - end) * ROW_HEIGHT }} />
          </tbody>
        </table>
      </div>
    </div>
  );
}
