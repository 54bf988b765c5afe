/**
 * The search box of the deal-room header (issue 5, "Search"): a query opens
 * the results dialog, where it can be refined. The header has no route to
 * the room's sections, so a chosen result selects its section's tab, as a
 * click on the tab would (its id comes from section-tabs).
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tabId, type Section } from '../../app/section-tabs';
import { SearchResultsDialog } from './search-results-dialog';
import './search.css';

export function DealRoomSearch() {
  const { t } = useTranslation('evidence');
  const inputId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [goTo, setGoTo] = useState<Section | null>(null);

  // Once the dialog is gone (and has handed focus back), the chosen section's tab takes it.
  useEffect(() => {
    if (open || goTo === null) return;
    const tab = document.getElementById(tabId(goTo));
    tab?.click();
    tab?.focus();
    setGoTo(null);
  }, [open, goTo]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (query.trim() !== '') setOpen(true);
  }

  return (
    <>
      <form role="search" className="room-search" aria-label={t('search.label')} onSubmit={submit}>
        <label htmlFor={inputId} className="visually-hidden">
          {t('search.label')}
        </label>
        <input
          id={inputId}
          type="search"
          className="input room-search__input"
          value={query}
          placeholder={t('search.placeholder')}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
        />
        <button type="submit" className="button room-search__submit">
          {t('search.submit')}
        </button>
      </form>
      {open && (
        <SearchResultsDialog
          initialQuery={query}
          onClose={(last, section) => {
            // The box keeps the query as last refined, ready to search again.
            setQuery(last);
            setGoTo(section ?? null);
            setOpen(false);
          }}
        />
      )}
    </>
  );
}
