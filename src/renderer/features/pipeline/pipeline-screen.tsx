/**
 * The pipeline: every candidate from the long list to a partner (or
 * declined), as a board or a list with the counts per stage. The list is the
 * whole long list, paged, sorted and filtered in SQL (long-list-table.tsx);
 * the board shows the first cards of each stage and points to the list for
 * the rest. The comparison gate is stated once, with how far the deal-room is
 * from passing it; moves the gate refuses can go ahead only with an override
 * and its reason. Selecting a candidate opens its intake, suitor signals and
 * stage history.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../shared/domain/entities';
import type { PipelineStage } from '../../../shared/domain/vetting';
import { formatPoints } from '../../../shared/i18n/format';
import { useDealRoom } from '../../app/deal-room-context';
import type { Section } from '../../app/section-tabs';
import { useLanguage } from '../../app/use-language';
import { EmptyState } from '../../components/empty-state';
import { ErrorText } from '../../components/error-text';
import { Notice } from '../../components/notice';
import { ScreenHeader } from '../../components/screen-header';
import { CandidateDetail } from './candidate-detail';
import { LongListTable } from './long-list-table';
import { INITIAL_LONG_LIST_VIEW, type LongListViewState } from './long-list-view-state';
import { PipelineBoard } from './pipeline-board';
import { pipelineView, type PipelineCard } from './pipeline-view-model';
import { StageCounts } from './stage-counts';
import { useStageMove } from './use-stage-move';
import './pipeline.css';

type View = 'board' | 'list';

export function PipelineScreen({ onGoTo }: { onGoTo: (s: Section) => void }) {
  const { t } = useTranslation('pipeline');
  const lang = useLanguage();
  const { detail } = useDealRoom();
  const [view, setView] = useState<View>('board');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [listView, setListView] = useState<LongListViewState>(INITIAL_LONG_LIST_VIEW);
  const model = useMemo(() => pipelineView(detail), [detail]);
  const cards = useMemo(() => new Map(model.columns.flatMap((c) => c.cards).map((card) => [card.candidate.id, card])), [model]);
  // The row's own candidate (as read with its page) with the room's facts about it; a candidate read after the room
  // in memory (added through another door a moment ago) has none yet: no warnings, not evaluated.
  const cardOf = useCallback(
    (candidate: Candidate): PipelineCard => {
      const card = cards.get(candidate.id);
      return { candidate, warnings: card?.warnings ?? 0, evaluated: card?.evaluated ?? false };
    },
    [cards],
  );
  const move = useStageMove();
  const selected = detail.candidates.find((c) => c.id === selectedId) ?? null;
  const onSelect = useCallback((c: { id: string }) => setSelectedId(c.id), []);
  const showInList = (stage: PipelineStage) => {
    setListView({ ...listView, stage, text: '' });
    setView('list');
  };

  const header = <ScreenHeader id="pipeline-title" title={t('screen.heading')} intro={t('screen.intro')} />;
  if (detail.candidates.length === 0) {
    return (
      <section className="screen" aria-labelledby="pipeline-title">
        {header}
        <EmptyState
          action={
            <button type="button" className="button button--primary" onClick={() => onGoTo('candidates')}>
              {t('ui:tabs.candidates')}
            </button>
          }
        >
          {t('screen.empty')}
        </EmptyState>
      </section>
    );
  }

  const count = (n: number) => formatPoints(n, lang, 0);
  const gateOpen = model.evaluated >= model.required;
  const figures = { evaluated: count(model.evaluated), total: count(model.total), required: count(model.required) };
  const closeDetail = () => {
    const back = selectedId ? document.querySelector<HTMLElement>(`[data-candidate-id="${selectedId}"]`) : null;
    setSelectedId(null);
    back?.focus();
  };
  const listProps = { selectedId, busy: move.busy, onSelect, onMove: move.request };
  return (
    <section className="screen" aria-labelledby="pipeline-title">
      {header}
      <Notice tone={gateOpen ? 'info' : 'warn'}>
        <p>{t('gate.rule', { required: model.required })}</p>
        <p className="pipeline-gate__status">
          {gateOpen ? t('gate.statusOpen', figures) : t('gate.statusShort', figures)}
        </p>
      </Notice>
      <div className="pipeline-toolbar">
        <div className="pipeline-view-switch" role="group" aria-label={t('view.label')}>
          {(['board', 'list'] as const).map((v) => (
            <button key={v} type="button" className="pipeline-view-switch__option" aria-pressed={view === v} onClick={() => setView(v)}>
              {v === 'board' ? t('view.board') : t('view.list')}
            </button>
          ))}
        </div>
        <p className="pipeline-toolbar__status" role="status">
          {move.status}
        </p>
        <ErrorText message={move.error} />
      </div>
      {view === 'board' ? (
        <PipelineBoard columns={model.columns} onShowInList={showInList} {...listProps} />
      ) : (
        <>
          <StageCounts columns={model.columns} />
          <LongListTable dealRoomId={detail.dealRoom.id} version={detail.dealRoom.updatedAt} view={listView} onViewChange={setListView} cardOf={cardOf} {...listProps} />
        </>
      )}
      {selected ? (
        <CandidateDetail key={selected.id} candidate={selected} onClose={closeDetail} />
      ) : (
        <p className="pipeline-detail-hint muted">{t('detail.selectHint')}</p>
      )}
      {move.dialogs}
    </section>
  );
}
