/**
 * A name beside a horizontal bar: wrapped onto two lines at most and cut with
 * an ellipsis beyond, so a long criterion name never runs into the bars.
 * Japanese has no spaces to wrap at, so it may break between any characters.
 */
import { Text } from 'recharts';
import type { Language } from '../../../shared/domain/entities';
import { CATEGORY_AXIS_WIDTH, INK, TICK_FONT_SIZE } from './chart-theme';

interface CategoryTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  lang: Language;
}

/** Gap between the name and the axis line. */
const GAP = 8;

export function CategoryTick({ x = 0, y = 0, payload, lang }: CategoryTickProps) {
  return (
    <Text
      x={Number(x) - GAP}
      y={Number(y)}
      width={CATEGORY_AXIS_WIDTH - GAP * 2}
      maxLines={2}
      breakAll={lang === 'ja'}
      textAnchor="end"
      verticalAnchor="middle"
      fill={INK.body}
      style={{ fontSize: TICK_FONT_SIZE }}
    >
      {String(payload?.value ?? '')}
    </Text>
  );
}
