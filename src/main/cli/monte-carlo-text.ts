/**
 * `compare --monte-carlo`: how likely each compared candidate is to rank
 * first (SCORING.md, "Uncertainty"), as a table of rank shares for a terminal
 * and as an object added to the JSON report. The seed is always printed, so
 * that anyone can run the same figures again.
 */
import { candidateName } from '../../shared/domain/display-names';
import type { DealRoomDetail, Language } from '../../shared/domain/entities';
import { engineInputFromDetail } from '../../shared/engine/engine-input';
import { runMonteCarlo, type MonteCarloResult } from '../../shared/engine/monte-carlo';
import { describeMonteCarlo } from '../../shared/engine/monte-carlo-sentences';
import { formatPercent, formatPoints } from '../../shared/i18n/format';
import { translator } from '../../shared/i18n/translator';
import type { MonteCarloRequest } from './monte-carlo-options';
import { renderTable, type TableColumn, type TableRow } from './text-table';

const NAME_WIDTH = 40;
/** Shares are printed to 0.1%; a share that is not 0 but would print as 0.0% shows as "<0.1%". */
const SMALLEST_SHOWN = 0.0005;

export interface MonteCarloReport extends MonteCarloResult {
  /** describeMonteCarlo in the report's language. */
  sentence: string;
}

export function monteCarloReport(detail: DealRoomDetail, request: MonteCarloRequest, lang: Language): MonteCarloReport {
  const result = runMonteCarlo(engineInputFromDetail(detail), { draws: request.draws, seed: request.seed });
  return { ...result, sentence: describeMonteCarlo(result, nameLookup(detail, lang), lang) };
}

function nameLookup(detail: DealRoomDetail, lang: Language): (id: string) => string {
  const candidates = new Map(detail.candidates.map((c) => [c.id, c]));
  return (id) => {
    const c = candidates.get(id);
    return c ? candidateName(c, lang) : id;
  };
}

function shareText(share: number, lang: Language): string {
  if (share > 0 && share < SMALLEST_SHOWN) return `<${formatPercent(0.001, lang, 1)}`;
  return formatPercent(share, lang, 1);
}

/** The lines printed after the comparison, without a trailing newline. */
export function monteCarloText(detail: DealRoomDetail, report: MonteCarloReport, lang: Language): string[] {
  const t = translator(lang);
  const out = [
    t('cli:compare.monteCarlo.heading'),
    '',
    t('cli:compare.monteCarlo.settings', {
      draws: formatPoints(report.draws, lang, 0),
      seed: String(report.seed),
      jitter: formatPercent(report.weightJitter, lang, 0),
    }),
    '',
  ];
  const n = report.candidates.length;
  if (n > 0) {
    const nameOf = nameLookup(detail, lang);
    const columns: TableColumn[] = [
      { align: 'left', maxWidth: NAME_WIDTH },
      ...Array.from({ length: n + 2 }, (): TableColumn => ({ align: 'right' })),
    ];
    const header = [
      [
        t('cli:compare.monteCarlo.columns.candidate'),
        t('cli:compare.monteCarlo.columns.first'),
        ...Array.from({ length: n - 1 }, (_, r) => t('cli:compare.monteCarlo.columns.rank', { rank: r + 2 })),
        t('cli:compare.monteCarlo.columns.knockedOut'),
        t('cli:compare.monteCarlo.columns.meanTotal'),
      ],
    ];
    // Most first places first; equal shares keep the matrix's display order.
    const rows: TableRow[] = [...report.candidates]
      .sort((a, b) => b.firstShare - a.firstShare)
      .map((c) => [
        nameOf(c.candidateId),
        ...c.rankShares.map((s) => shareText(s, lang)),
        shareText(c.knockedOutShare, lang),
        formatPoints(c.meanTotal, lang),
      ]);
    out.push(...renderTable(columns, header, rows), '', t('cli:compare.monteCarlo.legend'), '');
  }
  out.push(report.sentence);
  return out;
}
