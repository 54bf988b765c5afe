/**
 * The switch between the terms views, as a WAI-ARIA tab list (like the
 * section tabs): one Tab stop, arrow keys, Home and End move between views.
 */
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TERMS_VIEW_PANEL_ID, TERMS_VIEWS, termsViewTabId, type TermsView } from './terms-views';

export function TermsViewTabs({ current, onSelect }: { current: TermsView; onSelect: (view: TermsView) => void }) {
  const { t } = useTranslation('termsReview');
  const refs = useRef<Partial<Record<TermsView, HTMLButtonElement | null>>>({});
  const labels: Record<TermsView, string> = {
    sheets: t('views.sheets'),
    side: t('views.side'),
    timeline: t('views.timeline'),
    collisions: t('views.collisions'),
    risks: t('views.risks'),
  };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = TERMS_VIEWS.indexOf(current);
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TERMS_VIEWS.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = TERMS_VIEWS[(target + TERMS_VIEWS.length) % TERMS_VIEWS.length];
    if (!next) return;
    onSelect(next);
    refs.current[next]?.focus();
  }

  return (
    <div className="terms-views" role="tablist" aria-label={t('views.label')} onKeyDown={onKeyDown}>
      {TERMS_VIEWS.map((view) => (
        <button
          key={view}
          ref={(el) => {
            refs.current[view] = el;
          }}
          type="button"
          role="tab"
          id={termsViewTabId(view)}
          className="terms-views__tab"
          aria-selected={view === current}
          aria-controls={TERMS_VIEW_PANEL_ID}
          tabIndex={view === current ? 0 : -1}
          onClick={() => onSelect(view)}
        >
          {labels[view]}
        </button>
      ))}
    </div>
  );
}
