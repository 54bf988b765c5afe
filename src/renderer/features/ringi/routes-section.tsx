/** The route templates: each with its stages in a line, editable and removable; a new one opens the editor. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PeopleSectionHead } from './people-section-head';
import { useConfirmedRemoval } from './use-confirmed-removal';
import type { People } from '../../../shared/api/contract-ringi';
import { useApi } from '../../app/api-context';
import { useLanguage } from '../../app/use-language';
import { EmptyState } from '../../components/empty-state';
import { ErrorText } from '../../components/error-text';
import { nameById } from './profile-names';
import { RouteEditor } from './route-editor';
import { useRingiWords } from './ringi-words';

type Editing = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; routeId: string };

export function RoutesSection({ people, onChanged }: { people: People; onChanged: () => Promise<void> }) {
  const { t } = useTranslation('ringi');
  const lang = useLanguage();
  const words = useRingiWords();
  const api = useApi();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const removal = useConfirmedRemoval((id) => api.call('routes.delete', { routeId: id }), onChanged);
  const edited = editing.kind === 'edit' ? people.routes.find((r) => r.id === editing.routeId) : undefined;


  return (
    <section className="people-section" aria-labelledby="people-routes-heading">
      <PeopleSectionHead
        headingId="people-routes-heading"
        title={t('routes.heading')}
        addLabel={t('routes.addButton')}
        adding={editing.kind === 'add'}
        onAdd={() => setEditing({ kind: 'add' })}
      />
      <p className="muted">{t('routes.intro')}</p>
      {people.routes.length === 0 ? (
        <EmptyState>{t('routes.none')}</EmptyState>
      ) : (
        <ul className="route-list">
          {people.routes.map((r) => (
            <li key={r.id} className="route-list__item">
              <div>
                <p className="route-list__name">{r.name}</p>
                <ol className="route-list__stages">
                  {r.stages.map((s, i) => (
                    <li key={i}>
                      <span className="route-list__stage-name">{s.name}</span> <span className="muted">({words.mode(s.mode)})</span>:{' '}
                      {s.approverIds.map((id) => nameById(people.profiles, id, lang)).join(t('routes.listSeparator'))}
                    </li>
                  ))}
                </ol>
                {removal.confirming === r.id && <ErrorText message={removal.error?.message} />}
              </div>
              {removal.confirming === r.id ? (
                <div className="button-row">
                  <span>{t('routes.confirmRemove', { name: r.name })}</span>
                  <button type="button" className="button button--small" onClick={removal.cancel}>
                    {t('profiles.keep')}
                  </button>
                  <button type="button" className="button button--small button--danger" onClick={() => void removal.remove(r.id)} disabled={removal.busy}>
                    {t('routes.removeConfirmed', { name: r.name })}
                  </button>
                </div>
              ) : (
                <div className="button-row">
                  <button type="button" className="button button--small" onClick={() => setEditing({ kind: 'edit', routeId: r.id })} aria-label={t('routes.editNamed', { name: r.name })}>
                    {t('routes.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger-text"
                    onClick={() => removal.ask(r.id)}
                    aria-label={t('routes.removeNamed', { name: r.name })}
                  >
                    {t('routes.removeRoute')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {editing.kind !== 'none' && (
        <RouteEditor
          key={editing.kind === 'edit' ? editing.routeId : 'new'}
          route={edited}
          profiles={people.profiles}
          onCancel={() => setEditing({ kind: 'none' })}
          onSaved={() => {
            setEditing({ kind: 'none' });
            void onChanged();
          }}
        />
      )}
    </section>
  );
}
