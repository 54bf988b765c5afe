/**
 * What a deal-room search looks through (issue 5, "Search"): per record, the
 * fields people write in, and what to call the record in a list of results.
 * Pure functions of the room's detail, so the index and the snippets are
 * built from exactly the same text.
 */
import { candidateName } from '../domain/display-names';
import type { DealRoomDetail, Language } from '../domain/entities';
import type { SearchKind } from './search-hit';

export interface SearchableField {
  field: string;
  text: string;
}

export interface SearchableRecord {
  kind: SearchKind;
  id: string;
  candidateId: string;
  fields: SearchableField[];
}

function present(fields: SearchableField[]): SearchableField[] {
  return fields.filter((f) => f.text.trim() !== '');
}

export function searchableRecords(detail: DealRoomDetail): SearchableRecord[] {
  const records: SearchableRecord[] = [];
  for (const c of detail.candidates)
    records.push({
      kind: 'candidate',
      id: c.id,
      candidateId: c.id,
      fields: present([
        { field: 'nameJa', text: c.nameJa },
        { field: 'nameLatin', text: c.nameLatin },
        { field: 'headquarters', text: c.headquarters },
        { field: 'notes', text: c.notes },
        { field: 'statedIntent', text: c.statedIntent },
        { field: 'introducer', text: c.introducer },
        { field: 'introducerRelationship', text: c.introducerRelationship },
        { field: 'declinedReason', text: c.declinedReason },
        { field: 'website', text: c.website },
      ]),
    });
  for (const a of detail.answers)
    records.push({
      kind: 'answer',
      id: a.id,
      candidateId: a.candidateId,
      fields: present([
        { field: 'text', text: a.text },
        { field: 'questionText', text: a.questionText },
        { field: 'answeredBy', text: a.answeredBy },
      ]),
    });
  for (const f of detail.flags)
    records.push({
      kind: 'flag',
      id: f.id,
      candidateId: f.candidateId,
      fields: present([
        { field: 'said', text: f.said },
        { field: 'saidBy', text: f.saidBy },
        { field: 'source', text: f.source },
        { field: 'outcome', text: f.outcome },
        { field: 'condition', text: f.condition },
      ]),
    });
  for (const d of detail.dueDiligence)
    records.push({
      kind: 'due_diligence',
      id: d.id,
      candidateId: d.candidateId,
      fields: present([
        { field: 'item', text: d.item },
        { field: 'note', text: d.note },
      ]),
    });
  for (const e of detail.evidence) records.push({ kind: 'evidence', id: e.id, candidateId: e.candidateId, fields: present([{ field: 'fileName', text: e.fileName }]) });
  return records.filter((r) => r.fields.length > 0);
}

const TITLE_LENGTH = 80;

function shortened(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  const chars = [...line];
  return chars.length > TITLE_LENGTH ? `${chars.slice(0, TITLE_LENGTH - 1).join('')}…` : line;
}

/** What to call a record in a list of results: a name, a question, what was said, the request, the file name. */
export function searchTitle(record: SearchableRecord, detail: DealRoomDetail, lang: Language): string {
  switch (record.kind) {
    case 'candidate': {
      const candidate = detail.candidates.find((c) => c.id === record.id);
      return candidate ? candidateName(candidate, lang) : '';
    }
    case 'answer': {
      const answer = detail.answers.find((a) => a.id === record.id);
      return shortened(answer ? answer.questionText || answer.text : '');
    }
    case 'flag': {
      const flag = detail.flags.find((f) => f.id === record.id);
      return shortened(flag ? flag.said || flag.source || flag.outcome : '');
    }
    case 'due_diligence':
      return shortened(detail.dueDiligence.find((d) => d.id === record.id)?.item ?? '');
    case 'evidence':
      return detail.evidence.find((e) => e.id === record.id)?.fileName ?? '';
  }
}
