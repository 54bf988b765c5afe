/**
 * The approval boxes of the printed matrix filled from a proposal: one box
 * per stage and approver in route order, the stage at the top and, once
 * decided, a round red seal with the name and the date (like a hanko), the
 * decision's words under it. The remarks block writes out reservations,
 * objections and send-backs in full, since a box has no room for them.
 * Plain props and printText only, so it renders in the preview and in the
 * main process's PDF alike.
 */
import type { ProposalStatus } from '../../../shared/domain/ringi';
import { printRemarks, sealDate, sealName, sheetName, type PrintApprovals, type RemarkKind, type SealName } from '../../../shared/print/print-approvals';
import type { PrintLanguage } from '../../../shared/print/print-options';
import { printText, type PrintText } from '../../../shared/print/print-text';
import type { ApprovalStamp } from '../../../shared/ringi/approval-stamps';

function stateWords(t: PrintText, stamp: ApprovalStamp): string {
  switch (stamp.state) {
    case 'waiting':
      return t('print:doc.stampStates.waiting');
    case 'approved':
      return t('print:doc.stampStates.approved');
    case 'approved_with_reservations':
      return t('print:doc.stampStates.approved_with_reservations');
    case 'objected':
      return t('print:doc.stampStates.objected');
    case 'sent_back':
      return t('print:doc.stampStates.sent_back');
    case 'delegated':
      return t('print:doc.stampStates.delegated', { deputy: stamp.deputyName ?? '' });
  }
}

function statusWords(t: PrintText, status: ProposalStatus): string {
  switch (status) {
    case 'draft':
      return t('print:doc.proposal.statuses.draft');
    case 'circulating':
      return t('print:doc.proposal.statuses.circulating');
    case 'approved':
      return t('print:doc.proposal.statuses.approved');
    case 'rejected':
      return t('print:doc.proposal.statuses.rejected');
    case 'sent_back':
      return t('print:doc.proposal.statuses.sent_back');
    case 'withdrawn':
      return t('print:doc.proposal.statuses.withdrawn');
  }
}

function remarkHeading(t: PrintText, kind: RemarkKind, values: { name: string; date: string }): string {
  switch (kind) {
    case 'reservation':
      return t('print:doc.remarks.reservation', values);
    case 'objection':
      return t('print:doc.remarks.objection', values);
    case 'sendBack':
      return t('print:doc.remarks.sendBack', values);
  }
}

/** The round mark: the family name (large when short) and the day; the whole name is printed under it. */
function Seal({ name, decidedAt }: { name: SealName; decidedAt: string }) {
  return (
    <span className="print-seal">
      <span className={`print-seal__family${name.large ? ' print-seal__family--large' : ''}`}>{name.family}</span>
      <span className="print-seal__date">{sealDate(decidedAt)}</span>
    </span>
  );
}

export function PrintApprovalBoxes({ approvals, lang }: { approvals: PrintApprovals; lang: PrintLanguage }) {
  const t = printText(lang);
  return (
    <div className="print-doc__approvals print-doc__approvals--filled" role="group" aria-label={t('print:doc.sections.approvals')}>
      {approvals.stamps.map((stamp) => {
        const state = stateWords(t, stamp);
        // A deputy who decided stamps their own seal; "for <approver>" says on whose behalf.
        const sealed = sealName(stamp.actorName ?? stamp.approverName, lang);
        return (
          <div
            key={`${stamp.stageIndex}-${stamp.approverId}`}
            className={`print-doc__stamp print-doc__stamp--${stamp.state}`}
            role="group"
            aria-label={t('print:doc.stampBox', { stage: stamp.stageName, name: stamp.approverName, state })}
          >
            <span className="print-doc__stamp-label">{stamp.stageName}</span>
            <span className="print-doc__stamp-body">
              {stamp.decidedAt !== null ? <Seal name={sealed} decidedAt={stamp.decidedAt} /> : null}
              {stamp.decidedAt !== null && sealed.full !== sealed.family ? <span className="print-doc__stamp-name">{sealed.full}</span> : null}
              {stamp.decidedAt !== null ? <span className="print-doc__stamp-state">{state}</span> : null}
              {stamp.actorName ? (
                <span className="print-doc__stamp-note">{t('print:doc.forApprover', { name: sheetName(stamp.approverName, lang) })}</span>
              ) : null}
              {stamp.afterTheFact ? <span className="print-doc__stamp-note">{t('print:doc.afterTheFact')}</span> : null}
              {stamp.decidedAt === null ? <span className="print-doc__stamp-waiting">{sheetName(stamp.approverName, lang)}</span> : null}
            </span>
          </div>
        );
      })}
    </div>
  );
}

/** The proposal the stamps belong to, and every reservation, objection and send-back in full. */
export function PrintApprovalRemarks({ approvals, lang }: { approvals: PrintApprovals; lang: PrintLanguage }) {
  const t = printText(lang);
  const remarks = printRemarks(approvals);
  return (
    <div className="print-doc__remarks">
      <p className="print-doc__proposal">
        {t('print:doc.proposal.line', {
          version: approvals.version,
          title: approvals.proposalTitle,
          status: statusWords(t, approvals.status),
          hash: approvals.snapshotHash.slice(0, 12),
        })}
      </p>
      {remarks.length > 0 ? (
        <section aria-label={t('print:doc.sections.remarks')}>
          <ul className="print-doc__remark-list">
            {remarks.map((r, i) => (
              <li key={i} className={`print-doc__remark print-doc__remark--${r.kind}`}>
                <strong>
                  {remarkHeading(t, r.kind, {
                    name: r.forName ? `${sheetName(r.name, lang)} (${t('print:doc.forApprover', { name: sheetName(r.forName, lang) })})` : sheetName(r.name, lang),
                    date: r.date,
                  })}
                </strong>
                {' · '}
                {r.stageName}: <span className="print-doc__remark-text">{r.comment}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
