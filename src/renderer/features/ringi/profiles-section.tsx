/**
 * The profiles in a table, each editable and removable. Removing asks first,
 * in the row; when a route still names the person, the store's refusal (which
 * names the route) is shown in that row.
 */
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PeopleSectionHead } from './people-section-head';
import { useConfirmedRemoval } from './use-confirmed-removal';
import type { People } from '../../../shared/api/contract-ringi';
import { collator } from '../../../shared/i18n/format';
import { useApi } from '../../app/api-context';
import { useLanguage } from '../../app/use-language';
import { EmptyState } from '../../components/empty-state';
import { ErrorText } from '../../components/error-text';
import { ProfileForm } from './profile-form';
import { profileName } from './profile-names';
import { useRingiWords } from './ringi-words';

type Editing = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; profileId: string };

export function ProfilesSection({ people, onChanged }: { people: People; onChanged: () => Promise<void> }) {
  const { t } = useTranslation('ringi');
  const lang = useLanguage();
  const words = useRingiWords();
  const api = useApi();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const removal = useConfirmedRemoval((id) => api.call('profiles.delete', { profileId: id }), onChanged);
  const sort = collator(lang);
  const profiles = [...people.profiles].sort((a, b) => sort.compare(profileName(a, lang), profileName(b, lang)));
  const edited = editing.kind === 'edit' ? people.profiles.find((p) => p.id === editing.profileId) : undefined;


  return (
    <section className="people-section" aria-labelledby="people-profiles-heading">
      <PeopleSectionHead
        headingId="people-profiles-heading"
        title={t('profiles.heading')}
        addLabel={t('profiles.addButton')}
        adding={editing.kind === 'add'}
        onAdd={() => setEditing({ kind: 'add' })}
      />
      {profiles.length === 0 ? (
        <EmptyState>{t('profiles.none')}</EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="data-table people-table">
            <caption className="visually-hidden">{t('profiles.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('profiles.nameJa')}</th>
                <th scope="col">{t('profiles.nameLatin')}</th>
                <th scope="col">{t('profiles.department')}</th>
                <th scope="col">{t('profiles.jobTitle')}</th>
                <th scope="col">{t('profiles.role')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('profiles.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {profiles.map((p) => {
                const name = profileName(p, lang);
                return (
                  <Fragment key={p.id}>
                    <tr>
                      <td lang="ja">{p.nameJa}</td>
                      <td>{p.nameLatin}</td>
                      <td>{p.department}</td>
                      <td>{p.title}</td>
                      <td>
                        {words.role(p.role)}
                        {people.actingProfileId === p.id && <span className="people-table__acting">{t('profiles.actingNow')}</span>}
                      </td>
                      <td className="data-table__actions">
                        {removal.confirming === p.id ? (
                          <div className="people-table__confirm">
                            <span>{t('profiles.confirmRemove', { name })}</span>
                            <button type="button" className="button button--small" onClick={removal.cancel}>
                              {t('profiles.keep')}
                            </button>
                            <button type="button" className="button button--small button--danger" onClick={() => void removal.remove(p.id)} disabled={removal.busy}>
                              {t('profiles.removeConfirmed', { name })}
                            </button>
                          </div>
                        ) : (
                          <>
                            <button type="button" className="button button--small" onClick={() => setEditing({ kind: 'edit', profileId: p.id })} aria-label={t('profiles.editNamed', { name })}>
                              {t('profiles.edit')}
                            </button>
                            <button
                              type="button"
                              className="button button--small button--danger-text"
                              onClick={() => removal.ask(p.id)}
                              aria-label={t('profiles.removeNamed', { name })}
                            >
                              {t('profiles.remove')}
                            </button>
                          </>
                        )}
                      </td>
                    </tr>
                    {removal.confirming === p.id && removal.error && (
                      // The refusal names the route: a row of its own, under the person it is about.
                      <tr className="people-table__refusal">
                        <td colSpan={6}>
                          <ErrorText message={removal.error.message} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {editing.kind !== 'none' && (
        <ProfileForm
          key={editing.kind === 'edit' ? editing.profileId : 'new'}
          profile={edited}
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
