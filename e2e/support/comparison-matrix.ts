/**
 * Reading the comparison matrix the way a screen reader would: the table by
 * its accessible name, candidates by their column headers, figures by the
 * row header of their row ("Weighted total", "Coverage", a criterion's
 * name). Nothing here knows the app's class names.
 */
import type { Locator, Page } from '@playwright/test';

/** Columns before the first candidate: the row header ("Criterion") and the weight. */
const LEADING_HEADERS = 2;

export function comparisonMatrix(page: Page, accessibleName: string): Locator {
  return page.getByRole('table', { name: accessibleName, exact: true });
}

/** The text of every candidate's column header, left to right. */
export async function candidateHeaders(matrix: Locator): Promise<string[]> {
  const headers = await matrix.getByRole('columnheader').allTextContents();
  return headers.slice(LEADING_HEADERS);
}

/** The candidate column's header, found by the candidate's displayed name. */
export function candidateHeader(matrix: Locator, candidateName: string): Locator {
  return matrix.getByRole('columnheader').filter({ hasText: candidateName });
}

/** The row whose row header is `rowHeader` (a full name or a pattern). */
export function matrixRow(matrix: Locator, rowHeader: string | RegExp): Locator {
  const header =
    typeof rowHeader === 'string'
      ? matrix.page().getByRole('rowheader', { name: rowHeader, exact: true })
      : matrix.page().getByRole('rowheader', { name: rowHeader });
  return matrix.getByRole('row').filter({ has: header });
}

/**
 * The cell at the crossing of a row and a candidate's column. The column is
 * looked up when called, so call it once the matrix shows the state you
 * expect (columns move when the ranking changes).
 */
export async function matrixCell(matrix: Locator, rowHeader: string | RegExp, candidateName: string): Promise<Locator> {
  const headers = await candidateHeaders(matrix);
  const index = headers.findIndex((text) => text.includes(candidateName));
  if (index < 0) throw new Error(`No column for "${candidateName}" in the matrix; columns are: ${headers.join(' | ')}`);
  // Data cells start with the weight cell, then one per candidate.
  return matrixRow(matrix, rowHeader).getByRole('cell').nth(index + 1);
}

/** A displayed number ("80.5", "40.8%", "77,4") as a number, for comparing directions. */
export function displayedNumber(text: string): number {
  const match = /-?\d+(?:[.,]\d+)?/.exec(text.replace(/\s/g, ''));
  if (!match) throw new Error(`No number in "${text}"`);
  return Number(match[0].replace(',', '.'));
}
