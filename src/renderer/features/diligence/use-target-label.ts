/** What a file is attached to, in a phrase: "the candidate itself", "request: Financial statements". */
import { useTranslation } from 'react-i18next';
import type { EvidenceTargetView } from './evidence-targets';

export function useTargetLabel(): (view: EvidenceTargetView) => string {
  const { t } = useTranslation('evidence');
  return (view) => {
    switch (view.kind) {
      case 'candidate':
        return t('targets.candidate');
      case 'request':
        return t('targets.request', { title: view.title });
      case 'answer':
        return t('targets.answer', { title: view.title });
      case 'flag':
        return t('targets.flag', { title: view.title });
      case 'score':
        return t('targets.score', { evaluator: view.evaluator, criterion: view.criterion });
      case 'removed':
        return t('targets.removed');
    }
  };
}
