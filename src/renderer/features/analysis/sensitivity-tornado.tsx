/**
 * The sensitivity tornado: for each criterion, how far its weight would have
 * to move, alone, for a challenger to overtake the leader (SCORING.md,
 * "Sensitivity"). Bars left: the weight would have to fall; right: rise. The
 * dashed lines are the room's robustness margin; a bar that ends inside them
 * is a change small enough to make the ranking fragile.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { DealRoomDetail, Language } from '../../../shared/domain/entities';
import type { SensitivityResult } from '../../../shared/engine/types';
import { formatPercent, formatPointChange, formatPoints } from '../../../shared/i18n/format';
import { CategoryTick } from './category-tick';
import { ACCENT, BAD, CATEGORY_AXIS_WIDTH, CHART_WIDTH, INK, TICK_FONT_SIZE } from './chart-theme';
import { buildTornadoModel } from './tornado-model';

const BAR_ROW_HEIGHT = 36;

/** "A, B and C" / "A、B、C": Intl joins names the way each language does. */
function listOf(names: string[], lang: Language): string {
  return new Intl.ListFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { style: 'long', type: 'conjunction' }).format(names);
}

const FRAME_HEIGHT = 130;
const WITHIN = 'withinMargin';
const BEYOND = 'beyondMargin';

export function SensitivityTornado({ detail, sensitivity, lang }: { detail: DealRoomDetail; sensitivity: SensitivityResult; lang: Language }) {
  const { t } = useTranslation('analysis');
  const captionId = useId();
  const model = useMemo(() => buildTornadoModel(sensitivity, detail, lang), [sensitivity, detail, lang]);
  const points = (v: number) => formatPoints(v, lang, Math.abs(v - Math.round(v)) < 1e-9 ? 0 : 1);
  const margin = points(model.marginPoints);
  // One series per side of the margin, so the legend says what the two colours mean.
  const data = model.rows.map((r) => ({ name: r.name, [WITHIN]: r.withinMargin ? r.changePoints : null, [BEYOND]: r.withinMargin ? null : r.changePoints }));
  const step = model.axisPoints / 4;
  const ticks = [-4, -3, -2, -1, 0, 1, 2, 3, 4].map((k) => k * step);
  const title = t('tornado.chartTitle');

  return (
    <section className="analysis-panel" aria-labelledby="tornado-title">
      <h3 id="tornado-title" className="analysis-panel__title">
        {t('tornado.heading')}
      </h3>
      <p className="analysis-panel__intro">{t('tornado.intro', { margin })}</p>
      {!model.available ? (
        <p className="muted">{t('tornado.notAvailable')}</p>
      ) : (
        <>
          {model.rows.length > 0 ? (
            <figure className="chart" aria-labelledby={captionId}>
              <figcaption id={captionId} className="chart__caption">
                {title}
              </figcaption>
              <div className="chart__canvas">
                <BarChart
                  width={CHART_WIDTH}
                  height={model.rows.length * BAR_ROW_HEIGHT + FRAME_HEIGHT}
                  data={data}
                  layout="vertical"
                  stackOffset="sign"
                  margin={{ top: 4, right: 28, bottom: 24, left: 4 }}
                  barCategoryGap="24%"
                  title={title}
                  desc={t('tornado.chartDescription')}
                >
                  <CartesianGrid horizontal={false} stroke={INK.grid} />
                  <XAxis
                    type="number"
                    domain={[-model.axisPoints, model.axisPoints]}
                    ticks={ticks}
                    tickFormatter={(v: number) => formatPointChange(v / 100, lang, step % 1 === 0 ? 0 : 1)}
                    tick={{ fontSize: TICK_FONT_SIZE, fill: INK.muted }}
                    stroke={INK.line}
                    label={{ value: t('tornado.axis'), position: 'insideBottom', offset: -16, fill: INK.body, fontSize: TICK_FONT_SIZE }}
                  />
                  <YAxis type="category" dataKey="name" width={CATEGORY_AXIS_WIDTH} tick={(props) => <CategoryTick {...props} lang={lang} />} stroke={INK.line} />
                  <Tooltip formatter={(value) => t('tornado.points', { value: formatPointChange(Number(value) / 100, lang) })} isAnimationActive={false} />
                  {/* The padding under the legend leaves room for the margin line's label above the plot. */}
                  <Legend verticalAlign="top" align="left" itemSorter={null} wrapperStyle={{ fontSize: TICK_FONT_SIZE, paddingLeft: CATEGORY_AXIS_WIDTH, paddingBottom: 20 }} />
                  <ReferenceLine x={0} stroke={INK.muted} />
                  <ReferenceLine x={-model.marginPoints} stroke={BAD} strokeDasharray="4 3" label={{ value: t('tornado.marginLine', { margin }), position: 'top', fill: BAD, fontSize: 11 }} />
                  <ReferenceLine x={model.marginPoints} stroke={BAD} strokeDasharray="4 3" />
                  <Bar dataKey={WITHIN} name={t('tornado.withinMargin', { margin })} stackId="move" fill={BAD} isAnimationActive={false} />
                  <Bar dataKey={BEYOND} name={t('tornado.beyondMargin', { margin })} stackId="move" fill={ACCENT} isAnimationActive={false} />
                </BarChart>
              </div>
            </figure>
          ) : (
            <p>{t('tornado.noneCanFlip')}</p>
          )}
          {model.noFlip.length > 0 && model.rows.length > 0 && (
            <p className="analysis-panel__note">{t('tornado.noFlip', { names: listOf(model.noFlip.map((c) => c.name), lang) })}</p>
          )}
          {model.rows.length > 0 && (
            <div className="table-scroll analysis-table">
              <table className="data-table">
                <caption className="analysis-table__caption">{t('tornado.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('table.criterion')}</th>
                    <th scope="col" className="num">
                      {t('tornado.weightNow')}
                    </th>
                    <th scope="col" className="num">
                      {t('tornado.weightAtFlip')}
                    </th>
                    <th scope="col" className="num">
                      {t('tornado.change')}
                    </th>
                    <th scope="col">{t('tornado.challenger')}</th>
                  </tr>
                </thead>
                <tbody>
                  {model.rows.map((r) => (
                    <tr key={r.criterionId} className={r.withinMargin ? 'analysis-table__row--fragile' : undefined}>
                      <th scope="row" className="data-table__name">
                        {r.name}
                      </th>
                      <td className="num">{formatPercent(r.current, lang)}</td>
                      <td className="num">{formatPercent(r.threshold, lang)}</td>
                      <td className="num">{formatPointChange(r.changePoints / 100, lang)}</td>
                      <td>{r.challengerName}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
