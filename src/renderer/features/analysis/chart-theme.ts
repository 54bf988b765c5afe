/**
 * The charts' colours and sizes. recharts takes colours as SVG attributes,
 * where the stylesheet's custom properties cannot be relied on, so the values
 * of styles/tokens.css are repeated here by name; keep the two in step.
 */

/** tokens.css: --ink-900, --ink-700, --ink-500, --line-200, --line-100. */
export const INK = { strong: '#17202b', body: '#38434f', muted: '#5f6b78', line: '#e1e6eb', grid: '#edf0f3' } as const;

/** tokens.css: --bad-700, the tone of "knocked out" and "fragile" everywhere else in the app. */
export const BAD = '#a3262a';
/** tokens.css: --accent-600, the app's one accent. */
export const ACCENT = '#1f5299';

/**
 * Ranks 1 … 5 from the accent's darkest to its lightest (--accent-700,
 * --accent-600, then lighter tints of the same hue), so "first" reads as the
 * strongest colour and the order reads without the legend.
 */
export const RANK_COLOURS: readonly string[] = ['#173f73', '#1f5299', '#4d7cc0', '#8eb0dc', '#c7d8ef'];

/**
 * One colour per compared candidate (at most five): the accent, then hues
 * picked to stay apart from it and from one another in print and for common
 * colour-vision deficiencies (blue, orange, green, purple, grey).
 */
export const CANDIDATE_COLOURS: readonly string[] = ['#1f5299', '#c77c12', '#1d6b47', '#7a4f9a', '#5f6b78'];

export function rankColour(rank: number): string {
  return RANK_COLOURS[Math.min(rank, RANK_COLOURS.length) - 1] ?? RANK_COLOURS[RANK_COLOURS.length - 1]!;
}

export function candidateColour(index: number): string {
  return CANDIDATE_COLOURS[index % CANDIDATE_COLOURS.length]!;
}

/**
 * Fixed sizes: the same picture on screen, in screenshots and on paper (an
 * A4 landscape page holds 820 px with room to spare), where a size that
 * follows the window would be measured differently when printing.
 */
export const CHART_WIDTH = 820;
/** Room for a candidate's or criterion's name beside a horizontal bar (two lines at most). */
export const CATEGORY_AXIS_WIDTH = 240;
export const TICK_FONT_SIZE = 12;
