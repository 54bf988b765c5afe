/**
 * "Acting as …" in the top bar: whose name every change is recorded under
 * (issue 8). With no profiles yet it invites creating one; "Manage people…"
 * opens the People and routes dialog from anywhere in the app.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { useLanguage } from '../../app/use-language';
import { PeopleDialog } from './people-dialog';
import { profileChoiceLabel } from './profile-names';
import { usePeople } from './use-people';
import './ringi.css';

export function ActingProfileSwitch() {
  const { t } = useTranslation('ringi');
  const lang = useLanguage();
  const api = useApi();
  const { load, people, show } = usePeople();
  const [managing, setManaging] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function choose(profileId: string) {
    const result = await api.call('profiles.setActing', { profileId: profileId === '' ? null : profileId });
    if (result.ok) {
      show(result.value);
      setError(null);
    } else setError(result.error.message);
  }

  if (load.status === 'failed') {
    return (
      <p className="acting-switch__error" role="alert">
        {t('acting.loadFailed', { message: load.error.message })}
      </p>
    );
  }
  const profiles = people?.profiles ?? [];
  return (
    <div className="acting-switch">
      {people && profiles.length === 0 ? (
        <button type="button" className="button button--small acting-switch__invite" onClick={() => setManaging(true)}>
          {t('acting.createFirst')}
        </button>
      ) : (
        <>
          <label htmlFor="acting-profile" className="acting-switch__label">
            {t('acting.label')}
          </label>
          <select
            id="acting-profile"
            className="input select acting-switch__select"
            value={people?.actingProfileId ?? ''}
            disabled={!people}
            aria-describedby={error ? 'acting-profile-error' : undefined}
            onChange={(e) => void choose(e.target.value)}
          >
            <option value="">{t('acting.nobody')}</option>
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {profileChoiceLabel(p, lang)}
              </option>
            ))}
          </select>
          <button type="button" className="button button--small acting-switch__manage" onClick={() => setManaging(true)}>
            {t('acting.manage')}
          </button>
        </>
      )}
      {error && (
        <p className="acting-switch__error" role="alert" id="acting-profile-error">
          {error}
        </p>
      )}
      <PeopleDialog open={managing} onClose={() => setManaging(false)} />
    </div>
  );
}
