/**
 * `terms <deal-room> --as-of <date> [--json]`: the staged terms of a
 * deal-room replayed as of a date. As text: per candidate with a term sheet,
 * the rights in force and why, each trigger and where it stands, conflicting
 * actions, how many term risks and how hard an exit would be; then the
 * collisions between candidates. With --json: the whole report
 * (terms-report.ts), with every sentence in both languages.
 */
import type { DealRoomDetail, Language } from '../../shared/domain/entities';
import { formatCalendarDate } from '../../shared/i18n/format';
import { translator } from '../../shared/i18n/translator';
import { buildTermsReport, type TermsReport } from './terms-report';

type Candidate = TermsReport['candidates'][number];

function candidateLines(c: Candidate, lang: Language): string[] {
  const t = translator(lang);
  const review = {
    draft: t('cli:terms.review.draft'),
    in_review: t('cli:terms.review.in_review'),
    changes_requested: t('cli:terms.review.changes_requested'),
    approved: t('cli:terms.review.approved'),
  };
  const band = { low: t('cli:terms.band.low'), moderate: t('cli:terms.band.moderate'), high: t('cli:terms.band.high') };
  const { evaluation, risks, summary } = c;
  const lines = [t('cli:terms.candidate', { name: c.name, title: c.title || t('cli:terms.untitled'), review: review[c.reviewStatus] })];
  lines.push(
    `  ${evaluation.termEndsOn === null ? t('cli:terms.noPhases') : t('cli:terms.termEnds', { date: formatCalendarDate(evaluation.termEndsOn, lang) })}`,
  );

  lines.push(`  ${t('cli:terms.rights')}`);
  if (evaluation.rights.length === 0) lines.push(`    ${t('cli:terms.noRights')}`);
  for (const right of evaluation.rights) lines.push(`    - ${right.sentence[lang]}`);

  lines.push(`  ${t('cli:terms.triggers')}`);
  if (evaluation.triggers.length === 0) lines.push(`    ${t('cli:terms.noTriggers')}`);
  // The engine's sentence names the trigger and says where it stands ("T1 waits: …").
  for (const trigger of evaluation.triggers) lines.push(`    - ${trigger.sentence[lang]}`);

  if (evaluation.conflicts.length > 0) {
    lines.push(`  ${t('cli:terms.conflicts')}`);
    for (const conflict of evaluation.conflicts) lines.push(`    ! ${conflict.sentence[lang]}`);
  }

  const count = (severity: 'high' | 'medium' | 'low') => risks.filter((r) => r.severity === severity).length;
  lines.push(`  ${t('cli:terms.risks', { count: risks.length, high: count('high'), medium: count('medium'), low: count('low') })}`);
  const exit = summary.exitDifficulty;
  if (exit) lines.push(`  ${t('cli:terms.exit', { score: exit.score, band: band[exit.band] })}`);
  return lines;
}

export function termsText(report: TermsReport, lang: Language): string[] {
  const t = translator(lang);
  const lines = [t('cli:terms.heading', { name: report.dealRoom.name, date: formatCalendarDate(report.asOf, lang) })];
  if (report.candidates.length === 0) return [...lines, '', t('cli:terms.noSheets')];
  for (const c of report.candidates) lines.push('', ...candidateLines(c, lang));
  lines.push('', t('cli:terms.collisions'));
  if (report.collisions.length === 0) lines.push(`  ${t('cli:terms.noCollisions')}`);
  for (const collision of report.collisions) lines.push(`  - ${collision.sentence[lang]}`);
  return lines;
}

/** What the command prints. */
export function termsOutput(detail: DealRoomDetail, options: { asOf: string; json: boolean }, lang: Language): string {
  const report = buildTermsReport(detail, options.asOf, lang);
  return options.json ? JSON.stringify(report, null, 2) : termsText(report, lang).join('\n');
}
