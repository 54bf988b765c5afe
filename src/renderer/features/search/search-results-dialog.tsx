/**
 * Search results, grouped by kind of record. Each shows what it is, whose it
 * is (the candidate), the field that matched and the words around the match,
 * and can take the reader to the section where the record is worked on.
 *
 * The header has no route to the sections of the room, so "Show" closes the
 * dialog and asks the search box to select the section's tab.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { candidateName } from '../../../shared/domain/display-names';
import type { ApiError } from '../../../shared/api/result';
import type { SearchHit } from '../../../shared/search/search-hit';
import { useApi } from '../../app/api-context';
import { useDealRoom } from '../../app/deal-room-context';
import type { Section } from '../../app/section-tabs';
import { useLanguage } from '../../app/use-language';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { TextField } from '../../components/text-field';
import { groupSearchHits } from './search-result-groups';
import { useSearchLabels } from './search-labels';

/** Enough to see what is there; a longer list is better narrowed with another word. */
const RESULT_LIMIT = 50;

type SearchState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'done'; query: string; hits: SearchHit[] }
  | { status: 'failed'; error: ApiError };

interface SearchResultsDialogProps {
  initialQuery: string;
  /** Closes the dialog with the query as last refined, and the section to show when a result was chosen. */
  onClose: (lastQuery: string, goTo?: Section) => void;
}

export function SearchResultsDialog({ initialQuery, onClose }: SearchResultsDialogProps) {
  const { t } = useTranslation('evidence');
  const lang = useLanguage();
  const api = useApi();
  const { detail } = useDealRoom();
  const labels = useSearchLabels();
  const [query, setQuery] = useState(initialQuery);
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  // Answers can arrive out of order while typing; only the newest may show.
  const latest = useRef(0);
  const dealRoomId = detail.dealRoom.id;

  useEffect(() => {
    const ticket = ++latest.current;
    if (query.trim() === '') {
      setState({ status: 'idle' });
      return;
    }
    setState({ status: 'searching' });
    void api.call('search.query', { dealRoomId, query, limit: RESULT_LIMIT }).then((result) => {
      if (ticket !== latest.current) return;
      setState(result.ok ? { status: 'done', query: query.trim(), hits: result.value } : { status: 'failed', error: result.error });
    });
    // The room's content is part of the question: a change made meanwhile is searched again.
  }, [api, dealRoomId, query, detail]);

  const candidateNames = new Map(detail.candidates.map((c) => [c.id, candidateName(c, lang)]));
  const groups = state.status === 'done' ? groupSearchHits(state.hits) : [];
  const close = () => onClose(query);

  return (
    <ModalDialog open title={t('search.dialogTitle')} onClose={close} className="dialog--wide search-dialog">
      <form role="search" className="form" onSubmit={(event) => event.preventDefault()}>
        <TextField type="search" label={t('search.queryLabel')} value={query} onChange={setQuery} hint={t('search.hint')} autoComplete="off" />
      </form>
      <p className="search-dialog__status" role="status">
        {state.status === 'searching' && t('search.searching')}
        {state.status === 'done' &&
          (state.hits.length === 0 ? t('search.none', { query: state.query }) : t('search.count', { count: state.hits.length, query: state.query }))}
      </p>
      {state.status === 'failed' && <ErrorText message={state.error.message} />}
      {groups.map((group) => (
        <section key={group.kind} className="search-group" aria-labelledby={`search-group-${group.kind}`}>
          <h3 className="search-group__title" id={`search-group-${group.kind}`}>
            {labels.group(group.kind)} <span className="search-group__count">({group.hits.length})</span>
          </h3>
          <ul className="search-group__list">
            {group.hits.map((hit) => (
              <li key={`${hit.kind}:${hit.id}`} className="search-hit">
                <div className="search-hit__text">
                  <p className="search-hit__title">
                    <span className="search-hit__name">{hit.title}</span>
                    {hit.kind !== 'candidate' && <span className="search-hit__owner">{t('search.forCandidate', { name: candidateNames.get(hit.candidateId) ?? '' })}</span>}
                  </p>
                  <p className="search-hit__snippet">
                    <span className="search-hit__field">{labels.field(hit.field)}</span>
                    <span>
                      {hit.snippet.before}
                      <mark>{hit.snippet.match}</mark>
                      {hit.snippet.after}
                    </span>
                  </p>
                </div>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('search.showLabel', { title: hit.title, section: t(`ui:tabs.${group.section}`) })}
                  onClick={() => onClose(query, group.section)}
                >
                  {t('search.show')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </ModalDialog>
  );
}
