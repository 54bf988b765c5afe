/**
 * Where each candidate is strong and weak: its pillar totals (each pillar's
 * own 0–100) side by side, as grouped bars and as a table.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { DealRoomDetail, Language } from '../../../shared/domain/entities';
import type { ScoringResult } from '../../../shared/engine/types';
import { formatPoints } from '../../../shared/i18n/format';
import { CategoryTick } from './category-tick';
import { CATEGORY_AXIS_WIDTH, candidateColour, CHART_WIDTH, INK, TICK_FONT_SIZE } from './chart-theme';
import { buildPillarProfileModel, type ProfileCandidate } from './pillar-profile-model';

const BAR_HEIGHT = 11;
const GROUP_GAP = 22;
/** Legend above (two rows with five long names), axis and its title below. */
const FRAME_HEIGHT = 140;
const POINT_TICKS = [0, 20, 40, 60, 80, 100];

export function PillarProfilePanel({ detail, scoring, lang }: { detail: DealRoomDetail; scoring: ScoringResult; lang: Language }) {
  const { t } = useTranslation('analysis');
  const captionId = useId();
  const model = useMemo(() => buildPillarProfileModel(detail, scoring, lang), [detail, scoring, lang]);
  const seriesName = (c: ProfileCandidate) => (c.knockedOut ? t('profile.knockedOutName', { name: c.name }) : c.name);
  const height = model.pillars.length * (model.candidates.length * BAR_HEIGHT + GROUP_GAP) + FRAME_HEIGHT;
  const title = t('profile.chartTitle');

  return (
    <section className="analysis-panel" aria-labelledby="profile-title">
      <h3 id="profile-title" className="analysis-panel__title">
        {t('profile.heading')}
      </h3>
      <p className="analysis-panel__intro">{t('profile.intro')}</p>
      <figure className="chart" aria-labelledby={captionId}>
        <figcaption id={captionId} className="chart__caption">
          {title}
        </figcaption>
        <div className="chart__canvas">
          <BarChart
            width={CHART_WIDTH}
            height={height}
            data={model.data}
            layout="vertical"
            margin={{ top: 4, right: 28, bottom: 24, left: 4 }}
            barGap={1}
            barCategoryGap={GROUP_GAP / 2}
            title={title}
            desc={t('profile.chartDescription')}
          >
            <CartesianGrid horizontal={false} stroke={INK.grid} />
            <XAxis
              type="number"
              domain={[0, 100]}
              ticks={POINT_TICKS}
              tickFormatter={(v: number) => formatPoints(v, lang, 0)}
              tick={{ fontSize: TICK_FONT_SIZE, fill: INK.muted }}
              stroke={INK.line}
              label={{ value: t('profile.axis'), position: 'insideBottom', offset: -16, fill: INK.body, fontSize: TICK_FONT_SIZE }}
            />
            <YAxis type="category" dataKey="pillar" width={CATEGORY_AXIS_WIDTH} tick={(props) => <CategoryTick {...props} lang={lang} />} stroke={INK.line} />
            <Tooltip formatter={(value) => formatPoints(Number(value), lang)} isAnimationActive={false} />
            <Legend verticalAlign="top" align="left" itemSorter={null} wrapperStyle={{ fontSize: TICK_FONT_SIZE, paddingLeft: CATEGORY_AXIS_WIDTH }} />
            {model.candidates.map((c, i) => (
              <Bar key={c.key} dataKey={c.key} name={seriesName(c)} fill={candidateColour(i)} barSize={BAR_HEIGHT - 1} isAnimationActive={false} />
            ))}
          </BarChart>
        </div>
      </figure>
      <div className="table-scroll analysis-table">
        <table className="data-table">
          <caption className="analysis-table__caption">{t('profile.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.pillar')}</th>
              {model.candidates.map((c) => (
                <th key={c.key} scope="col" className="num">
                  {seriesName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.pillars.map((p) => (
              <tr key={p.pillarId}>
                <th scope="row" className="data-table__name">
                  {p.name}
                </th>
                {model.candidates.map((c) => (
                  <td key={c.key} className="num">
                    {formatPoints(p.totals[c.key] ?? 0, lang)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
