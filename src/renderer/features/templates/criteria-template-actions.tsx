/**
 * The criteria screen's way into the template library: open the library, or
 * save this room's criteria as a template. After saving, the library opens on
 * the new template, so the user sees where it went.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/use-language';
import { SaveAsTemplateDialog } from './save-as-template-dialog';
import { TemplateLibraryDialog } from './template-library-dialog';
import { templateName } from './template-texts';

interface LibraryState {
  open: boolean;
  selected?: string;
  notice?: string;
}

export function CriteriaTemplateActions() {
  const { t } = useTranslation('templates');
  const lang = useLanguage();
  const [saving, setSaving] = useState(false);
  const [library, setLibrary] = useState<LibraryState>({ open: false });

  return (
    <>
      <button type="button" className="button" onClick={() => setLibrary({ open: true })}>
        {t('libraryButton')}
      </button>
      <button type="button" className="button" onClick={() => setSaving(true)}>
        {t('saveButton')}
      </button>
      <SaveAsTemplateDialog
        open={saving}
        onClose={() => setSaving(false)}
        onSaved={(summary) => {
          setSaving(false);
          setLibrary({ open: true, selected: summary.id, notice: t('save.saved', { name: templateName(summary, lang) }) });
        }}
      />
      <TemplateLibraryDialog
        open={library.open}
        initialSelection={library.selected}
        initialNotice={library.notice}
        onClose={() => setLibrary({ open: false })}
      />
    </>
  );
}
