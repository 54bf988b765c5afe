/**
 * The two checklists: warning signs of an underperforming partner, and signs
 * of dependency on one. Each sign can be logged as a flag on a candidate;
 * the list says for which candidates it already has been, so the checklist
 * doubles as a record of what the team has looked at.
 */
import { useTranslation } from 'react-i18next';
import { candidateName } from '../../../shared/domain/display-names';
import { CHECKLIST_LABEL_KEYS } from '../../../shared/red-flags/red-flag-labels';
import { checklistReferences, type FlagReference } from '../../../shared/red-flags/red-flag-library';
import { CHECKLISTS } from '../../../shared/red-flags/red-flag-types';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import { candidatesFlaggedWith } from './flag-filter';

export function ChecklistsPanel({ onLog, canLog }: { onLog: (item: FlagReference) => void; canLog: boolean }) {
  const { t } = useTranslation('flags');
  const lang = useLanguage();
  const { detail } = useDealRoom();
  return (
    <section className="flag-checklists" aria-labelledby="flag-checklists-title">
      <h3 id="flag-checklists-title" className="flag-section-title">
        {t('checklists.heading')}
      </h3>
      <p className="flag-checklists__intro">{t('checklists.intro')}</p>
      <div className="flag-checklists__columns">
        {CHECKLISTS.map((kind) => {
          const headingId = `flag-checklist-${kind}`;
          return (
            <section key={kind} className="flag-checklist" aria-labelledby={headingId}>
              <h4 id={headingId} className="flag-checklist__title">
                {t(CHECKLIST_LABEL_KEYS[kind])}
              </h4>
              <ul className="flag-checklist__list">
                {checklistReferences(kind).map((item) => {
                  const flagged = candidatesFlaggedWith(detail, item.key);
                  return (
                    <li key={item.key} className="flag-checklist__item">
                      <span className="flag-checklist__mark" aria-hidden="true">
                        {flagged.length > 0 ? '⚑' : '○'}
                      </span>
                      <div className="flag-checklist__body">
                        <p className="flag-checklist__sign">{item.statement[lang]}</p>
                        <p className="flag-checklist__check">
                          <span className="flag-card__label">{t('reference.checkInline')}</span> {item.check[lang]}
                        </p>
                        <p className="flag-checklist__logged">
                          {flagged.length > 0
                            ? t('checklists.loggedFor', { names: flagged.map((c) => candidateName(c, lang)).join(t('card.separator')) })
                            : t('checklists.notLogged')}
                        </p>
                      </div>
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => onLog(item)}
                        disabled={!canLog}
                        aria-label={t('checklists.logLabel', { sign: item.statement[lang] })}
                      >
                        {t('checklists.log')}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}
