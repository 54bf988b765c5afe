/**
 * How one scope's weights were set, stated under its weights on the criteria
 * screen ("set directly" / "set by pairwise comparison, consistency ratio
 * 0.04"), with the way into the AHP dialog for that scope. A scope of fewer
 * than two items has nothing to compare, so it offers no dialog.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion, Pillar } from '../../../shared/domain/entities';
import { labelName } from '../../../shared/domain/display-names';
import { formatPoints } from '../../../shared/i18n/format';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import { AhpDialog } from './ahp-dialog';
import { weightingOrigin } from './weighting-origin';

type WeightingSummaryProps = { scope: 'pillars'; items: readonly Pillar[] } | { scope: 'criteria'; pillar: Pillar; items: readonly Criterion[] };

export function WeightingSummary(props: WeightingSummaryProps) {
  const { t } = useTranslation('analysis');
  const lang = useLanguage();
  const { detail } = useDealRoom();
  const [open, setOpen] = useState(false);
  const pillarId = props.scope === 'pillars' ? '' : props.pillar.id;
  const weighting = detail.weightings.find((w) => w.pillarId === pillarId);
  const origin = weightingOrigin(props.items, weighting);
  const pillarName = props.scope === 'criteria' ? labelName(props.pillar, lang) : '';
  const ratio = origin.method === 'ahp' ? formatPoints(origin.consistencyRatio ?? 0, lang, 2) : '';
  const items = props.items.map((i) => ({ id: i.id, name: labelName(i, lang), weight: i.weight }));

  let text: string;
  if (props.scope === 'pillars') {
    text = origin.method === 'direct' ? t('origin.pillarsDirect') : origin.editedByHand ? t('origin.pillarsAhpEdited', { ratio }) : t('origin.pillarsAhp', { ratio });
  } else {
    text = origin.method === 'direct' ? t('origin.criteriaDirect') : origin.editedByHand ? t('origin.criteriaAhpEdited', { ratio }) : t('origin.criteriaAhp', { ratio });
  }

  return (
    <div className="weighting-summary">
      <p className="weighting-summary__origin">{text}</p>
      {items.length >= 2 && (
        <>
          <button type="button" className="button button--small" onClick={() => setOpen(true)}>
            {props.scope === 'pillars' ? t('ahp.openPillars') : t('ahp.openCriteria')}
            {props.scope === 'criteria' && <span className="visually-hidden"> ({pillarName})</span>}
          </button>
          <AhpDialog
            open={open}
            onClose={() => setOpen(false)}
            title={props.scope === 'pillars' ? t('ahp.titlePillars') : t('ahp.titleCriteria', { pillar: pillarName })}
            pillarId={pillarId}
            items={items}
            weighting={weighting}
          />
        </>
      )}
    </div>
  );
}
