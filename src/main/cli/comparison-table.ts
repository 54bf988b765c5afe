/**
 * `compare` as a person reads it in a terminal: the comparison matrix
 * (candidates as columns in rank order, criteria grouped by pillar with
 * their effective weights, pillar subtotals, totals, coverage, projected
 * totals, ranks and marks), then the sensitivity sentences and the tables of
 * weights that would change the winner (SCORING.md, "Sensitivity").
 */
import type { DealRoomDetail, Language } from '../../shared/domain/entities';
import { MIN_COMPARED } from '../../shared/domain/deal-room-file';
import { candidateAltName, candidateName, labelName } from '../../shared/domain/display-names';
import { analyseDealRoom, type DealRoomAnalysis } from '../../shared/engine/analyse-deal-room';
import { describeSensitivity } from '../../shared/engine/sensitivity-sentences';
import type { CandidateResult, WeightThreshold } from '../../shared/engine/types';
import { formatPercent, formatPointChange, formatPoints, formatScore } from '../../shared/i18n/format';
import { translator } from '../../shared/i18n/translator';
import { renderTable, type TableColumn, type TableRow } from './text-table';

/** Evaluators this far apart on a cell are worth a look (the renderer marks the same spread). */
export const DISAGREEMENT_SPREAD = 1.5;

const NAME_WIDTH = 50;
const CANDIDATE_WIDTH = 24;

export interface ComparisonTextOptions {
  lang: Language;
  /** Set when the deal-room was read from a file rather than the data folder. */
  sourceFile?: string;
}

function cellText(analysis: DealRoomAnalysis, result: CandidateResult, criterionId: string, lang: Language): string {
  const cell = analysis.scoring.cells[result.candidateId]?.[criterionId];
  if (!cell || cell.score === null) return '-';
  let marks = '';
  if (cell.fromConsensus) marks += '*';
  if (cell.count > 1 && cell.spread >= DISAGREEMENT_SPREAD) marks += '~';
  if (result.knockouts[criterionId] === 'failed') marks += '!';
  return `${formatScore(cell.score, lang)}${marks === '' ? '' : ` ${marks}`}`;
}

function signedPercent(fraction: number, lang: Language): string {
  return `${fraction > 0 ? '+' : ''}${formatPercent(fraction, lang)}`;
}

function thresholdTable(
  rows: readonly WeightThreshold[],
  mostCritical: WeightThreshold | null,
  kind: 'criterion' | 'pillar',
  nameOf: (id: string) => string,
  candidateNameOf: (id: string) => string,
  lang: Language,
): string[] {
  const t = translator(lang);
  const c = (key: string) => t(`cli:compare.thresholdColumns.${key}`);
  const columns: TableColumn[] = [
    { align: 'left' },
    { align: 'left', maxWidth: NAME_WIDTH },
    { align: 'right' },
    { align: 'right' },
    { align: 'right' },
    { align: 'right' },
    { align: 'left', maxWidth: 60 },
  ];
  const header = [['', c(kind), c('current'), c('threshold'), c('change'), c('relative'), c('challenger')]];
  const body: TableRow[] = rows.map((row) => {
    const mark = mostCritical?.targetId === row.targetId ? '>' : '';
    const x = row.crossing;
    if (!x) return [mark, nameOf(row.targetId), formatPercent(row.current, lang), '-', '-', '-', t('cli:compare.noCrossing')];
    return [
      mark,
      nameOf(row.targetId),
      formatPercent(row.current, lang),
      formatPercent(x.threshold, lang),
      formatPointChange(x.change, lang),
      signedPercent(x.relativeChange, lang),
      candidateNameOf(x.challengerId),
    ];
  });
  return renderTable(columns, header, body);
}

/** The lines `compare` prints, without a trailing newline. */
export function comparisonText(detail: DealRoomDetail, options: ComparisonTextOptions): string[] {
  const { lang } = options;
  const t = translator(lang);
  const room = detail.dealRoom;
  const out: string[] = [room.name];
  if (room.productLine !== '' || room.targetMarket !== '')
    out.push(t('cli:compare.details', { productLine: room.productLine || '-', targetMarket: room.targetMarket || '-' }));
  if (options.sourceFile !== undefined) out.push(t('cli:compare.fromFile', { file: options.sourceFile }));
  out.push('');

  const analysis = analyseDealRoom(detail);
  const { input, scoring, sensitivity } = analysis;
  const results = scoring.candidates;
  if (results.length === 0) return [...out, t('cli:compare.noCandidates')];
  if (input.criteria.length === 0) return [...out, t('cli:compare.noCriteria')];
  if (results.length < MIN_COMPARED) out.push(t('cli:compare.fewCandidates', { count: results.length, min: MIN_COMPARED }), '');

  const candidates = new Map(detail.candidates.map((c) => [c.id, c]));
  const pillars = new Map(detail.pillars.map((p) => [p.id, p]));
  const criteria = new Map(detail.criteria.map((c) => [c.id, c]));
  const nameOfCandidate = (id: string) => {
    const c = candidates.get(id);
    return c ? candidateName(c, lang) : id;
  };
  const nameOfPillar = (id: string) => {
    const p = pillars.get(id);
    return p ? labelName(p, lang) : id;
  };
  const nameOfCriterion = (id: string) => {
    const c = criteria.get(id);
    if (!c) return id;
    const name = labelName(c, lang);
    return c.knockout ? t('cli:compare.knockoutCriterion', { name, passMark: formatScore(c.passMark, lang) }) : name;
  };

  const columns: TableColumn[] = [
    { align: 'left', maxWidth: NAME_WIDTH },
    { align: 'right' },
    ...results.map((): TableColumn => ({ align: 'right', maxWidth: CANDIDATE_WIDTH })),
  ];
  const header: string[][] = [
    [t('cli:compare.columns.criterion'), t('cli:compare.columns.weight'), ...results.map((r) => nameOfCandidate(r.candidateId))],
  ];
  const altNames = results.map((r) => {
    const c = candidates.get(r.candidateId);
    return c ? candidateAltName(c, lang) : '';
  });
  if (altNames.some((n) => n !== '')) header.push(['', '', ...altNames]);

  const rows: TableRow[] = [];
  for (const pillar of input.pillars) {
    const inPillar = input.criteria.filter((c) => c.pillarId === pillar.id);
    rows.push([
      nameOfPillar(pillar.id),
      formatPercent(scoring.pillarShares[pillar.id] ?? 0, lang),
      ...results.map((r) => formatPoints(r.pillarTotals[pillar.id] ?? 0, lang)),
    ]);
    for (const criterion of inPillar) {
      rows.push([
        `  ${nameOfCriterion(criterion.id)}`,
        formatPercent(scoring.effectiveWeights[criterion.id] ?? 0, lang),
        ...results.map((r) => cellText(analysis, r, criterion.id, lang)),
      ]);
    }
  }
  rows.push('rule');
  const row = (key: string, cell: (r: CandidateResult) => string): string[] => [t(`cli:compare.rows.${key}`), '', ...results.map(cell)];
  rows.push(row('total', (r) => formatPoints(r.total, lang)));
  rows.push(row('coverage', (r) => formatPercent(r.coverage, lang)));
  if (results.some((r) => r.incomplete))
    rows.push(row('projected', (r) => (r.incomplete && r.projected !== null ? formatPoints(r.projected, lang) : '')));
  rows.push(row('rank', (r) => (r.rank === null ? '-' : String(r.rank))));
  if (results.some((r) => r.knockedOut || r.incomplete))
    rows.push(
      row('status', (r) =>
        [r.knockedOut ? t('cli:compare.status.knockedOut') : '', r.incomplete ? t('cli:compare.status.incomplete') : '']
          .filter((s) => s !== '')
          .join(', '),
      ),
    );
  out.push(...renderTable(columns, header, rows));
  out.push('', t('cli:compare.legend'));

  out.push('', t('cli:compare.sensitivityHeading'), '');
  out.push(...describeSensitivity(analysis, detail, lang));
  if (sensitivity.criteria.length === 0 && sensitivity.pillars.length === 0) {
    out.push('', t('cli:compare.nothingToMove'));
    return out;
  }
  if (sensitivity.criteria.length > 0) {
    out.push('', t('cli:compare.criteriaThresholds'));
    out.push(...thresholdTable(sensitivity.criteria, sensitivity.mostCriticalCriterion, 'criterion', (id) => labelNameOr(criteria.get(id), id, lang), nameOfCandidate, lang));
  }
  if (sensitivity.pillars.length > 0) {
    out.push('', t('cli:compare.pillarThresholds'));
    out.push(...thresholdTable(sensitivity.pillars, sensitivity.mostCriticalPillar, 'pillar', nameOfPillar, nameOfCandidate, lang));
  }
  out.push('', t('cli:compare.mostCriticalLegend'));
  return out;
}

function labelNameOr(x: { nameEn: string; nameJa: string } | undefined, fallback: string, lang: Language): string {
  return x ? labelName(x, lang) : fallback;
}
