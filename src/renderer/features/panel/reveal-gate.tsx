/**
 * In independent mode the panel's scores stay hidden until every sheet is in
 * (src/shared/domain/panel-visibility.ts). Screens that show aggregated scores
 * (the panel review, the matrix) say so, with the count of sheets submitted,
 * and let the facilitator look anyway, on purpose and with a warning.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealRoomDetail } from '../../../shared/domain/entities';
import { panelIsRevealed, sheetsSubmitted } from '../../../shared/domain/panel-visibility';
import { formatPoints } from '../../../shared/i18n/format';
import { useLanguage } from '../../app/use-language';
import { Notice } from '../../components/notice';

export interface RevealGate {
  /** Whether the panel's scores may be shown now (revealed, or the facilitator asked). */
  readonly open: boolean;
  readonly notice: React.ReactNode;
}

export function useRevealGate(detail: DealRoomDetail): RevealGate {
  const { t } = useTranslation('panel');
  const lang = useLanguage();
  const [showAnyway, setShowAnyway] = useState(false);
  const revealed = panelIsRevealed(detail);
  if (revealed) return { open: true, notice: null };
  const sheets = sheetsSubmitted(detail);
  const count = (n: number) => formatPoints(n, lang, 0);
  return {
    open: showAnyway,
    notice: (
      <Notice tone={showAnyway ? 'warn' : 'info'} role="status">
        <p>
          <strong>{t('screen.sheetsSubmitted', { submitted: count(sheets.submitted), total: count(sheets.total) })}</strong>{' '}
          {showAnyway ? t('screen.shownAnyway') : t('screen.waiting')}
        </p>
        <button type="button" className="button button--small" aria-pressed={showAnyway} onClick={() => setShowAnyway((v) => !v)}>
          {t('screen.showAnyway')}
        </button>
      </Notice>
    ),
  };
}
