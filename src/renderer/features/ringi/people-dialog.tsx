/**
 * People and routes (issue 8): the profiles of everyone who acts in the app,
 * and the approval routes proposals circulate along. Both belong to the data
 * folder, so every deal-room uses the same people and routes.
 */
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { Notice } from '../../components/notice';
import { ProfilesSection } from './profiles-section';
import { RoutesSection } from './routes-section';
import { usePeople } from './use-people';

export function PeopleDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('ringi');
  const { load, people, reload } = usePeople();
  return (
    <ModalDialog open={open} title={t('people.title')} onClose={onClose} className="dialog--wide people-dialog">
      <p className="dialog__message">{t('people.intro')}</p>
      {load.status === 'failed' && (
        <Notice tone="bad" role="alert">
          <p>{load.error.message}</p>
        </Notice>
      )}
      {load.status === 'loading' && <p role="status">{t('people.loading')}</p>}
      {people && (
        <>
          <ProfilesSection people={people} onChanged={reload} />
          <RoutesSection people={people} onChanged={reload} />
        </>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('people.done')}
        </button>
      </div>
    </ModalDialog>
  );
}
