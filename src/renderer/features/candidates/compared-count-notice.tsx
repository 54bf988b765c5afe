/**
 * How many candidates are compared, and a warning while there are fewer than
 * MIN_COMPARED: a ranking of one or two firms is not yet a comparison
 * (DOMAIN.md, "Parallel search").
 */
import { useTranslation } from 'react-i18next';
import { MAX_COMPARED, MIN_COMPARED } from '../../../shared/domain/deal-room-file';
import { Notice } from '../../components/notice';

export function ComparedCountNotice({ count }: { count: number }) {
  const { t } = useTranslation('ui');
  if (count >= MIN_COMPARED) return null;
  return (
    <Notice tone="warn" role="status">
      <p>{t('compared.tooFew', { count, min: MIN_COMPARED, max: MAX_COMPARED })}</p>
    </Notice>
  );
}
