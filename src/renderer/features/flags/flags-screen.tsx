/**
 * Red flags (issue 5): what each candidate said or did that may be a
 * deflection, with its status, what checking it showed and what it does to
 * the matrix; filters by status and candidate; a "Log a flag" dialog with the
 * library; and the two checklists of warning and dependency signs.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { candidateName } from '../../../shared/domain/display-names';
import type { FlagStatus, RedFlag } from '../../../shared/domain/vetting';
import { collator } from '../../../shared/i18n/format';
import type { FlagReference } from '../../../shared/red-flags/red-flag-library';
import { useDealRoom } from '../../app/deal-room-context';
import type { Section } from '../../app/section-tabs';
import { useLanguage } from '../../app/use-language';
import { Badge } from '../../components/badge';
import { ConfirmDeleteDialog } from '../../components/confirm-delete-dialog';
import { EmptyState } from '../../components/empty-state';
import { ScreenHeader } from '../../components/screen-header';
import { SelectField } from '../../components/select-field';
import { ChecklistsPanel } from './checklists-panel';
import { FlagCard } from './flag-card';
import { draftFromFlag, emptyDraft, withReference, type FlagDraft } from './flag-draft';
import { filteredFlags, NO_FILTER, type FlagFilter } from './flag-filter';
import { FlagStatusDialog } from './flag-status-dialog';
import { LogFlagDialog } from './log-flag-dialog';
import './flags.css';

type Dialog =
  | { kind: 'log'; draft: FlagDraft }
  | { kind: 'edit'; flag: RedFlag }
  | { kind: 'status'; flag: RedFlag; status: FlagStatus }
  | { kind: 'delete'; flag: RedFlag }
  | null;

export function FlagsScreen({ onGoTo }: { onGoTo: (s: Section) => void }) {
  const { t } = useTranslation('flags');
  const lang = useLanguage();
  const { detail, analysis, mutate } = useDealRoom();
  const [filter, setFilter] = useState<FlagFilter>(NO_FILTER);
  const [dialog, setDialog] = useState<Dialog>(null);
  const byName = collator(lang);
  const candidates = [...detail.candidates].sort((a, b) => a.sortOrder - b.sortOrder);
  const candidateById = new Map(candidates.map((c) => [c.id, c]));
  const groups = filteredFlags(detail, filter);
  const flaggedOut = new Set(analysis.scoring.candidates.filter((c) => c.knockedOutByFlag).map((c) => c.candidateId));

  // A new flag goes on the candidate being looked at, else the first one compared.
  const defaultCandidateId =
    (filter.candidateId !== 'all' ? filter.candidateId : undefined) ?? candidates.find((c) => c.compared)?.id ?? candidates[0]?.id ?? '';
  const logFrom = (reference: FlagReference | null) =>
    setDialog({ kind: 'log', draft: withReference(emptyDraft(defaultCandidateId), reference, null, detail.criteria, lang) });

  const logButton = (
    <button type="button" className="button button--primary" onClick={() => logFrom(null)} disabled={candidates.length === 0}>
      {t('logFlag')}
    </button>
  );

  const statusOptions: { value: FlagFilter['status']; label: string }[] = [
    { value: 'all', label: t('filters.allStatuses') },
    { value: 'open', label: t('status.open') },
    { value: 'confirmed', label: t('status.confirmed') },
    { value: 'cleared', label: t('status.cleared') },
  ];
  const candidateOptions = [
    { value: 'all', label: t('filters.allCandidates') },
    ...candidates
      .map((c) => ({ value: c.id, label: t('filters.candidateOption', { name: candidateName(c, lang), count: detail.flags.filter((f) => f.candidateId === c.id).length }) }))
      .sort((a, b) => byName.compare(a.label, b.label)),
  ];

  return (
    <section className="screen flags-screen" aria-labelledby="flags-title">
      <ScreenHeader id="flags-title" title={t('heading')} intro={t('intro')} actions={logButton} />
      {candidates.length === 0 ? (
        <EmptyState
          action={
            <button type="button" className="button" onClick={() => onGoTo('candidates')}>
              {t('goToCandidates')}
            </button>
          }
        >
          {t('noCandidates')}
        </EmptyState>
      ) : (
        <>
          <form className="flag-filters" role="search" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
            <SelectField label={t('filters.status')} value={filter.status} options={statusOptions} onChange={(status) => setFilter((f) => ({ ...f, status }))} />
            <SelectField
              label={t('filters.candidate')}
              value={filter.candidateId}
              options={candidateOptions}
              onChange={(candidateId) => setFilter((f) => ({ ...f, candidateId }))}
            />
            <p className="flag-filters__total" role="status">
              {t('filters.total', { count: groups.reduce((n, g) => n + g.flags.length, 0) })}
            </p>
          </form>
          {detail.flags.length === 0 ? (
            <EmptyState action={logButton}>{t('empty')}</EmptyState>
          ) : groups.length === 0 ? (
            <EmptyState
              action={
                <button type="button" className="button" onClick={() => setFilter(NO_FILTER)}>
                  {t('filters.reset')}
                </button>
              }
            >
              {t('filters.none')}
            </EmptyState>
          ) : (
            groups.map(({ candidate, flags }) => {
              const headingId = `flags-of-${candidate.id}`;
              const own = detail.flags.filter((f) => f.candidateId === candidate.id);
              const count = (s: FlagStatus) => own.filter((f) => f.status === s).length;
              return (
                <section key={candidate.id} className="flag-group" aria-labelledby={headingId}>
                  <div className="flag-group__head">
                    <h3 id={headingId} className="flag-section-title">
                      {candidateName(candidate, lang)}
                    </h3>
                    <p className="flag-group__counts">{t('group.counts', { open: count('open'), confirmed: count('confirmed'), cleared: count('cleared') })}</p>
                    {flaggedOut.has(candidate.id) && <Badge tone="bad">{t('group.knockedOut')}</Badge>}
                    {!candidate.compared && <Badge>{t('group.notCompared')}</Badge>}
                  </div>
                  <div className="flag-group__list">
                    {flags.map((flag) => (
                      <FlagCard
                        key={flag.id}
                        flag={flag}
                        criteria={detail.criteria}
                        onStatus={(status) => setDialog({ kind: 'status', flag, status })}
                        onEdit={() => setDialog({ kind: 'edit', flag })}
                        onDelete={() => setDialog({ kind: 'delete', flag })}
                      />
                    ))}
                  </div>
                </section>
              );
            })
          )}
          <ChecklistsPanel onLog={logFrom} canLog={candidates.length > 0} />
        </>
      )}

      {dialog?.kind === 'log' && <LogFlagDialog initial={dialog.draft} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <LogFlagDialog initial={draftFromFlag(dialog.flag)} editing={dialog.flag} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'status' && candidateById.has(dialog.flag.candidateId) && (
        <FlagStatusDialog flag={dialog.flag} candidate={candidateById.get(dialog.flag.candidateId)!} status={dialog.status} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDeleteDialog
          title={t('delete.title')}
          message={t('delete.body', { said: dialog.flag.said })}
          confirmLabel={t('delete.confirm')}
          remove={() => mutate('flags.delete', { dealRoomId: detail.dealRoom.id, flagId: dialog.flag.id })}
          onDeleted={() => setDialog(null)}
          onCancel={() => setDialog(null)}
        />
      )}
    </section>
  );
}
