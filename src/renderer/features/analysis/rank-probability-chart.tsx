/**
 * Rank probabilities as stacked horizontal bars: one bar per candidate, one
 * stack per rank (and knocked out), each bar adding up to all the draws.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { Language } from '../../../shared/domain/entities';
import { formatPercent, formatPoints } from '../../../shared/i18n/format';
import { CategoryTick } from './category-tick';
import { BAD, CATEGORY_AXIS_WIDTH, CHART_WIDTH, INK, rankColour, TICK_FONT_SIZE } from './chart-theme';
import type { RankChartModel, RankSeries } from './rank-chart-model';

const BAR_ROW_HEIGHT = 46;
/** Legend above, axis and its title below. */
const FRAME_HEIGHT = 110;
const SHARE_TICKS = [0, 0.25, 0.5, 0.75, 1];

export function RankProbabilityChart({ model, summary, lang }: { model: RankChartModel; summary: string; lang: Language }) {
  const { t } = useTranslation('analysis');
  const captionId = useId();
  const nameOf = (s: RankSeries) => (s.kind === 'rank' ? t('ranks.rank', { rank: s.rank }) : t('ranks.knockedOut'));
  const title = t('ranks.chartTitle', { draws: formatPoints(model.draws, lang, 0) });
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart__caption">
        {title}
      </figcaption>
      <div className="chart__canvas">
        <BarChart
          width={CHART_WIDTH}
          height={model.rows.length * BAR_ROW_HEIGHT + FRAME_HEIGHT}
          data={model.data}
          layout="vertical"
          margin={{ top: 4, right: 28, bottom: 24, left: 4 }}
          barCategoryGap="22%"
          title={title}
          desc={summary}
        >
          <CartesianGrid horizontal={false} stroke={INK.grid} />
          <XAxis
            type="number"
            domain={[0, 1]}
            ticks={SHARE_TICKS}
            tickFormatter={(v: number) => formatPercent(v, lang, 0)}
            tick={{ fontSize: TICK_FONT_SIZE, fill: INK.muted }}
            stroke={INK.line}
            label={{ value: t('ranks.axis'), position: 'insideBottom', offset: -16, fill: INK.body, fontSize: TICK_FONT_SIZE }}
          />
          <YAxis type="category" dataKey="name" width={CATEGORY_AXIS_WIDTH} tick={(props) => <CategoryTick {...props} lang={lang} />} stroke={INK.line} />
          <Tooltip formatter={(value) => formatPercent(Number(value), lang)} isAnimationActive={false} />
          <Legend verticalAlign="top" align="left" itemSorter={null} wrapperStyle={{ fontSize: TICK_FONT_SIZE, paddingLeft: CATEGORY_AXIS_WIDTH }} />
          {model.series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={nameOf(s)} stackId="draws" fill={s.kind === 'rank' ? rankColour(s.rank) : BAD} isAnimationActive={false} />
          ))}
        </BarChart>
      </div>
    </figure>
  );
}
