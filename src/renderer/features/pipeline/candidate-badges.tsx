/** The facts a candidate carries on the board and in the list: origin, suitor warnings, comparison. */
import { useTranslation } from 'react-i18next';
import { ORIGIN_LABEL } from '../../../shared/i18n/pipeline-label-keys';
import { Badge } from '../../components/badge';
import type { PipelineCard } from './pipeline-view-model';

export function OriginBadge({ card }: { card: PipelineCard }) {
  const { t } = useTranslation('pipeline');
  const { origin } = card.candidate;
  return <Badge tone={origin === 'inbound' ? 'accent' : 'neutral'}>{t(ORIGIN_LABEL[origin])}</Badge>;
}

export function WarningsBadge({ card }: { card: PipelineCard }) {
  const { t } = useTranslation('pipeline');
  return <Badge tone={card.warnings > 0 ? 'warn' : 'neutral'}>{t('signals.warnings', { count: card.warnings })}</Badge>;
}

/** Compared side by side, and whether that comparison has scores yet (what the gate counts). */
export function ComparedBadge({ card }: { card: PipelineCard }) {
  const { t } = useTranslation('pipeline');
  if (!card.candidate.compared) return <Badge>{t('compared.no')}</Badge>;
  return card.evaluated ? <Badge tone="good">{t('compared.evaluated')}</Badge> : <Badge tone="accent">{t('compared.notScored')}</Badge>;
}
