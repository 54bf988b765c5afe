/** The statuses of a request, in the order they usually follow, with their labels. */
import { useTranslation } from 'react-i18next';
import type { DueDiligenceStatus } from '../../../shared/domain/vetting';

export function useStatusOptions(): { value: DueDiligenceStatus; label: string }[] {
  const { t } = useTranslation('evidence');
  return [
    { value: 'requested', label: t('status.requested') },
    { value: 'received', label: t('status.received') },
    { value: 'verified', label: t('status.verified') },
    { value: 'refused', label: t('status.refused') },
  ];
}
