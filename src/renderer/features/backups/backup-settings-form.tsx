/** How often the app backs up at start, and how many backups it keeps. */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { useApiAction } from '../../app/use-api-action';
import { NumberField } from '../../components/number-field';

export function BackupSettingsForm() {
  const { t } = useTranslation('backups');
  const api = useApi();
  const action = useApiAction();
  const [interval, setInterval] = useState('');
  const [keep, setKeep] = useState('');
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void action.run(() => api.call('settings.get', {})).then((settings) => {
      if (!settings) return;
      setInterval(String(settings.backups.intervalHours));
      setKeep(String(settings.backups.keep));
    });
  }, [api, action.run]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    // The text goes as typed: the contract's schema words what is wrong with it.
    const backups = { intervalHours: Number(interval), keep: Number(keep) };
    if (await action.run(() => api.call('settings.update', { backups }))) setSaved(true);
  }

  const field = (name: string) => (action.error?.path === `backups.${name}` ? action.error.message : undefined);

  return (
    <form className="backups__settings" onSubmit={(e) => void save(e)} aria-labelledby="backup-settings-heading">
      <h3 id="backup-settings-heading" className="backups__heading">
        {t('settings.heading')}
      </h3>
      <div className="backups__fields">
        <NumberField label={t('settings.interval')} hint={t('settings.intervalHint')} value={interval} onChange={setInterval} error={field('intervalHours')} />
        <NumberField label={t('settings.keep')} hint={t('settings.keepHint')} value={keep} onChange={setKeep} error={field('keep')} />
      </div>
      {action.error && !field('intervalHours') && !field('keep') ? <p className="error-text" role="alert">{action.error.message}</p> : null}
      <div className="backups__toolbar">
        <button type="submit" className="button" disabled={action.busy}>
          {t('settings.save')}
        </button>
        {saved ? <span role="status">{t('settings.saved')}</span> : null}
      </div>
    </form>
  );
}
