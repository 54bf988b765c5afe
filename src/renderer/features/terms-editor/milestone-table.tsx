/**
 * A phase's milestones as a table: what is measured, the target, when it is
 * due, and what happened (status in words, actual, settled on, evidence).
 * A pending milestone past its due date says "Overdue" in words.
 */
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Milestone, Phase } from '../../../shared/domain/terms';
import { formatCalendarDate } from '../../../shared/i18n/format';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import { Badge } from '../../components/badge';
import { ConfirmDeleteDialog } from '../../components/confirm-delete-dialog';
import { amountText } from './amount-text';
import { ClauseCommentsButton } from './clause-comments';
import { isOverdue } from './milestone-draft';
import { MilestoneDialog } from './milestone-dialog';
import { OutcomeDialog } from './outcome-dialog';
import { MILESTONE_TONE, useTermLabels } from './use-term-labels';

interface MilestoneTableProps {
  phase: Phase;
  phases: readonly Phase[];
  milestones: readonly Milestone[];
  today: string;
}

export function MilestoneTable({ phase, phases, milestones, today }: MilestoneTableProps) {
  const { t } = useTranslation('termsEditor');
  const lang = useLanguage();
  const labels = useTermLabels();
  const { detail, mutate } = useDealRoom();
  const [editing, setEditing] = useState<Milestone | 'new' | null>(null);
  const [recording, setRecording] = useState<Milestone | null>(null);
  const [removing, setRemoving] = useState<Milestone | null>(null);

  return (
    <div className="milestones">
      <div className="milestones__head">
        <h5 className="milestones__title">{t('milestone.heading', { count: milestones.length })}</h5>
        <button type="button" className="button button--small" onClick={() => setEditing('new')} aria-label={t('milestone.addLabel', { phase: phase.name })}>
          {t('milestone.add')}
        </button>
      </div>
      {milestones.length === 0 ? (
        <p className="milestones__empty">{t('milestone.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table milestones__table">
            <caption className="visually-hidden">{t('milestone.caption', { phase: phase.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('milestone.columns.code')}</th>
                <th scope="col">{t('milestone.columns.measure')}</th>
                <th scope="col" className="num">
                  {t('milestone.columns.target')}
                </th>
                <th scope="col">{t('milestone.columns.dueOn')}</th>
                <th scope="col">{t('milestone.columns.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {milestones.map((m) => {
                const overdue = isOverdue(m, today);
                return (
                  <Fragment key={m.id}>
                    <tr className="milestones__row">
                      <th scope="row" className="milestones__code">
                        {m.code}
                      </th>
                      <td className="milestones__measure">
                        <span className="data-table__name">{labels.measure(m)}</span>
                        {m.description && <span className="milestones__description">{m.description}</span>}
                      </td>
                      <td className="num">{m.target === null ? <span className="muted">{t('milestone.yesNo')}</span> : amountText(m.target, m.unit, lang)}</td>
                      <td className="milestones__date">{formatCalendarDate(m.dueOn, lang)}</td>
                      <td className="milestones__outcome">
                        <span className="milestones__badges">
                          <Badge tone={MILESTONE_TONE[m.status]}>{labels.label(labels.milestoneStatuses, m.status)}</Badge>
                          {overdue && <Badge tone="bad">{t('milestone.overdue')}</Badge>}
                        </span>
                        {m.settledOn && <span className="milestones__detail">{t('milestone.settledOnIs', { date: formatCalendarDate(m.settledOn, lang) })}</span>}
                        {m.actual !== null && <span className="milestones__detail">{t('milestone.actualIs', { value: amountText(m.actual, m.unit, lang) })}</span>}
                        {m.status === 'waived' && m.waivedReason && <span className="milestones__detail">{t('milestone.waivedBecause', { reason: m.waivedReason })}</span>}
                        {m.evidence && <span className="milestones__detail">{t('milestone.evidenceIs', { evidence: m.evidence })}</span>}
                      </td>
                    </tr>
                    {/* The row's actions sit on a line of their own, so the table fits a narrow column. */}
                    <tr className="milestones__tools">
                      <td colSpan={5}>
                        <div className="milestones__actions">
                          <button type="button" className="button button--small button--primary" onClick={() => setRecording(m)} aria-label={t('milestone.recordLabel', { code: m.code })}>
                            {t('milestone.record')}
                          </button>
                          <button type="button" className="button button--small" onClick={() => setEditing(m)} aria-label={t('milestone.editLabel', { code: m.code })}>
                            {t('ui:actions.edit')}
                          </button>
                          <button type="button" className="button button--small button--danger-text" onClick={() => setRemoving(m)} aria-label={t('milestone.deleteLabel', { code: m.code })}>
                            {t('ui:actions.delete')}
                          </button>
                          <ClauseCommentsButton termSheetId={m.termSheetId} clause={`milestone:${m.id}`} />
                        </div>
                      </td>
                    </tr>
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {editing && <MilestoneDialog phase={phase} phases={phases} milestone={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      {recording && <OutcomeDialog milestone={recording} onClose={() => setRecording(null)} />}
      {removing && (
        <ConfirmDeleteDialog
          title={t('milestone.deleteTitle', { code: removing.code })}
          message={t('milestone.deleteBody', { code: removing.code })}
          confirmLabel={t('milestone.deleteConfirm')}
          remove={() => mutate('terms.deleteMilestone', { dealRoomId: detail.dealRoom.id, milestoneId: removing.id })}
          onDeleted={() => setRemoving(null)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </div>
  );
}
