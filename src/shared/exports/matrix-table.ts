/**
 * The "Matrix" sheet: criteria grouped by pillar, their effective weights as
 * values the analyst may edit, each compared candidate's aggregated score
 * S'(a,c), and totals as live formulas (SCORING.md, "Totals"):
 *
 *   T(a) = 100 × SUMPRODUCT(weights, scores) / 5
 *
 * An empty score cell counts as 0 in SUMPRODUCT, as an unscored cell does in
 * T(a). Coverage and rank are the app's values: a rank depends on knock-outs
 * and ties, which the sheet does not model, so a note says they are not
 * recomputed.
 */
import { candidateName, labelName } from '../domain/display-names';
import type { DealRoomDetail, Language } from '../domain/entities';
import type { DealRoomAnalysis } from '../engine/analyse-deal-room';
import { translator } from '../i18n/translator';
import { columnLetters, empty, headerRow, num, text, type ExportCell, type ExportRow, type ExportTable } from './export-table';

/** Columns before the first candidate: pillar, criterion, knock-out, effective weight. */
const LEAD_COLUMNS = 4;
const WEIGHT_COLUMN = columnLetters(4);

export function matrixTable(detail: DealRoomDetail, analysis: DealRoomAnalysis, lang: Language): ExportTable {
  const t = translator(lang);
  const { input, scoring } = analysis;
  const candidates = input.candidates.map((c) => detail.candidates.find((d) => d.id === c.id)!);
  const pillars = new Map(detail.pillars.map((p) => [p.id, p]));
  const criteria = new Map(detail.criteria.map((c) => [c.id, c]));
  const results = new Map(scoring.candidates.map((r) => [r.candidateId, r]));

  const rows: ExportRow[] = [
    headerRow([
      t('exports:columns.pillar'),
      t('exports:columns.criterion'),
      t('exports:columns.knockout'),
      t('exports:columns.effectiveWeight'),
      ...candidates.map((c) => candidateName(c, lang)),
    ]),
  ];
  for (const ec of input.criteria) {
    const criterion = criteria.get(ec.id)!;
    const pillar = pillars.get(ec.pillarId);
    rows.push({
      role: 'body',
      cells: [
        text(pillar ? labelName(pillar, lang) : ''),
        text(labelName(criterion, lang)),
        ec.knockout ? text(t('exports:values.passMark', { mark: ec.passMark })) : empty,
        num(scoring.effectiveWeights[ec.id] ?? 0, 'fraction'),
        ...candidates.map((c) => num(scoring.cells[c.id]?.[ec.id]?.score ?? null, 'score')),
      ],
    });
  }

  // Rows are 1-based in A1 notation and row 1 is the header.
  const first = 2;
  const last = first + input.criteria.length - 1;
  const weights = `$${WEIGHT_COLUMN}$${first}:$${WEIGHT_COLUMN}$${last}`;
  const perCandidate = (cell: (column: string, index: number) => ExportCell) =>
    candidates.map((_, i) => cell(columnLetters(LEAD_COLUMNS + 1 + i), i));
  const summary = (label: string, weightCell: ExportCell, cells: ExportCell[]): ExportRow => ({
    role: 'summary',
    cells: [text(label), empty, empty, weightCell, ...cells],
  });
  const weightSum = Object.values(scoring.effectiveWeights).reduce((s, w) => s + w, 0);

  rows.push(
    summary(t('exports:rows.weightSum'), { kind: 'formula', formula: `SUM(${weights})`, result: weightSum, format: 'fraction' }, perCandidate(() => empty)),
    summary(
      t('exports:rows.total'),
      empty,
      perCandidate((column, i) => ({
        kind: 'formula',
        formula: `100*SUMPRODUCT(${weights},${column}${first}:${column}${last})/5`,
        result: results.get(candidates[i]!.id)!.total,
        format: 'points',
      })),
    ),
    summary(t('exports:rows.coverage'), empty, perCandidate((_, i) => num(results.get(candidates[i]!.id)!.coverage, 'fraction'))),
    summary(
      t('exports:rows.rank'),
      empty,
      perCandidate((_, i) => {
        const r = results.get(candidates[i]!.id)!;
        return r.rank === null ? text(t('exports:values.knockedOut')) : num(r.rank, 'integer');
      }),
    ),
    summary(
      t('exports:rows.status'),
      empty,
      perCandidate((_, i) => {
        const r = results.get(candidates[i]!.id)!;
        if (r.knockedOut) return text(t('exports:values.knockedOut'));
        return text(r.incomplete ? t('exports:values.incomplete') : t('exports:values.complete'));
      }),
    ),
    { role: 'note', cells: [text(t('exports:notes.matrix'))] },
  );

  return {
    key: 'matrix',
    title: t('exports:sheets.matrix'),
    widths: [22, 36, 12, 14, ...candidates.map(() => 20)],
    frozenColumns: 2,
    rows,
  };
}
