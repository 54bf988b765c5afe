/**
 * Between the term sheets of an interchange file (deal-room-file-terms.ts)
 * and the app's records. Like deal-room-file-mapping.ts, pure: ids come from
 * the caller, times from the caller's clock.
 *
 * Export names records by position, per kind and across the room: term
 * sheets s1, s2 …, phases ph1 …, milestones m1 …, triggers t1 …, so the same
 * terms always export to the same document.
 */
import type { DealRoomFile } from './deal-room-file';
import type { FileTermSheet } from './deal-room-file-terms';
import type { DealRoomDetail } from './entities';
import { DEFAULT_TERM_CLAUSES, type ClauseRef, type Milestone, type Phase, type TermComment, type TermsRecords, type Trigger } from './terms';

type Remap = (id: string) => string;

export interface TermsImport {
  candidate: Remap;
  newId: () => string;
  now: string;
}

/** A reference inside one sheet; a miss is a bug, since the file was validated. */
function within(map: ReadonlyMap<string, string>, id: string, what: string): string {
  const found = map.get(id);
  if (found === undefined) throw new Error(`${what} "${id}" is not on the term sheet`);
  return found;
}

/** A comment's subject with the record's id swapped through `map` ("phase:ph1" ↔ "phase:<uuid>"). */
function remapClause(clause: ClauseRef, maps: { phase: ReadonlyMap<string, string>; milestone: ReadonlyMap<string, string>; trigger: ReadonlyMap<string, string> }): ClauseRef {
  if (clause === 'sheet' || clause.startsWith('clause:')) return clause;
  const [kind, id = ''] = clause.split(':') as ['phase' | 'milestone' | 'trigger', string];
  return `${kind}:${within(maps[kind], id, kind)}`;
}

export function termsFromFile(file: Pick<DealRoomFile, 'termSheets'>, map: TermsImport): TermsRecords {
  const out: TermsRecords = { termSheets: [], phases: [], milestones: [], triggers: [], termComments: [] };
  for (const s of file.termSheets) {
    const termSheetId = map.newId();
    out.termSheets.push({
      id: termSheetId,
      candidateId: map.candidate(s.candidate),
      title: s.title,
      clauses: { ...DEFAULT_TERM_CLAUSES, ...s.clauses },
      reviewStatus: s.reviewStatus,
      reviewer: s.reviewer,
      notes: s.notes,
      createdAt: map.now,
      updatedAt: map.now,
    });
    const phaseIds = new Map<string, string>();
    s.phases.forEach((p, i) => {
      const id = map.newId();
      phaseIds.set(p.id, id);
      out.phases.push({ id, termSheetId, name: p.name, startsOn: p.startsOn, endsOn: p.endsOn, exclusivity: p.exclusivity, scope: p.scope, targets: p.targets, sortOrder: i });
    });
    const milestoneIds = new Map<string, string>();
    s.milestones.forEach((m, i) => {
      const id = map.newId();
      milestoneIds.set(m.id, id);
      const { id: _fileId, phase, ...fields } = m;
      out.milestones.push({ ...fields, id, termSheetId, phaseId: within(phaseIds, phase, 'phase'), sortOrder: i });
    });
    const triggerIds = new Map<string, string>();
    s.triggers.forEach((t, i) => {
      const id = map.newId();
      triggerIds.set(t.id, id);
      const { milestones, ...condition } = t.condition;
      out.triggers.push({
        id,
        termSheetId,
        code: t.code,
        name: t.name,
        condition: { ...condition, milestoneIds: milestones.map((m) => within(milestoneIds, m, 'milestone')) },
        actions: t.actions,
        sortOrder: i,
      });
    });
    for (const c of s.comments)
      out.termComments.push({
        id: map.newId(),
        termSheetId,
        clause: remapClause(c.clause, { phase: phaseIds, milestone: milestoneIds, trigger: triggerIds }),
        author: c.author,
        body: c.body,
        resolved: c.resolved,
        createdAt: map.now,
        updatedAt: map.now,
      });
  }
  return out;
}

export interface TermsExport {
  candidate: Remap;
  /** A candidate file id's position, for a stable order ("c12" → 12). */
  position: (fileId: string) => number;
}

/** Code-unit order: the same on every machine, whatever its locale. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const bySortOrder = <T extends { sortOrder: number }>(rows: readonly T[]): T[] =>
  rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => a.row.sortOrder - b.row.sortOrder || a.i - b.i)
    .map(({ row }) => row);

export function termsToFile(detail: Pick<DealRoomDetail, keyof TermsRecords>, map: TermsExport): Pick<DealRoomFile, 'termSheets'> {
  const sheets = detail.termSheets
    .map((sheet) => ({ sheet, candidate: map.candidate(sheet.candidateId) }))
    .sort((a, b) => map.position(a.candidate) - map.position(b.candidate));
  let phaseCount = 0;
  let milestoneCount = 0;
  let triggerCount = 0;
  const termSheets: FileTermSheet[] = sheets.map(({ sheet, candidate }, s) => {
    const of = <T extends { termSheetId: string }>(rows: readonly T[]) => rows.filter((r) => r.termSheetId === sheet.id);
    const phases: Phase[] = bySortOrder(of(detail.phases));
    const milestones: Milestone[] = bySortOrder(of(detail.milestones));
    const triggers: Trigger[] = bySortOrder(of(detail.triggers));
    const comments: TermComment[] = of(detail.termComments);
    const phaseIds = new Map(phases.map((p) => [p.id, `ph${++phaseCount}`]));
    const milestoneIds = new Map(milestones.map((m) => [m.id, `m${++milestoneCount}`]));
    const triggerIds = new Map(triggers.map((t) => [t.id, `t${++triggerCount}`]));
    return {
      id: `s${s + 1}`,
      candidate,
      title: sheet.title,
      // Every clause fact is written out: a reader of the file sees what was agreed, not only what differs from a default.
      clauses: { ...sheet.clauses },
      reviewStatus: sheet.reviewStatus,
      reviewer: sheet.reviewer,
      notes: sheet.notes,
      phases: phases.map((p) => ({
        id: within(phaseIds, p.id, 'phase'),
        name: p.name,
        startsOn: p.startsOn,
        endsOn: p.endsOn,
        exclusivity: p.exclusivity,
        scope: p.scope,
        targets: p.targets,
      })),
      milestones: milestones.map(({ id, termSheetId: _sheet, phaseId, sortOrder: _order, ...fields }) => ({
        id: within(milestoneIds, id, 'milestone'),
        phase: within(phaseIds, phaseId, 'phase'),
        ...fields,
      })),
      triggers: triggers.map((t) => {
        const { milestoneIds: counted, ...condition } = t.condition;
        return {
          id: within(triggerIds, t.id, 'trigger'),
          code: t.code,
          name: t.name,
          condition: { ...condition, milestones: counted.map((m) => within(milestoneIds, m, 'milestone')) },
          actions: t.actions,
        };
      }),
      comments: comments
        .map((c) => ({
          at: c.createdAt,
          clause: remapClause(c.clause, { phase: phaseIds, milestone: milestoneIds, trigger: triggerIds }),
          author: c.author,
          body: c.body,
          resolved: c.resolved,
        }))
        // Oldest first; comments written at the same moment (an import writes them all at once) by content, so the order never depends on store ids.
        .sort((a, b) => compareText(a.at, b.at) || compareText(a.clause, b.clause) || compareText(a.author, b.author) || compareText(a.body, b.body))
        .map(({ at: _at, ...comment }) => comment),
    };
  });
  return { termSheets };
}
