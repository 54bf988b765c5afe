/** The words for where an answer was given, in the reader's language. */
import { useTranslation } from 'react-i18next';
import type { AnswerSetting } from '../../../shared/domain/vetting';

export function useAnswerSettingLabel(): (setting: AnswerSetting) => string {
  const { t } = useTranslation('interviews');
  return (setting) => {
    switch (setting) {
      case 'group_meeting':
        return t('setting.groupMeeting');
      case 'one_to_one':
        return t('setting.oneToOne');
      case 'written':
        return t('setting.written');
      case 'other':
        return t('setting.other');
    }
  };
}
