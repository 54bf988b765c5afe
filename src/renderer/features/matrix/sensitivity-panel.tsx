/**
 * Under the matrix: how robust the ranking is. The engine's sentences first,
 * as prose; then the robust/fragile verdict with its margin (editable); then
 * the threshold tables per criterion and per pillar.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealRoomDetail, Language } from '../../../shared/domain/entities';
import type { DealRoomAnalysis } from '../../../shared/engine/analyse-deal-room';
import { describeSensitivity } from '../../../shared/engine/sensitivity-sentences';
import { formatPoints } from '../../../shared/i18n/format';
import { MarginEditor } from './margin-editor';
import { buildThresholdRows } from './threshold-rows';
import { ThresholdTable } from './threshold-table';

interface SensitivityPanelProps {
  detail: DealRoomDetail;
  analysis: DealRoomAnalysis;
  lang: Language;
}

export function SensitivityPanel({ detail, analysis, lang }: SensitivityPanelProps) {
  const { t } = useTranslation('ui');
  const { sensitivity } = analysis;
  const sentences = useMemo(() => describeSensitivity(analysis, detail, lang), [analysis, detail, lang]);
  const criterionRows = useMemo(() => buildThresholdRows('criterion', sensitivity, detail, lang), [sensitivity, detail, lang]);
  const pillarRows = useMemo(() => buildThresholdRows('pillar', sensitivity, detail, lang), [sensitivity, detail, lang]);
  const comparable = sensitivity.leaderId !== null && sensitivity.runnerUpId !== null;
  const marginPoints = sensitivity.margin * 100;
  // "5 points", not "5.0 points", when the margin is whole, as in the engine's sentences.
  const marginText = formatPoints(marginPoints, lang, Math.abs(marginPoints - Math.round(marginPoints)) < 1e-9 ? 0 : 1);

  return (
    <section className="sensitivity" aria-labelledby="sensitivity-title">
      <div className="sensitivity__head">
        <h3 id="sensitivity-title" className="sensitivity__title">
          {t('sensitivity.heading')}
        </h3>
        {comparable && (
          <p className={sensitivity.robust ? 'verdict verdict--robust' : 'verdict verdict--fragile'}>
            <span className="verdict__icon" aria-hidden="true">
              {sensitivity.robust ? '✓' : '!'}
            </span>
            <strong>{sensitivity.robust ? t('sensitivity.robust') : t('sensitivity.fragile')}</strong>
            <span className="verdict__detail"> {t('sensitivity.badgeDetail', { margin: marginText })}</span>
          </p>
        )}
      </div>
      <div className="sensitivity__prose" aria-live="polite">
        {sentences.map((s, i) => (
          <p key={i}>{s}</p>
        ))}
      </div>
      <MarginEditor />
      {comparable ? (
        <>
          {criterionRows.length > 0 && <ThresholdTable kind="criterion" rows={criterionRows} lang={lang} />}
          {pillarRows.length > 0 && <ThresholdTable kind="pillar" rows={pillarRows} lang={lang} />}
        </>
      ) : (
        <p className="muted">{t('sensitivity.noAnalysis')}</p>
      )}
    </section>
  );
}
