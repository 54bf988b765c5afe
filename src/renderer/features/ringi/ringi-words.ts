/**
 * The words for the closed lists of circulation (roles, approval modes,
 * proposal statuses, decision kinds), each a literal key so the catalogue
 * test sees every one in use.
 */
import { useTranslation } from 'react-i18next';
import type { ApprovalMode, DecisionKind, ProfileRole, ProposalStatus } from '../../../shared/domain/ringi';
import type { BadgeTone } from '../../components/badge';

export const ROLES: readonly ProfileRole[] = ['bd', 'legal', 'finance', 'executive', 'evaluator', 'partner_side'];

export const STATUS_TONE: Record<ProposalStatus, BadgeTone> = {
  draft: 'neutral',
  circulating: 'accent',
  approved: 'good',
  rejected: 'bad',
  sent_back: 'warn',
  withdrawn: 'neutral',
};

export function useRingiWords() {
  const { t } = useTranslation('ringi');
  const role = (r: ProfileRole): string => {
    switch (r) {
      case 'bd':
        return t('roles.bd');
      case 'legal':
        return t('roles.legal');
      case 'finance':
        return t('roles.finance');
      case 'executive':
        return t('roles.executive');
      case 'evaluator':
        return t('roles.evaluator');
      case 'partner_side':
        return t('roles.partnerSide');
    }
  };
  const mode = (m: ApprovalMode): string => (m === 'all' ? t('modes.all') : t('modes.any'));
  const status = (s: ProposalStatus): string => {
    switch (s) {
      case 'draft':
        return t('statuses.draft');
      case 'circulating':
        return t('statuses.circulating');
      case 'approved':
        return t('statuses.approved');
      case 'rejected':
        return t('statuses.rejected');
      case 'sent_back':
        return t('statuses.sentBack');
      case 'withdrawn':
        return t('statuses.withdrawn');
    }
  };
  /** The decision as a choice in the form. */
  const kind = (k: DecisionKind): string => {
    switch (k) {
      case 'approve':
        return t('kinds.approve');
      case 'approve_with_reservations':
        return t('kinds.reservations');
      case 'object':
        return t('kinds.object');
      case 'send_back':
        return t('kinds.sendBack');
      case 'delegate':
        return t('kinds.delegate');
    }
  };
  /** The decision as a stamp reads once made: short, like the word on a hanko. */
  const stampWord = (k: DecisionKind): string => {
    switch (k) {
      case 'approve':
        return t('stamp.approve');
      case 'approve_with_reservations':
        return t('stamp.reservations');
      case 'object':
        return t('stamp.object');
      case 'send_back':
        return t('stamp.sendBack');
      case 'delegate':
        return t('stamp.delegate');
    }
  };
  return { role, mode, status, kind, stampWord };
}
