/**
 * The phases of a term sheet in date order (pilot → conditional exclusivity
 * → renewal, or whatever legal drafts), each with its milestones; adding,
 * editing and deleting phases. The store refuses to delete a phase whose
 * milestones a trigger still uses; its message is shown in the dialog.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phase, TermSheet } from '../../../shared/domain/terms';
import { useDealRoom } from '../../app/deal-room-context';
import { ConfirmDeleteDialog } from '../../components/confirm-delete-dialog';
import { EmptyState } from '../../components/empty-state';
import { PhaseCard } from './phase-card';
import { PhaseDialog } from './phase-dialog';
import { sheetPhasesInOrder } from './sheet-records';

export function PhaseSection({ sheet, today }: { sheet: TermSheet; today: string }) {
  const { t } = useTranslation('termsEditor');
  const { detail, mutate } = useDealRoom();
  const [editing, setEditing] = useState<Phase | 'new' | null>(null);
  const [removing, setRemoving] = useState<Phase | null>(null);
  const phases = sheetPhasesInOrder(detail.phases, sheet.id);
  const milestonesOf = (phaseId: string) => detail.milestones.filter((m) => m.phaseId === phaseId).sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.sortOrder - b.sortOrder);
  const removingCount = removing ? milestonesOf(removing.id).length : 0;

  const add = (
    <button type="button" className="button" onClick={() => setEditing('new')}>
      {t('phase.addButton')}
    </button>
  );
  return (
    <section className="terms-editor__section" aria-labelledby="terms-editor-phases">
      <div className="terms-editor__section-head">
        <div>
          <h3 className="section-title" id="terms-editor-phases">
            {t('phase.heading')}
          </h3>
          <p className="terms-editor__intro">{t('phase.intro')}</p>
        </div>
        {phases.length > 0 && add}
      </div>
      {phases.length === 0 ? (
        <EmptyState action={add}>{t('phase.empty')}</EmptyState>
      ) : (
        <ol className="phase-list">
          {phases.map((p, i) => (
            <PhaseCard key={p.id} phase={p} index={i} phases={phases} milestones={milestonesOf(p.id)} today={today} onEdit={() => setEditing(p)} onDelete={() => setRemoving(p)} />
          ))}
        </ol>
      )}
      {editing && <PhaseDialog termSheetId={sheet.id} phase={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      {removing && (
        <ConfirmDeleteDialog
          title={t('phase.deleteTitle', { name: removing.name })}
          message={removingCount === 0 ? t('phase.deleteBody', { name: removing.name }) : t('phase.deleteBodyMilestones', { name: removing.name, count: removingCount })}
          confirmLabel={t('phase.deleteConfirm')}
          remove={() => mutate('terms.deletePhase', { dealRoomId: detail.dealRoom.id, phaseId: removing.id })}
          onDeleted={() => setRemoving(null)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  );
}
