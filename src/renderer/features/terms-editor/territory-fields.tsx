/**
 * The territory of a scope: all of Japan, its eight regions with their
 * prefectures, and other countries. Works on expanded places and hands back
 * the folded list (whole regions as one code, all 47 prefectures as JP).
 */
import { useTranslation } from 'react-i18next';
import { JAPAN_REGIONS, PREFECTURES, expandTerritory, foldTerritory } from '../../../shared/terms/japan-geography';
import { OtherCountriesField } from './other-countries-field';
import { RegionGroup } from './region-group';
import { TriStateCheckbox } from './tri-state-checkbox';
import { otherCountries, selectionState, setGroup } from './territory-selection';

const ALL_PREFECTURES = PREFECTURES.map((p) => p.code);

interface TerritoryFieldsProps {
  territory: readonly string[];
  onChange: (territory: string[]) => void;
  error?: string | undefined;
  errorId: string;
}

export function TerritoryFields({ territory, onChange, error, errorId }: TerritoryFieldsProps) {
  const { t } = useTranslation('termsEditor');
  const selected = expandTerritory(territory);
  const change = (next: Set<string>) => onChange(foldTerritory(next));
  const japan = selectionState(ALL_PREFECTURES, selected);
  return (
    <fieldset className="scope-picker__group" aria-describedby={error ? errorId : undefined}>
      <legend className="field__label">{t('scope.territory')}</legend>
      <TriStateCheckbox
        className="scope-picker__japan"
        label={t('scope.allOfJapan')}
        state={japan}
        onChange={(on) => change(setGroup(selected, ALL_PREFECTURES, on))}
        detail={t('scope.regionCount', { count: ALL_PREFECTURES.filter((p) => selected.has(p)).length, total: ALL_PREFECTURES.length })}
      />
      <div className="scope-picker__regions">
        {JAPAN_REGIONS.map((r) => (
          <RegionGroup key={r.code} region={r} selected={selected} onChange={change} />
        ))}
      </div>
      <OtherCountriesField
        countries={otherCountries(selected)}
        onAdd={(code) => change(new Set([...selected, code]))}
        onRemove={(code) => change(new Set([...selected].filter((c) => c !== code)))}
      />
      {error && (
        <p className="error-text" role="alert" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
