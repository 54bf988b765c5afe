/**
 * One of Japan's eight regions in the scope picker: a checkbox for the whole
 * region (mixed when only some prefectures are in) and, behind a disclosure
 * button, a checkbox per prefecture.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PREFECTURES, type JapanRegion } from '../../../shared/terms/japan-geography';
import { useLanguage } from '../../app/use-language';
import { TriStateCheckbox } from './tri-state-checkbox';
import { selectionState, setGroup, togglePlace } from './territory-selection';

interface RegionGroupProps {
  region: JapanRegion;
  selected: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}

export function RegionGroup({ region, selected, onChange }: RegionGroupProps) {
  const { t } = useTranslation('termsEditor');
  const lang = useLanguage();
  const listId = useId();
  const state = selectionState(region.prefectures, selected);
  // A region chosen in part opens, so what is in and what is out is visible at once.
  const [expanded, setExpanded] = useState(state === 'some');
  const inside = region.prefectures.filter((p) => selected.has(p)).length;
  const name = region[lang];
  return (
    <div className={`region-group region-group--${state}`}>
      <div className="region-group__head">
        <TriStateCheckbox label={name} state={state} onChange={(on) => onChange(setGroup(selected, region.prefectures, on))} detail={t('scope.regionCount', { count: inside, total: region.prefectures.length })} />
        <button
          type="button"
          className="icon-button region-group__toggle"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-label={t('scope.showPrefectures', { region: name })}
          onClick={() => setExpanded((x) => !x)}
        >
          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
        </button>
      </div>
      <ul id={listId} className="region-group__prefectures" hidden={!expanded} aria-label={t('scope.prefecturesOf', { region: name })}>
        {region.prefectures.map((code) => {
          const p = PREFECTURES.find((x) => x.code === code);
          const id = `${listId}-${code}`;
          return (
            <li key={code}>
              <input id={id} type="checkbox" className="checkbox" checked={selected.has(code)} onChange={() => onChange(togglePlace(selected, code))} />
              <label htmlFor={id}>{p ? p[lang] : code}</label>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
