/**
 * The deal-room's sections as a WAI-ARIA tab list: one Tab stop, arrow keys
 * (and Home/End) move between tabs, and each tab controls the one panel.
 */
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const SECTIONS = [
  'matrix',
  'candidates',
  'pipeline',
  'interviews',
  'flags',
  'diligence',
  'terms',
  'criteria',
  'evaluators',
  'scoring',
  'panel',
  'analysis',
  'circulation',
  'history',
] as const;
export type Section = (typeof SECTIONS)[number];

export function isSection(value: string): value is Section {
  return (SECTIONS as readonly string[]).includes(value);
}

export const tabId = (s: Section) => `tab-${s}`;
export const PANEL_ID = 'section-panel';

export function SectionTabs({ current, onSelect }: { current: Section; onSelect: (s: Section) => void }) {
  const { t } = useTranslation('ui');
  const refs = useRef<Partial<Record<Section, HTMLButtonElement | null>>>({});

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = SECTIONS.indexOf(current);
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: SECTIONS.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = SECTIONS[(target + SECTIONS.length) % SECTIONS.length];
    if (!next) return;
    onSelect(next);
    refs.current[next]?.focus();
  }

  return (
    <div className="tabs" role="tablist" aria-label={t('tabs.label')} onKeyDown={onKeyDown}>
      {SECTIONS.map((s) => (
        <button
          key={s}
          ref={(el) => {
            refs.current[s] = el;
          }}
          type="button"
          role="tab"
          id={tabId(s)}
          className="tabs__tab"
          aria-selected={s === current}
          aria-controls={PANEL_ID}
          tabIndex={s === current ? 0 : -1}
          onClick={() => onSelect(s)}
        >
          {t(`tabs.${s}`)}
        </button>
      ))}
    </div>
  );
}
