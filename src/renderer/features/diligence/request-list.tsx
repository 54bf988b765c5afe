/**
 * A candidate's due-diligence requests: what, requested when, due when, its
 * status (changed in place), the files that came in for it, and its order.
 * A request still waiting after its due date says so in words, not by colour.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../shared/domain/entities';
import { daysOverdue, summariseRequests } from '../../../shared/diligence/overdue';
import type { DueDiligenceItem, DueDiligenceStatus } from '../../../shared/domain/vetting';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { Badge } from '../../components/badge';
import { ConfirmDeleteDialog } from '../../components/confirm-delete-dialog';
import { EmptyState } from '../../components/empty-state';
import { ErrorText } from '../../components/error-text';
import { SelectField } from '../../components/select-field';
import { formatCalendarDate } from '../../../shared/i18n/format';
import { RequestFormDialog } from './request-form-dialog';
import { StandardRequestsDialog } from './standard-requests-dialog';
import { useStatusOptions } from './status-options';

interface RequestListProps {
  candidate: Candidate;
  name: string;
  today: string;
  onAttach: (itemId: string) => void;
}

export function RequestList({ candidate, name, today, onAttach }: RequestListProps) {
  const { t } = useTranslation('evidence');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const statusOptions = useStatusOptions();
  const [editing, setEditing] = useState<DueDiligenceItem | 'new' | null>(null);
  const [choosingStandard, setChoosingStandard] = useState(false);
  const [removing, setRemoving] = useState<DueDiligenceItem | null>(null);
  const dealRoomId = detail.dealRoom.id;
  const items = detail.dueDiligence.filter((d) => d.candidateId === candidate.id);
  const summary = summariseRequests(items, today);
  const filesOf = (itemId: string) => detail.evidence.filter((e) => e.attachedTo === 'due_diligence' && e.attachedId === itemId).length;
  const date = (iso: string | null) => (iso ? formatCalendarDate(iso, lang) : <span className="muted">{t('requests.noDate')}</span>);

  function move(index: number, by: -1 | 1) {
    const ids = items.map((i) => i.id);
    const [moved] = ids.splice(index, 1);
    if (!moved) return;
    ids.splice(index + by, 0, moved);
    void action.run(() => mutate('dueDiligence.reorder', { dealRoomId, candidateId: candidate.id, itemIds: ids }));
  }

  function setStatus(item: DueDiligenceItem, status: DueDiligenceStatus) {
    void action.run(() => mutate('dueDiligence.update', { dealRoomId, itemId: item.id, patch: { status } }));
  }

  const actions = (
    <div className="button-row">
      <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
        {t('requests.add')}
      </button>
      <button type="button" className="button" onClick={() => setChoosingStandard(true)}>
        {t('requests.addStandard')}
      </button>
    </div>
  );

  return (
    <section className="diligence-block" aria-labelledby="diligence-requests-title">
      <div className="diligence-block__header">
        <div>
          <h3 className="section-title" id="diligence-requests-title">
            {t('requests.heading', { name })}
          </h3>
          {items.length > 0 && <p className="diligence-block__summary">{t('requests.summary', { ...summary })}</p>}
        </div>
        {items.length > 0 && actions}
      </div>
      <ErrorText message={action.error?.message} />
      {items.length === 0 ? (
        <EmptyState action={actions}>{t('requests.empty', { name })}</EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="data-table diligence-requests">
            <caption className="visually-hidden">{t('requests.caption', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('requests.columns.order')}</th>
                <th scope="col">{t('requests.columns.item')}</th>
                <th scope="col">{t('requests.columns.requestedOn')}</th>
                <th scope="col">{t('requests.columns.dueOn')}</th>
                <th scope="col">{t('requests.columns.status')}</th>
                <th scope="col">{t('requests.columns.files')}</th>
                <th scope="col" className="data-table__actions-head">
                  {t('requests.columns.actions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item, index) => {
                const late = daysOverdue(item, today);
                const files = filesOf(item.id);
                return (
                  <tr key={item.id} className={late > 0 ? 'diligence-requests__row--overdue' : undefined}>
                    <td className="diligence-requests__order">
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={t('requests.moveUp', { item: item.item })}
                        disabled={index === 0 || action.busy}
                        onClick={() => move(index, -1)}
                      >
                        <span aria-hidden="true">↑</span>
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={t('requests.moveDown', { item: item.item })}
                        disabled={index === items.length - 1 || action.busy}
                        onClick={() => move(index, 1)}
                      >
                        <span aria-hidden="true">↓</span>
                      </button>
                    </td>
                    <th scope="row" className="diligence-requests__item">
                      <span className="data-table__name">{item.item}</span>
                      {late > 0 && (
                        <span className="diligence-requests__overdue">
                          <Badge tone="bad">{t('requests.overdue', { count: late })}</Badge>
                        </span>
                      )}
                      {item.note && <span className="diligence-requests__note">{item.note}</span>}
                    </th>
                    <td className="diligence-requests__date">{date(item.requestedOn)}</td>
                    <td className="diligence-requests__date">{date(item.dueOn)}</td>
                    <td>
                      <SelectField
                        hideLabel
                        label={t('requests.statusLabel', { item: item.item })}
                        value={item.status}
                        options={statusOptions}
                        onChange={(status) => setStatus(item, status)}
                        disabled={action.busy}
                      />
                    </td>
                    <td className="diligence-requests__files">
                      <span>{files === 0 ? t('requests.noFiles') : t('requests.fileCount', { count: files })}</span>
                      <button type="button" className="button button--small" aria-label={t('requests.attachLabel', { item: item.item })} onClick={() => onAttach(item.id)}>
                        {t('requests.attach')}
                      </button>
                    </td>
                    <td className="data-table__actions">
                      <button type="button" className="button button--small" aria-label={t('requests.editLabel', { item: item.item })} onClick={() => setEditing(item)}>
                        {t('ui:actions.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button--small button--danger-text"
                        aria-label={t('requests.deleteLabel', { item: item.item })}
                        onClick={() => setRemoving(item)}
                      >
                        {t('ui:actions.delete')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <RequestFormDialog
        open={editing !== null}
        candidate={candidate}
        name={name}
        today={today}
        request={editing === 'new' || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
      />
      <StandardRequestsDialog open={choosingStandard} candidate={candidate} name={name} today={today} onClose={() => setChoosingStandard(false)} />
      {removing && (
        <ConfirmDeleteDialog
          title={t('requests.deleteTitle')}
          message={
            filesOf(removing.id) === 0
              ? t('requests.deleteBody', { item: removing.item })
              : t('requests.deleteBodyFiles', { item: removing.item, count: filesOf(removing.id) })
          }
          confirmLabel={t('requests.deleteConfirm')}
          remove={() => mutate('dueDiligence.remove', { dealRoomId, itemId: removing.id })}
          onDeleted={() => setRemoving(null)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  );
}
