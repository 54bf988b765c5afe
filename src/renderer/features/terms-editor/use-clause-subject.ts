/**
 * What a reviewer comment is about, named for people: "the whole term sheet",
 * a clause fact's label, a phase's name, a milestone's or trigger's code.
 */
import { useTranslation } from 'react-i18next';
import type { ClauseRef, TermClauses } from '../../../shared/domain/terms';
import { useDealRoom } from '../../app/deal-room-context';
import { useClauseFactLabels } from './clause-facts';

export function useClauseSubject(): (clause: ClauseRef) => string {
  const { t } = useTranslation('termsEditor');
  const { detail } = useDealRoom();
  const clauseLabels = useClauseFactLabels();
  return (clause) => {
    if (clause === 'sheet') return t('comments.subject.sheet');
    const [kind, id] = clause.split(':') as [string, string];
    switch (kind) {
      case 'clause':
        return clauseLabels[id as keyof TermClauses].label;
      case 'phase':
        return t('comments.subject.phase', { name: detail.phases.find((p) => p.id === id)?.name ?? '' });
      case 'milestone':
        return t('comments.subject.milestone', { code: detail.milestones.find((m) => m.id === id)?.code ?? '' });
      default:
        return t('comments.subject.trigger', { code: detail.triggers.find((x) => x.id === id)?.code ?? '' });
    }
  };
}
