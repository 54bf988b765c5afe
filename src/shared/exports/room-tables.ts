/**
 * The other sheets: candidates, every evaluator's scores, consensus and
 * dissent, red flags. Each row names its candidate and criterion in the
 * reader's language so a sheet reads on its own, without ids.
 */
import { candidateName, labelName } from '../domain/display-names';
import type { Candidate, Criterion, DealRoomDetail, Language } from '../domain/entities';
import type { DealRoomAnalysis } from '../engine/analyse-deal-room';
import { disagreementCells } from '../engine/panel-analysis';
import { translator } from '../i18n/translator';
import { empty, headerRow, num, text, type ExportRow, type ExportTable } from './export-table';

type T = ReturnType<typeof translator>;

function names(detail: DealRoomDetail, lang: Language) {
  const candidates = new Map(detail.candidates.map((c) => [c.id, c]));
  const criteria = new Map(detail.criteria.map((c) => [c.id, c]));
  const evaluators = new Map(detail.evaluators.map((e) => [e.id, e]));
  return {
    candidate: (id: string) => {
      const c: Candidate | undefined = candidates.get(id);
      return c ? candidateName(c, lang) : id;
    },
    criterion: (id: string | null) => {
      if (id === null) return '';
      const c: Criterion | undefined = criteria.get(id);
      return c ? labelName(c, lang) : id;
    },
    evaluator: (id: string) => evaluators.get(id)?.name ?? id,
    department: (id: string) => evaluators.get(id)?.department ?? '',
  };
}

const yesNo = (t: T, value: boolean) => (value ? t('exports:values.yes') : t('exports:values.no'));

export function candidatesTable(detail: DealRoomDetail, analysis: DealRoomAnalysis, lang: Language): ExportTable {
  const t = translator(lang);
  const results = new Map(analysis.scoring.candidates.map((r) => [r.candidateId, r]));
  const rows: ExportRow[] = [
    headerRow([
      t('exports:columns.nameJa'),
      t('exports:columns.nameLatin'),
      t('exports:columns.headquarters'),
      t('exports:columns.website'),
      t('exports:columns.compared'),
      t('exports:columns.total'),
      t('exports:columns.coverage'),
      t('exports:columns.rank'),
      t('exports:columns.notes'),
    ]),
  ];
  for (const c of [...detail.candidates].sort((a, b) => a.sortOrder - b.sortOrder)) {
    const r = results.get(c.id);
    rows.push({
      role: 'body',
      cells: [
        text(c.nameJa),
        text(c.nameLatin),
        text(c.headquarters),
        text(c.website),
        text(yesNo(t, c.compared)),
        num(r?.total ?? null, 'points'),
        num(r?.coverage ?? null, 'fraction'),
        r === undefined ? empty : r.rank === null ? text(t('exports:values.knockedOut')) : num(r.rank, 'integer'),
        text(c.notes),
      ],
    });
  }
  return { key: 'candidates', title: t('exports:sheets.candidates'), widths: [26, 30, 20, 28, 10, 10, 10, 10, 60], frozenColumns: 2, rows };
}

export function scoresTable(detail: DealRoomDetail, lang: Language): ExportTable {
  const t = translator(lang);
  const n = names(detail, lang);
  const conflicted = new Set(detail.conflicts.filter((d) => d.status === 'conflict').map((d) => `${d.evaluatorId}/${d.candidateId}`));
  const confidence = { low: t('exports:confidence.low'), medium: t('exports:confidence.medium'), high: t('exports:confidence.high') };
  const rows: ExportRow[] = [
    headerRow([
      t('exports:columns.candidate'),
      t('exports:columns.criterion'),
      t('exports:columns.evaluator'),
      t('exports:columns.department'),
      t('exports:columns.score'),
      t('exports:columns.confidence'),
      t('exports:columns.rationale'),
      t('exports:columns.conflict'),
      t('exports:columns.updatedAt'),
    ]),
  ];
  for (const s of detail.scores) {
    rows.push({
      role: 'body',
      cells: [
        text(n.candidate(s.candidateId)),
        text(n.criterion(s.criterionId)),
        text(n.evaluator(s.evaluatorId)),
        text(n.department(s.evaluatorId)),
        num(s.value, 'score'),
        text(confidence[s.confidence]),
        text(s.rationale),
        text(yesNo(t, conflicted.has(`${s.evaluatorId}/${s.candidateId}`))),
        text(s.updatedAt),
      ],
    });
  }
  return { key: 'scores', title: t('exports:sheets.scores'), widths: [28, 32, 20, 18, 8, 12, 60, 12, 22], frozenColumns: 2, rows };
}

/** Every compared cell someone scored, with its spread, the consensus if any, and the dissent recorded on it. */
export function consensusTable(detail: DealRoomDetail, analysis: DealRoomAnalysis, lang: Language): ExportTable {
  const t = translator(lang);
  const n = names(detail, lang);
  const consensus = new Map(detail.consensus.map((k) => [`${k.candidateId}/${k.criterionId}`, k]));
  const dissent = new Map<string, string[]>();
  for (const d of detail.dissent) {
    const key = `${d.candidateId}/${d.criterionId}`;
    dissent.set(key, [...(dissent.get(key) ?? []), `${n.evaluator(d.evaluatorId)}: ${d.note}`]);
  }
  const rows: ExportRow[] = [
    headerRow([
      t('exports:columns.candidate'),
      t('exports:columns.criterion'),
      t('exports:columns.scoreCount'),
      t('exports:columns.lowest'),
      t('exports:columns.highest'),
      t('exports:columns.spread'),
      t('exports:columns.disagreement'),
      t('exports:columns.consensusScore'),
      t('exports:columns.consensusReason'),
      t('exports:columns.dissent'),
    ]),
  ];
  for (const cell of disagreementCells(analysis.input, detail.dealRoom.disagreementThreshold)) {
    const key = `${cell.candidateId}/${cell.criterionId}`;
    const k = consensus.get(key);
    const notes = dissent.get(key) ?? [];
    if (cell.count === 0 && !k && notes.length === 0) continue;
    rows.push({
      role: 'body',
      cells: [
        text(n.candidate(cell.candidateId)),
        text(n.criterion(cell.criterionId)),
        num(cell.count, 'integer'),
        num(cell.min, 'score'),
        num(cell.max, 'score'),
        num(cell.count > 0 ? cell.spread : null, 'score'),
        text(yesNo(t, cell.flagged)),
        num(k?.value ?? null, 'score'),
        text(k?.reason ?? ''),
        text(notes.join('\n')),
      ],
    });
  }
  return { key: 'consensus', title: t('exports:sheets.consensus'), widths: [28, 32, 10, 10, 10, 10, 14, 12, 40, 50], frozenColumns: 2, rows };
}

export function flagsTable(detail: DealRoomDetail, lang: Language): ExportTable {
  const t = translator(lang);
  const n = names(detail, lang);
  const status = { open: t('exports:flagStatus.open'), confirmed: t('exports:flagStatus.confirmed'), cleared: t('exports:flagStatus.cleared') };
  const consequence = {
    note: t('exports:consequence.note'),
    penalty: t('exports:consequence.penalty'),
    knockout: t('exports:consequence.knockout'),
    contract_condition: t('exports:consequence.contract_condition'),
  };
  const rows: ExportRow[] = [
    headerRow([
      t('exports:columns.candidate'),
      t('exports:columns.said'),
      t('exports:columns.saidBy'),
      t('exports:columns.observedOn'),
      t('exports:columns.status'),
      t('exports:columns.outcome'),
      t('exports:columns.consequence'),
      t('exports:columns.criterion'),
      t('exports:columns.penalty'),
      t('exports:columns.condition'),
    ]),
  ];
  for (const f of detail.flags) {
    rows.push({
      role: 'body',
      cells: [
        text(n.candidate(f.candidateId)),
        text(f.said),
        text(f.saidBy),
        text(f.observedOn ?? ''),
        text(status[f.status]),
        text(f.outcome),
        text(consequence[f.consequence]),
        text(n.criterion(f.criterionId)),
        f.consequence === 'penalty' ? num(f.penalty, 'score') : empty,
        text(f.condition),
      ],
    });
  }
  return { key: 'flags', title: t('exports:sheets.flags'), widths: [28, 50, 18, 12, 12, 40, 18, 30, 10, 40], frozenColumns: 1, rows };
}
