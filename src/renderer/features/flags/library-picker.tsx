/**
 * Choosing the library entry a flag matches: a search by words in English or
 * Japanese, the entries grouped by category as radio buttons (one choice, the
 * arrow keys move within it), and "none" for an explanation the library does
 * not have. The chosen entry's signals, check and suggestion show beneath.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/entities';
import { CATEGORY_LABEL_KEYS } from '../../../shared/red-flags/red-flag-labels';
import type { FlagReference } from '../../../shared/red-flags/red-flag-library';
import { groupByCategory, searchRedFlagLibrary } from '../../../shared/red-flags/red-flag-search';
import { TextField } from '../../components/text-field';
import { ReferenceDetails } from './reference-details';

interface LibraryPickerProps {
  /** The chosen reference: a library entry, a checklist item, or none. */
  selected: FlagReference | null;
  onSelect: (reference: FlagReference | null) => void;
  lang: Language;
}

export function LibraryPicker({ selected, onSelect, lang }: LibraryPickerProps) {
  const { t } = useTranslation('flags');
  const [query, setQuery] = useState('');
  const name = useId();
  const groups = useMemo(() => groupByCategory(searchRedFlagLibrary(query)), [query]);
  const found = groups.reduce((n, g) => n + g.entries.length, 0);
  // A checklist item (or an entry the search hides) stays chosen and visible above the list.
  const selectedShown = selected !== null && groups.some((g) => g.entries.some((e) => e.key === selected.key));

  return (
    <div className="library-picker">
      <TextField
        label={t('library.search')}
        value={query}
        onChange={setQuery}
        hint={t('library.searchHint')}
        type="search"
        autoComplete="off"
      />
      <p className="library-picker__count" role="status">
        {t('library.found', { count: found })}
      </p>
      <div className="library-picker__list" role="radiogroup" aria-label={t('library.label')}>
        <label className="choice library-picker__none">
          <input type="radio" name={name} checked={selected === null} onChange={() => onSelect(null)} />
          <span className="choice__label">{t('library.none')}</span>
        </label>
        {selected !== null && !selectedShown && (
          <label className="choice">
            <input type="radio" name={name} checked onChange={() => onSelect(selected)} />
            <span className="choice__label">{selected.statement[lang]}</span>
          </label>
        )}
        {groups.map((g) => (
          <fieldset key={g.category} className="library-picker__group">
            <legend className="library-picker__legend">{t(CATEGORY_LABEL_KEYS[g.category])}</legend>
            {g.entries.map((entry) => (
              <label key={entry.key} className="choice">
                <input type="radio" name={name} checked={selected?.key === entry.key} onChange={() => onSelect(entry)} />
                <span className="choice__label">{entry.statement[lang]}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      {selected !== null && (
        <div className="library-picker__details" aria-live="polite">
          <ReferenceDetails reference={selected} lang={lang} showSuggestion />
        </div>
      )}
    </div>
  );
}
