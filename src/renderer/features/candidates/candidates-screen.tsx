/**
 * Candidates: every firm considered, the 3–5 compared side by side, and the
 * forms to add, edit and remove them. A long list of more than a hundred
 * shows the compared ones and the first others, with a find box to reach any
 * of the rest (visible-candidates.ts); the whole list, sorted and filtered,
 * is the pipeline's list view.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_COMPARED } from '../../../shared/domain/deal-room-file';
import type { Candidate } from '../../../shared/domain/entities';
import { candidateName } from '../../../shared/domain/display-names';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { ConfirmDeleteDialog } from '../../components/confirm-delete-dialog';
import { EmptyState } from '../../components/empty-state';
import { ErrorText } from '../../components/error-text';
import { ScreenHeader } from '../../components/screen-header';
import { LongListImportButton } from '../long-list/long-list-import-button';
import { CandidateFormDialog } from './candidate-form-dialog';
import { CandidateTable } from './candidate-table';
import { ComparedCountNotice } from './compared-count-notice';
import { nextComparedSet } from './next-compared-set';
import { TextField } from '../../components/text-field';
import { formatPoints } from '../../../shared/i18n/format';
import { CANDIDATE_TABLE_LIMIT, visibleCandidates } from './visible-candidates';

export function CandidatesScreen() {
  const { t } = useTranslation('ui');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const [editing, setEditing] = useState<Candidate | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Candidate | null>(null);
  const [limitMessage, setLimitMessage] = useState<string | undefined>();
  const [find, setFind] = useState('');
  const compareAction = useApiAction();
  const dealRoomId = detail.dealRoom.id;
  const candidates = useMemo(() => [...detail.candidates].sort((a, b) => a.sortOrder - b.sortOrder), [detail.candidates]);
  const comparedIds = candidates.filter((c) => c.compared).map((c) => c.id);
  const longList = candidates.length > CANDIDATE_TABLE_LIMIT;
  const shown = useMemo(() => visibleCandidates(candidates, longList ? find : ''), [candidates, longList, find]);

  async function toggle(candidate: Candidate, compare: boolean) {
    const change = nextComparedSet(comparedIds, candidate.id, compare);
    if (!change.ok) {
      setLimitMessage(t('compared.tooMany', { max: MAX_COMPARED }));
      return;
    }
    setLimitMessage(undefined);
    await compareAction.run(() => mutate('candidates.setCompared', { dealRoomId, candidateIds: change.ids }));
  }

  return (
    <section className="screen" aria-labelledby="candidates-title">
      <ScreenHeader
        id="candidates-title"
        title={t('candidates.heading')}
        intro={t('candidates.intro')}
        actions={
          <>
            <LongListImportButton />
            <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
              {t('candidates.add')}
            </button>
          </>
        }
      />
      <div className="compared-bar">
        <p className="compared-bar__count" role="status">
          {t('compared.status', { count: comparedIds.length, max: MAX_COMPARED })}
        </p>
        <ErrorText message={limitMessage ?? compareAction.error?.message} />
      </div>
      <ComparedCountNotice count={comparedIds.length} />
      {candidates.length === 0 ? (
        <EmptyState
          action={
            <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
              {t('candidates.add')}
            </button>
          }
        >
          {t('candidates.empty')}
        </EmptyState>
      ) : (
        <>
          {longList && (
            <div className="candidates-find">
              <TextField type="search" label={t('candidates.findLabel')} value={find} onChange={setFind} />
              <p className="muted" role="status">
                {t('candidates.longListNote', { shown: formatPoints(shown.rows.length, lang, 0), matching: formatPoints(shown.matching, lang, 0), total: formatPoints(candidates.length, lang, 0) })}
              </p>
            </div>
          )}
          <CandidateTable
          candidates={shown.rows}
          busy={compareAction.busy}
          onToggleCompared={(c, v) => void toggle(c, v)}
          onEdit={(c) => setEditing(c)}
          onDelete={(c) => setDeleting(c)}
          />
        </>
      )}
      <CandidateFormDialog open={editing !== null} candidate={editing === 'new' || editing === null ? undefined : editing} onClose={() => setEditing(null)} />
      {deleting && (
        <ConfirmDeleteDialog
          title={t('candidates.deleteTitle', { name: candidateName(deleting, lang) })}
          message={t('candidates.deleteBody', { name: candidateName(deleting, lang) })}
          confirmLabel={t('candidates.deleteConfirm')}
          remove={() => mutate('candidates.delete', { dealRoomId, candidateId: deleting.id })}
          onDeleted={() => setDeleting(null)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
