/**
 * Numeric tolerances of the engine. Totals are sums of products of decimals,
 * so two totals that are equal on paper can differ in the last bits; these
 * constants say how close counts as equal.
 */

/** Totals (0–100) equal to within this share a rank (SCORING.md, "Totals, coverage, knock-outs, rank"). */
export const TIE_TOLERANCE = 1e-9;

/**
 * Slack for comparisons against values a person typed (pass marks, the
 * robustness margin, "coverage is 100%"): a mean of 2.9 and 3.1 must pass a
 * pass mark of 3 even if the division lands a hair below it.
 */
export const COMPARE_TOLERANCE = 1e-9;

/** One point of the 0–5 scale is worth 20 points of a 0–100 total (T = 100 × Σ e_c × S / 5). */
export const POINTS_PER_SCORE_UNIT = 100 / 5;
