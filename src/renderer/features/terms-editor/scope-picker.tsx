/**
 * Where, through which channels, to whom and for what a right applies:
 * territory (regions, prefectures, other countries), channels, customer
 * segments and product lines, with the whole scope in one line underneath.
 * Reused by the terms screen; it reads the room's own labels itself.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import type { Scope } from '../../../shared/domain/terms';
import { collator } from '../../../shared/i18n/format';
import { BUILT_IN_CHANNELS } from '../../../shared/terms/channels';
import { describeScope } from '../../../shared/terms/scope-sets';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import { ChannelFields } from './channel-fields';
import { problemAt } from './error-paths';
import { roomScopeLabels } from './room-scope-labels';
import { TerritoryFields } from './territory-fields';
import { TokenListField } from './token-list-field';
import './terms-editor.css';

export interface ScopePickerProps {
  legend: string;
  value: Scope;
  onChange: (scope: Scope) => void;
  /** A store refusal about this scope, its path relative to the scope ("territory", "channels.0"). */
  error?: ApiError | null;
}

const BUILT_IN_KEYS = new Set(BUILT_IN_CHANNELS.map((c) => c.key));

export function ScopePicker({ legend, value, onChange, error = null }: ScopePickerProps) {
  const { t } = useTranslation('termsEditor');
  const lang = useLanguage();
  const { detail } = useDealRoom();
  const id = useId();
  const labels = useMemo(() => roomScopeLabels(detail, BUILT_IN_KEYS, collator(lang).compare), [detail, lang]);
  const change = (patch: Partial<Scope>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="scope-picker">
      <legend className="scope-picker__legend">{legend}</legend>
      <TerritoryFields territory={value.territory} onChange={(territory) => change({ territory })} error={problemAt(error, 'territory')} errorId={`${id}-territory-error`} />
      <ChannelFields channels={value.channels} roomChannels={labels.channels} onChange={(channels) => change({ channels })} error={problemAt(error, 'channels')} />
      <div className="scope-picker__labels">
        <TokenListField
          label={t('scope.segments')}
          emptyMeaning={t('scope.everySegment')}
          addLabel={t('scope.addSegment')}
          values={value.segments}
          suggestions={labels.segments}
          onChange={(segments) => change({ segments })}
          error={problemAt(error, 'segments')}
        />
        <TokenListField
          label={t('scope.products')}
          emptyMeaning={t('scope.everyProduct')}
          addLabel={t('scope.addProduct')}
          values={value.products}
          suggestions={labels.products}
          onChange={(products) => change({ products })}
          error={problemAt(error, 'products')}
        />
      </div>
      <p className="scope-picker__summary" aria-live="polite">
        <span className="scope-picker__summary-label">{t('scope.summary')}</span>{' '}
        {value.territory.length === 0 ? <span className="scope-picker__summary-missing">{t('scope.noTerritory')}</span> : describeScope(value, lang)}
      </p>
    </fieldset>
  );
}
