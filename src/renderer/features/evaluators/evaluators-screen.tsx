/**
 * Evaluators: who scores, from which department and in what role, how far
 * each sheet has got (submit and reopen from here), the conflicts of
 * interest each has declared, how the panel scores, and the facilitator's
 * progress view (counts only).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluator } from '../../../shared/domain/entities';
import { collator } from '../../../shared/i18n/format';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import { ConfirmDeleteDialog } from '../../components/confirm-delete-dialog';
import { EmptyState } from '../../components/empty-state';
import { ScreenHeader } from '../../components/screen-header';
import { TableRowActions } from '../../components/table-row-actions';
import { ConflictsTable } from './conflicts-table';
import { EvaluatorFormDialog } from './evaluator-form-dialog';
import { PanelSettingsForm } from './panel-settings-form';
import { ProgressTable } from './progress-table';
import { SheetActions } from './sheet-actions';
import { sheetProgressOf } from './sheet-progress';
import { SheetStatusText } from './sheet-status-text';

export function EvaluatorsScreen() {
  const { t } = useTranslation('ui');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const [editing, setEditing] = useState<Evaluator | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Evaluator | null>(null);
  const byName = collator(lang);
  const evaluators = [...detail.evaluators].sort((a, b) => byName.compare(a.name, b.name));
  const addButton = (
    <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
      {t('evaluators.add')}
    </button>
  );

  return (
    <section className="screen" aria-labelledby="evaluators-title">
      <ScreenHeader id="evaluators-title" title={t('evaluators.heading')} intro={t('evaluators.intro')} actions={addButton} />
      {evaluators.length === 0 ? (
        <EmptyState action={addButton}>{t('evaluators.empty')}</EmptyState>
      ) : (
        <>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t('evaluators.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('evaluators.columns.name')}</th>
                  <th scope="col">{t('evaluators.columns.department')}</th>
                  <th scope="col">{t('evaluators.columns.role')}</th>
                  <th scope="col">{t('evaluators.columns.sheet')}</th>
                  <th scope="col" className="data-table__actions-head">
                    {t('evaluators.columns.actions')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {evaluators.map((e) => (
                  <tr key={e.id}>
                    <th scope="row" className="data-table__name">
                      {e.name}
                    </th>
                    <td>{e.department}</td>
                    <td>{e.role}</td>
                    <td className="evaluator-sheet">
                      <SheetStatusText progress={sheetProgressOf(detail, e.id)} />
                      <SheetActions evaluator={e} voice="row" small />
                    </td>
                    <TableRowActions
                      editLabel={t('evaluators.editLabel', { name: e.name })}
                      deleteLabel={t('evaluators.deleteLabel', { name: e.name })}
                      onEdit={() => setEditing(e)}
                      onDelete={() => setDeleting(e)}
                    />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <div className="panel-blocks">
        <PanelSettingsForm />
        {evaluators.length > 0 && (
          <>
            <ConflictsTable evaluators={evaluators} />
            <ProgressTable evaluators={evaluators} />
          </>
        )}
      </div>
      <EvaluatorFormDialog open={editing !== null} evaluator={editing === 'new' || editing === null ? undefined : editing} onClose={() => setEditing(null)} />
      {deleting && (
        <ConfirmDeleteDialog
          title={t('evaluators.deleteTitle', { name: deleting.name })}
          message={t('evaluators.deleteBody', { name: deleting.name })}
          confirmLabel={t('evaluators.deleteConfirm')}
          remove={() => mutate('evaluators.delete', { dealRoomId: detail.dealRoom.id, evaluatorId: deleting.id })}
          onDeleted={() => setDeleting(null)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
