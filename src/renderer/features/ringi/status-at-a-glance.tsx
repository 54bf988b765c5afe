/**
 * One or two sentences a busy executive reads first: who has the proposal
 * now, at which stage and for how long, what comes next, or how it ended.
 */
import { useTranslation } from 'react-i18next';
import type { Decision, Profile, Proposal } from '../../../shared/domain/ringi';
import { formatDateTime } from '../../../shared/i18n/format';
import { useLanguage } from '../../app/use-language';
import { currentHolders, type StageView } from './circulation-status';
import { elapsed, formatElapsed } from './elapsed-time';
import { nameById } from './profile-names';

interface Props {
  proposal: Proposal;
  track: readonly StageView[];
  decisions: readonly Decision[];
  profiles: readonly Profile[];
}

export function StatusAtAGlance({ proposal, track, decisions, profiles }: Props) {
  const { t } = useTranslation('ringi');
  const lang = useLanguage();
  const now = Date.now();
  const sep = t('routes.listSeparator');
  const when = proposal.closedAt ? formatDateTime(proposal.closedAt, lang) : '';
  const reservations = decisions.filter((d) => d.proposalId === proposal.id && d.kind === 'approve_with_reservations').length;
  const lines: string[] = [];

  switch (proposal.status) {
    case 'draft':
      lines.push(t('glance.draft', { drafter: proposal.drafterName }));
      break;
    case 'circulating': {
      const current = track.find((s) => s.place === 'current');
      const names = currentHolders(track)
        .map((h) => (h.deputyId ? t('glance.deputyFor', { deputy: nameById(profiles, h.deputyId, lang), approver: h.approverName }) : h.approverName))
        .join(sep);
      if (current && proposal.stageSince && elapsed(proposal.stageSince, now).value > 0) {
        lines.push(t('glance.with', { names, stage: current.name, duration: formatElapsed(proposal.stageSince, now, lang), since: formatDateTime(proposal.stageSince, lang) }));
      } else if (current) lines.push(t('glance.withJustNow', { names, stage: current.name }));
      const next = track.filter((s) => s.place === 'upcoming').map((s) => s.name);
      lines.push(next.length > 0 ? t('glance.next', { stages: next.join(t('glance.arrow')) }) : t('glance.lastStage'));
      break;
    }
    case 'approved':
      lines.push(t('glance.approved', { when }));
      if (reservations > 0) lines.push(t('glance.reservations', { count: reservations }));
      break;
    case 'rejected':
      lines.push(t('glance.rejected', { when }));
      break;
    case 'sent_back':
      lines.push(t('glance.sentBack', { drafter: proposal.drafterName, when }));
      break;
    case 'withdrawn':
      lines.push(t('glance.withdrawn', { when }));
      break;
  }
  return (
    <div className="glance" role="status" aria-label={t('glance.label')}>
      {lines.map((line, i) => (
        <p key={i} className={i === 0 ? 'glance__main' : 'glance__more'}>
          {line}
        </p>
      ))}
    </div>
  );
}
