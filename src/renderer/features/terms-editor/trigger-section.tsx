/**
 * The trigger rules of a term sheet, each read as a sentence (condition, then
 * what follows), with the builder to add or change one.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermSheet, Trigger } from '../../../shared/domain/terms';
import { describeAction, describeCondition } from '../../../shared/terms/evaluate-term-sheet';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import { ConfirmDeleteDialog } from '../../components/confirm-delete-dialog';
import { EmptyState } from '../../components/empty-state';
import { ClauseCommentsButton } from './clause-comments';
import { sheetMilestonesInOrder, sheetPhasesInOrder, sheetTriggersInOrder } from './sheet-records';
import { TriggerDialog } from './trigger-dialog';

export function TriggerSection({ sheet }: { sheet: TermSheet }) {
  const { t } = useTranslation('termsEditor');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const [editing, setEditing] = useState<Trigger | 'new' | null>(null);
  const [removing, setRemoving] = useState<Trigger | null>(null);
  const phases = sheetPhasesInOrder(detail.phases, sheet.id);
  const milestones = sheetMilestonesInOrder(detail.phases, detail.milestones, sheet.id);
  const triggers = sheetTriggersInOrder(detail.triggers, sheet.id);

  const add = (
    <button type="button" className="button" onClick={() => setEditing('new')} disabled={milestones.length === 0}>
      {t('trigger.addButton')}
    </button>
  );
  return (
    <section className="terms-editor__section" aria-labelledby="terms-editor-triggers">
      <div className="terms-editor__section-head">
        <div>
          <h3 className="section-title" id="terms-editor-triggers">
            {t('trigger.heading')}
          </h3>
          <p className="terms-editor__intro">{milestones.length === 0 ? t('trigger.needMilestones') : t('trigger.intro')}</p>
        </div>
        {triggers.length > 0 && add}
      </div>
      {triggers.length === 0 ? (
        <EmptyState action={add}>{t('trigger.empty')}</EmptyState>
      ) : (
        <ol className="trigger-list">
          {triggers.map((tr) => (
            <li key={tr.id} className="trigger-card">
              <div className="trigger-card__head">
                <h4 className="trigger-card__title">
                  <span className="trigger-card__code">{tr.code}</span> {tr.name}
                </h4>
                <div className="trigger-card__actions">
                  <ClauseCommentsButton termSheetId={sheet.id} clause={`trigger:${tr.id}`} />
                  <button type="button" className="button button--small" onClick={() => setEditing(tr)} aria-label={t('trigger.editLabel', { code: tr.code })}>
                    {t('ui:actions.edit')}
                  </button>
                  <button type="button" className="button button--small button--danger-text" onClick={() => setRemoving(tr)} aria-label={t('trigger.deleteLabel', { code: tr.code })}>
                    {t('ui:actions.delete')}
                  </button>
                </div>
              </div>
              <p className="trigger-card__when">
                <span className="trigger-card__label">{t('trigger.whenShort')}</span> {describeCondition(tr.condition, milestones, lang)}
              </p>
              <ul className="trigger-card__then" aria-label={t('trigger.thenLabel', { code: tr.code })}>
                {tr.actions.map((a, i) => (
                  <li key={i}>{describeAction(a, lang)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {editing && (
        <TriggerDialog termSheetId={sheet.id} phases={phases} milestones={milestones} triggers={triggers} trigger={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
      {removing && (
        <ConfirmDeleteDialog
          title={t('trigger.deleteTitle', { code: removing.code })}
          message={t('trigger.deleteBody', { code: removing.code })}
          confirmLabel={t('trigger.deleteConfirm')}
          remove={() => mutate('terms.deleteTrigger', { dealRoomId: detail.dealRoom.id, triggerId: removing.id })}
          onDeleted={() => setRemoving(null)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  );
}
