/**
 * The printed matrix as rows of text, in the order the sheet prints them:
 * the candidates' heads, then the summary rows executives read first (rank,
 * weighted total, coverage, projected total, red flags), then each pillar
 * row followed by its criteria. Each score carries its marks (legend in the
 * print namespace): * consensus, ◆ dissent, ▲ lowered by a confirmed red
 * flag, ~ evaluators far apart, × below a knock-out pass mark, ? knock-out
 * unscored; – is an unscored cell. Pure, so the order and marks are tested
 * with values; print-document.tsx only lays it out.
 */
import type { Language } from '../domain/entities';
import { formatCalendarDate, formatPercent, formatPoints, formatScore } from '../i18n/format';
import type { TermsSummary } from '../terms/terms-evaluation';
import type { PrintCell, PrintModel } from './print-model';
import { printLanguages, type PrintLanguage } from './print-options';
import { joinLanguages, printName, printText, type PrintText } from './print-text';

export const UNSCORED = '–';

export interface PrintHead {
  id: string;
  name: string;
  /** The other script's name, printed smaller below ('' when it is the same). */
  altName: string;
  /** "No. 1", or why the candidate has no rank. */
  status: string;
  knockedOut: boolean;
}

export interface PrintScore {
  text: string;
  marks: string;
  /** Below a knock-out pass mark: printed in bold. */
  failed: boolean;
}

export type TermsRowKey = 'pilot' | 'firstExclusivity' | 'milestones' | 'openRisks' | 'exit' | 'review';

export type PrintRow =
  | { kind: 'summary'; key: 'rank' | 'total' | 'coverage' | 'projected' | 'flags'; label: string; cells: string[] }
  | { kind: 'terms'; key: TermsRowKey; label: string; cells: string[] }
  | { kind: 'pillar'; id: string; label: string; weight: string; cells: string[] }
  | { kind: 'criterion'; id: string; label: string; note: string; weight: string; cells: PrintScore[] };

export interface PrintTable {
  heads: PrintHead[];
  summary: Extract<PrintRow, { kind: 'summary' }>[];
  groups: { pillar: Extract<PrintRow, { kind: 'pillar' }>; criteria: Extract<PrintRow, { kind: 'criterion' }>[] }[];
  /** The terms on the table, one row per fact, in the candidates' columns; empty without term sheets. */
  terms: Extract<PrintRow, { kind: 'terms' }>[];
  /** When exclusivity can first start and on what conditions, per candidate with one, in each print language. */
  exclusivityConditions: { candidateId: string; name: string; sentences: string[] }[];
}

/** Numbers print the same in both languages; a bilingual sheet formats them the English way. */
export function numberLanguage(lang: PrintLanguage): Language {
  return printLanguages(lang)[0]!;
}

export function cellMarks(cell: PrintCell): string {
  return [
    cell.fromConsensus ? '*' : '',
    cell.dissent ? '◆' : '',
    cell.flagged ? '▲' : '',
    cell.spread ? '~' : '',
    cell.knockout === 'failed' ? '×' : '',
    cell.knockout === 'pending' ? '?' : '',
  ].join('');
}

export function buildPrintTable(model: PrintModel, lang: PrintLanguage): PrintTable {
  const t = printText(lang);
  const nl = numberLanguage(lang);
  const points = (v: number | null) => (v === null ? UNSCORED : formatPoints(v, nl));

  const heads: PrintHead[] = model.candidates.map((c) => ({
    id: c.id,
    // A column is narrow: the second script goes on its own line below, on a bilingual sheet too.
    name: lang === 'ja' ? c.name.ja : c.name.en,
    altName: lang === 'ja' ? c.name.en : c.name.ja,
    status:
      c.rank !== null
        ? t('print:doc.rankValue', { rank: c.rank })
        : c.knockedOutByFlag
          ? t('print:doc.knockedOutByFlag')
          : t('print:doc.knockedOut'),
    knockedOut: c.knockedOut,
  }));

  const summary: PrintTable['summary'] = [
    { kind: 'summary', key: 'rank', label: t('print:doc.rows.rank'), cells: heads.map((h, i) => (model.candidates[i]!.rank === null ? h.status : String(model.candidates[i]!.rank))) },
    { kind: 'summary', key: 'total', label: t('print:doc.rows.total'), cells: model.candidates.map((c) => formatPoints(c.total, nl)) },
    {
      kind: 'summary',
      key: 'coverage',
      label: t('print:doc.rows.coverage'),
      cells: model.candidates.map((c) => `${formatPercent(c.coverage, nl, 0)}${c.incomplete ? ` (${t('print:doc.incomplete')})` : ''}`),
    },
  ];
  // The projected row only when someone is incomplete: for complete candidates it repeats the total.
  if (model.candidates.some((c) => c.projected !== null)) {
    summary.push({ kind: 'summary', key: 'projected', label: t('print:doc.rows.projected'), cells: model.candidates.map((c) => points(c.projected)) });
  }
  if (model.candidates.some((c) => c.openFlags + c.confirmedFlags > 0)) {
    summary.push({ kind: 'summary', key: 'flags', label: t('print:doc.rows.flags'), cells: model.candidates.map((c) => `${c.confirmedFlags} / ${c.openFlags}`) });
  }

  const groups: PrintTable['groups'] = model.pillars.map((p) => ({
    pillar: {
      kind: 'pillar',
      id: p.id,
      label: printName(p.name, lang),
      weight: formatPercent(p.share, nl),
      cells: model.candidates.map((c) => points(p.subtotals[c.id] ?? null)),
    },
    criteria: p.criteria.map((criterion) => ({
      kind: 'criterion',
      id: criterion.id,
      label: printName(criterion.name, lang),
      note: criterion.passMark === null ? '' : t('print:doc.knockoutCriterion', { passMark: formatScore(criterion.passMark, nl) }),
      weight: formatPercent(criterion.weight, nl),
      cells: model.candidates.map((c) => {
        const cell = criterion.cells[c.id];
        if (!cell) return { text: UNSCORED, marks: '', failed: false };
        return { text: cell.score === null ? UNSCORED : formatScore(cell.score, nl), marks: cellMarks(cell), failed: cell.knockout === 'failed' };
      }),
    })),
  }));
  return { heads, summary, groups, ...termsRows(model, lang) };
}

function termsRows(model: PrintModel, lang: PrintLanguage): Pick<PrintTable, 'terms' | 'exclusivityConditions'> {
  if (model.terms.length === 0) return { terms: [], exclusivityConditions: [] };
  const t = printText(lang);
  const langs = printLanguages(lang);
  const nl = numberLanguage(lang);
  const byCandidate = new Map(model.terms.map((s) => [s.candidateId, s]));
  const summaries = model.candidates.map((c) => byCandidate.get(c.id));
  const row = (key: TermsRowKey, label: string, cell: (s: TermsSummary) => string): Extract<PrintRow, { kind: 'terms' }> => ({
    kind: 'terms',
    key,
    label,
    // A candidate without a term sheet: its pilot cell says so, the others show a dash.
    cells: summaries.map((s) => (s && s.hasSheet ? cell(s) : key === 'pilot' ? t('print:doc.terms.noSheet') : UNSCORED)),
  });
  const terms = [
    row('pilot', t('print:doc.terms.pilot'), (s) => (s.pilotMonths === null ? t('print:doc.terms.none') : t('print:doc.terms.pilotMonths', { count: s.pilotMonths }))),
    row('firstExclusivity', t('print:doc.terms.firstExclusivity'), (s) =>
      s.firstExclusivity ? joinLanguages(langs.map((l) => formatCalendarDate(s.firstExclusivity!.on, l))) : t('print:doc.terms.none'),
    ),
    row('milestones', t('print:doc.terms.milestones'), (s) => String(s.milestoneCount)),
    row('openRisks', t('print:doc.terms.openRisks'), (s) => String(s.openRiskCount)),
    row('exit', t('print:doc.terms.exit'), (s) => (s.exitDifficulty ? exitText(s.exitDifficulty, t, nl) : UNSCORED)),
    row('review', t('print:doc.terms.review'), (s) => (s.reviewStatus ? reviewText(s.reviewStatus, t) : UNSCORED)),
  ];
  const exclusivityConditions = model.candidates.flatMap((c) => {
    const first = byCandidate.get(c.id)?.firstExclusivity;
    return first ? [{ candidateId: c.id, name: printName(c.name, lang), sentences: langs.map((l) => first.text[l]) }] : [];
  });
  return { terms, exclusivityConditions };
}

function exitText(exit: NonNullable<TermsSummary['exitDifficulty']>, t: PrintText, nl: Language): string {
  const score = formatPoints(exit.score, nl, 0);
  if (exit.band === 'low') return t('print:doc.terms.exitBand.low', { score });
  if (exit.band === 'moderate') return t('print:doc.terms.exitBand.moderate', { score });
  return t('print:doc.terms.exitBand.high', { score });
}

function reviewText(status: NonNullable<TermsSummary['reviewStatus']>, t: PrintText): string {
  switch (status) {
    case 'draft':
      return t('print:doc.terms.reviewStatus.draft');
    case 'in_review':
      return t('print:doc.terms.reviewStatus.in_review');
    case 'changes_requested':
      return t('print:doc.terms.reviewStatus.changes_requested');
    case 'approved':
      return t('print:doc.terms.reviewStatus.approved');
  }
}
