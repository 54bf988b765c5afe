/**
 * One candidate's lane of the terms timeline, drawn in SVG on the shared
 * axis: phase bars (tone AND pattern AND the written exclusivity, so colour
 * is never the only cue), milestone diamonds at their due dates, trigger
 * marks, the today line and the as-of line. The same facts follow as a list,
 * which is the chart's text alternative.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/entities';
import { formatCalendarDate } from '../../../shared/i18n/format';
import { tickLabel, type TimelineLane, type TimelineModel } from './timeline-model';
import { useTermWords } from './term-words';

const W = 1000;
const AXIS_Y = 18;
const BAR_Y = 26;
const BAR_H = 28;
const GRANT_Y = 58;
const GRANT_H = 18;
const MARK_Y = 96;
const CODE_Y = 120;
const LINE_LABEL_Y = 136;
const H = 142;
/** Milestones due on the same day sit side by side, this far apart, so that none hides another. */
const SAME_DAY_SPREAD = 22;

/** Horizontal nudge of each milestone among those due on the same day (centred on the day). */
function sameDayOffsets(diamonds: TimelineLane['diamonds']): number[] {
  const counts = new Map<string, number>();
  for (const d of diamonds) counts.set(d.dueOn, (counts.get(d.dueOn) ?? 0) + 1);
  const seen = new Map<string, number>();
  return diamonds.map((d) => {
    const k = seen.get(d.dueOn) ?? 0;
    seen.set(d.dueOn, k + 1);
    return (k - ((counts.get(d.dueOn) ?? 1) - 1) / 2) * SAME_DAY_SPREAD;
  });
}

export function TimelineChart({ model, lane, lang }: { model: TimelineModel; lane: TimelineLane; lang: Language }) {
  const { t } = useTranslation('termsReview');
  const words = useTermWords();
  const codeOf = new Map(lane.triggerMarks.map((m) => [m.triggerId, m.code]));
  const id = useId().replace(/:/g, '');
  const day = (d: string) => formatCalendarDate(d, lang);
  const px = (x: number) => x * W;
  const offsets = sameDayOffsets(lane.diamonds);

  return (
    <figure className="terms-timeline" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="terms-timeline__name">
        {lane.name}
      </figcaption>
      <svg className="terms-timeline__svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-list`}>
        <title id={`${id}-title`}>{t('timeline.chartLabel', { name: lane.name })}</title>
        <defs>
          <pattern id={`${id}-hatch`} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
            <rect width="8" height="8" className="terms-timeline__hatch-ground" />
            <line x1="0" y1="0" x2="0" y2="8" className="terms-timeline__hatch-line" strokeWidth="3" />
          </pattern>
          <pattern id={`${id}-dots`} patternUnits="userSpaceOnUse" width="6" height="6">
            <rect width="6" height="6" className="terms-timeline__dots-ground" />
            <circle cx="3" cy="3" r="1" className="terms-timeline__dot" />
          </pattern>
        </defs>
        <g aria-hidden="true">
          {model.ticks.map((tick) => (
            <g key={tick.date}>
              <line x1={px(tick.x)} x2={px(tick.x)} y1={AXIS_Y + 2} y2={MARK_Y + 12} className={tick.yearStart ? 'terms-timeline__tick terms-timeline__tick--year' : 'terms-timeline__tick'} />
              {tick.labelled && (
                <text x={px(tick.x) + 3} y={AXIS_Y - 4} className={tick.yearStart ? 'terms-timeline__tick-label terms-timeline__tick-label--year' : 'terms-timeline__tick-label'}>
                  {tickLabel(tick, lang)}
                </text>
              )}
            </g>
          ))}
          {lane.bars.map((bar) => (
            <svg key={bar.phaseId} x={px(bar.x)} y={BAR_Y} width={Math.max(px(bar.width), 1)} height={BAR_H}>
              <rect
                width="100%"
                height="100%"
                className={`terms-timeline__bar terms-timeline__bar--${bar.exclusivity}`}
                fill={bar.exclusivity === 'conditional' ? `url(#${id}-hatch)` : bar.exclusivity === 'none' ? `url(#${id}-dots)` : undefined}
              />
              <text x="6" y={BAR_H / 2 + 5} className={`terms-timeline__bar-label terms-timeline__bar-label--${bar.exclusivity}`}>
                {`${bar.name} · ${words.exclusivity[bar.exclusivity]}`}
              </text>
            </svg>
          ))}
          {lane.grants.map((g, i) => (
            <svg key={`${g.triggerId}-${i}`} x={px(g.x)} y={GRANT_Y} width={Math.max(px(g.width), 1)} height={GRANT_H}>
              <rect
                width="100%"
                height="100%"
                className={`terms-timeline__bar terms-timeline__bar--${g.exclusivity} terms-timeline__grant`}
                fill={g.exclusivity === 'conditional' ? `url(#${id}-hatch)` : g.exclusivity === 'none' ? `url(#${id}-dots)` : undefined}
              />
              <text x="6" y={GRANT_H / 2 + 4} className={`terms-timeline__grant-label terms-timeline__bar-label--${g.exclusivity}`}>
                {t('timeline.grantBar', { exclusivity: words.exclusivity[g.exclusivity], code: codeOf.get(g.triggerId) ?? '' })}
              </text>
            </svg>
          ))}
          {lane.triggerMarks.map((m) => (
            <g key={`${m.triggerId}-${m.kind}`} className={`terms-timeline__trigger terms-timeline__trigger--${m.kind}`}>
              <line x1={px(m.x)} x2={px(m.x)} y1={BAR_Y - 4} y2={MARK_Y + 8} />
              <path d={`M ${px(m.x) - 6} ${BAR_Y - 10} L ${px(m.x) + 6} ${BAR_Y - 10} L ${px(m.x)} ${BAR_Y - 2} Z`} />
            </g>
          ))}
          {lane.diamonds.map((d, i) => {
            const cx = px(d.x) + (offsets[i] ?? 0);
            return (
              <g key={d.milestoneId} className={`terms-timeline__milestone terms-timeline__milestone--${d.standing}`}>
                <path d={`M ${cx} ${MARK_Y - 8} L ${cx + 8} ${MARK_Y} L ${cx} ${MARK_Y + 8} L ${cx - 8} ${MARK_Y} Z`} />
                {d.standing === 'missed' && <path className="terms-timeline__cross" d={`M ${cx - 3.5} ${MARK_Y - 3.5} L ${cx + 3.5} ${MARK_Y + 3.5} M ${cx + 3.5} ${MARK_Y - 3.5} L ${cx - 3.5} ${MARK_Y + 3.5}`} />}
                {d.standing === 'met' && <path className="terms-timeline__tick-mark" d={`M ${cx - 4} ${MARK_Y} L ${cx - 1} ${MARK_Y + 3} L ${cx + 4} ${MARK_Y - 3}`} />}
                <text x={cx} y={CODE_Y} textAnchor="middle" className="terms-timeline__code">
                  {d.code}
                </text>
              </g>
            );
          })}
          {lane.triggerMarks.map((m) => (
            <text key={`${m.triggerId}-label`} x={px(m.x) + 8} y={BAR_Y - 3} className="terms-timeline__code terms-timeline__code--trigger">
              {m.code}
            </text>
          ))}
          {model.todayX !== null && (
            <g className="terms-timeline__today">
              <line x1={px(model.todayX)} x2={px(model.todayX)} y1={AXIS_Y} y2={CODE_Y + 4} />
              <text x={px(model.todayX) + 3} y={LINE_LABEL_Y}>
                {t('timeline.today')}
              </text>
            </g>
          )}
          {model.asOfX !== null && (
            <g className="terms-timeline__as-of">
              <line x1={px(model.asOfX)} x2={px(model.asOfX)} y1={AXIS_Y} y2={CODE_Y + 4} />
              <text x={px(model.asOfX) + 3} y={LINE_LABEL_Y} textAnchor={model.asOfX > 0.9 ? 'end' : 'start'}>
                {t('timeline.asOf')}
              </text>
            </g>
          )}
        </g>
      </svg>
      <ul id={`${id}-list`} className="terms-timeline__list" aria-label={t('timeline.listLabel', { name: lane.name })}>
        {lane.bars.map((bar) => (
          <li key={bar.phaseId}>{t('timeline.phaseItem', { name: bar.name, from: day(bar.startsOn), to: day(bar.endsOn), exclusivity: words.exclusivity[bar.exclusivity] })}</li>
        ))}
        {lane.grants.map((g, i) => (
          <li key={`${g.triggerId}-${i}`}>
            {t('timeline.grantItem', { code: codeOf.get(g.triggerId) ?? '', exclusivity: words.exclusivity[g.exclusivity], from: day(g.from), to: day(g.to) })}
          </li>
        ))}
        {lane.diamonds.map((d) => (
          <li key={d.milestoneId}>{t('timeline.milestoneItem', { code: d.code, date: day(d.dueOn), standing: words.standing[d.standing] })}</li>
        ))}
        {lane.triggerMarks.map((m) => (
          <li key={`${m.triggerId}-${m.kind}`}>
            {m.kind === 'fired' ? t('timeline.firedItem', { code: m.code, date: day(m.on) }) : t('timeline.deadlineItem', { code: m.code, date: day(m.on) })}
          </li>
        ))}
      </ul>
    </figure>
  );
}
