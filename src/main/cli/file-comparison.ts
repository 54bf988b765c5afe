/**
 * `compare <file.json>`: a deal-room analysed straight from an interchange
 * file, without storing it. The file is validated whole first (the message
 * names the JSON path at fault), then mapped as an import would map it, and
 * finally given back the file's own ids, so that the JSON report can be read
 * against the file it came from.
 */
import { DealRoomFile } from '../../shared/domain/deal-room-file';
import { detailFromFile } from '../../shared/domain/deal-room-file-mapping';
import type { DealRoomDetail, Language } from '../../shared/domain/entities';
import { validationError } from '../../shared/api/validation-message';
import { readJsonFile } from './json-file';
import { failure } from './usage-error';

/**
 * detailFromFile keeps the file's order (candidates, pillars, each pillar's
 * criteria, evaluators); pairing rows by position, checked by name, maps the
 * fresh ids back to the file's. If the pairing ever disagrees, the fresh ids
 * stay: the numbers are the same either way.
 */
function withFileIds(detail: DealRoomDetail, file: DealRoomFile): DealRoomDetail {
  const ids = new Map<string, string>();
  const pair = <A extends { id: string }, B extends { id: string }>(a: readonly A[], b: readonly B[], same: (x: A, y: B) => boolean) => {
    if (a.length !== b.length) return false;
    return a.every((x, i) => {
      const y = b[i];
      if (!y || !same(x, y)) return false;
      ids.set(x.id, y.id);
      return true;
    });
  };
  const fileCriteria = file.pillars.flatMap((p) => p.criteria);
  const paired =
    pair(detail.candidates, file.candidates, (x, y) => x.nameJa === y.nameJa && x.nameLatin === y.nameLatin) &&
    pair(detail.pillars, file.pillars, (x, y) => x.nameEn === y.nameEn && x.nameJa === y.nameJa) &&
    pair(detail.criteria, fileCriteria, (x, y) => x.nameEn === y.nameEn && x.nameJa === y.nameJa && x.weight === y.weight) &&
    pair(detail.evaluators, file.evaluators, (x, y) => x.name === y.name);
  if (!paired) return detail;
  const id = (fresh: string) => ids.get(fresh) ?? fresh;
  return {
    ...detail,
    candidates: detail.candidates.map((c) => ({ ...c, id: id(c.id) })),
    pillars: detail.pillars.map((p) => ({ ...p, id: id(p.id) })),
    criteria: detail.criteria.map((c) => ({ ...c, id: id(c.id), pillarId: id(c.pillarId) })),
    evaluators: detail.evaluators.map((e) => ({ ...e, id: id(e.id) })),
    scores: detail.scores.map((s) => ({ ...s, evaluatorId: id(s.evaluatorId), candidateId: id(s.candidateId), criterionId: id(s.criterionId) })),
    consensus: detail.consensus.map((k) => ({ ...k, candidateId: id(k.candidateId), criterionId: id(k.criterionId) })),
  };
}

export function detailFromJsonFile(path: string, lang: Language, now: Date = new Date()): DealRoomDetail {
  const json = readJsonFile(path);
  const parsed = DealRoomFile.safeParse(json);
  if (!parsed.success) throw failure('errors.fileInvalid', { file: path, message: validationError(parsed.error, lang, json).message });
  let counter = 0;
  // Deterministic ids: the same file gives the same report, run after run.
  const detail = detailFromFile(parsed.data, { newId: () => `file-${++counter}`, now: now.toISOString() });
  return withFileIds(detail, parsed.data);
}
