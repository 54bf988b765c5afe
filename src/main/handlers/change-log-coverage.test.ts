/**
 * Issue 8, audit: every contract operation that changes a deal-room writes
 * exactly the change-log rows expected, and bad input writes none. Each
 * operation is in exactly one of three lists (read-only, changes a room,
 * changes data outside a room's log), so a new operation cannot slip by: the
 * guard at the bottom names any that is in none.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { operationNames, type OperationName } from '../../shared/api/contract';
import type { DealRoomDetail } from '../../shared/domain/entities';
import { failure, ok } from '../store/test-data-dir';
import { sampleRoom, type LoggedRow, type SampleRoom } from './change-log-scenarios';

const READ_ONLY: readonly OperationName[] = [
  'settings.get', 'dealRooms.list', 'dealRooms.get', 'dealRooms.export', 'dealRooms.changeLog',
  'templates.list', 'templates.get', 'longList.preview', 'pipeline.stageHistory', 'evidence.read',
  'search.query', 'exports.xlsx', 'exports.csv', 'backups.list', 'backups.preview', 'portable.export', 'portable.inspect',
  'print.pdf', 'people.get', 'proposals.list', 'proposals.liveDiff', 'audit.list', 'audit.verify', 'terms.commitmentsElsewhere',
];

/** Operations that write, but not into an existing room's change log: why each has no rows of its own. */
const OUTSIDE_ROOM_LOG: Readonly<Partial<Record<OperationName, string>>> = {
  'settings.update': 'data-folder record (settings.json), not part of any room',
  'templates.saveFromRoom': 'writes a template file beside the rooms; the room is only read',
  'templates.import': 'a template file in the data folder',
  'templates.delete': 'a template file in the data folder',
  'profiles.create': 'data-folder record (people.json), shared by every room',
  'profiles.update': 'data-folder record (people.json)',
  'profiles.delete': 'data-folder record (people.json)',
  'profiles.setActing': 'data-folder record (people.json): who acts next, no room content',
  'routes.create': 'data-folder record (people.json): route templates are reused across rooms',
  'routes.update': 'data-folder record (people.json)',
  'routes.delete': 'data-folder record (people.json)',
  'backups.create': 'copies room files into the backups folder; no room changes',
  'backups.delete': 'removes a backup folder; no room changes',
  'backups.restore': 'replaces room files whole with a backup, whose own logs come back with them',
  'dealRooms.create': 'a new room: its log starts with the room record (asserted below)',
  'dealRooms.import': 'the room is created whole: one import row (asserted below)',
  'dealRooms.delete': 'the room file goes whole, log and all',
  'portable.import': 'rooms come in whole with their own logs (and a new room is asserted below)',
};

type Scenario = (r: SampleRoom) => void;

const apps: SampleRoom[] = [];
afterAll(() => {
  for (const r of apps.splice(0)) r.t.dispose();
});

function detail(r: SampleRoom): DealRoomDetail {
  return ok(r.t.app.invoke('dealRooms.get', { dealRoomId: r.dealRoomId }));
}

/** Calls `name` once with valid input; returns its value and the rows it wrote. */
function logged(r: SampleRoom, name: OperationName, input: Record<string, unknown>): { value: any; rows: LoggedRow[] } {
  const { result, rows } = r.rowsOf(() => ok(r.call(name, { dealRoomId: r.dealRoomId, ...input })));
  return { value: result, rows };
}

/** Calls `name` with input that has one bad field: it fails and the log does not grow. */
function refusedWithoutRows(r: SampleRoom, name: OperationName, input: Record<string, unknown>): void {
  const before = r.logTotal();
  failure(r.call(name, { dealRoomId: r.dealRoomId, ...input }));
  expect(r.logTotal()).toBe(before);
}

const row = (entity: string, entityId: unknown, field: string, before: unknown, after: unknown): LoggedRow => ({ entity, entityId, field, before, after });
const created = (entity: string, record: { id: string }): LoggedRow => row(entity, record.id, '', null, record);
const ANY_ID = expect.any(String);

/** One scenario per room-changing operation, each on the shared sample room, arranging what it needs itself. */
const ROOM_CHANGING: Readonly<Partial<Record<OperationName, Scenario>>> = {
  'dealRooms.update': (r) => {
    const before = detail(r).dealRoom;
    const { rows } = logged(r, 'dealRooms.update', { patch: { notes: '関西での試験導入を先行する' } });
    expect(rows).toEqual([row('dealRoom', r.dealRoomId, 'notes', before.notes, '関西での試験導入を先行する')]);
    refusedWithoutRows(r, 'dealRooms.update', { patch: { sensitivityMargin: -5 } });
  },
  'dealRooms.setArchived': (r) => {
    const { rows } = logged(r, 'dealRooms.setArchived', { archived: true });
    expect(rows).toEqual([row('dealRoom', r.dealRoomId, 'archived', false, true)]);
    ok(r.call('dealRooms.setArchived', { dealRoomId: r.dealRoomId, archived: false }));
    refusedWithoutRows(r, 'dealRooms.setArchived', { archived: 'yes' });
  },
  'candidates.create': (r) => {
    const { value, rows } = logged(r, 'candidates.create', { fields: { nameLatin: 'Kirishima Trading K.K.' } });
    expect(rows).toEqual([created('candidate', value)]);
    refusedWithoutRows(r, 'candidates.create', { fields: { nameLatin: 'Kirishima', website: 'ftp://kirishima.example' } });
  },
  'candidates.update': (r) => {
    const c = detail(r).candidates[0]!;
    const { rows } = logged(r, 'candidates.update', { candidateId: c.id, patch: { headquarters: '大阪' } });
    expect(rows).toEqual([row('candidate', c.id, 'headquarters', c.headquarters, '大阪')]);
    refusedWithoutRows(r, 'candidates.update', { candidateId: c.id, patch: { website: 'ftp://x.example' } });
  },
  'candidates.delete': (r) => {
    const c = ok(r.call('candidates.create', { dealRoomId: r.dealRoomId, fields: { nameLatin: 'Short-lived K.K.' } })) as { id: string };
    const { rows } = logged(r, 'candidates.delete', { candidateId: c.id });
    expect(rows).toEqual([row('candidate', c.id, '', c, null)]);
    refusedWithoutRows(r, 'candidates.delete', { candidateId: '' });
  },
  'candidates.setCompared': (r) => {
    const compared = detail(r).candidates.filter((c) => c.compared);
    const kept = compared.slice(1).map((c) => c.id);
    const { rows } = logged(r, 'candidates.setCompared', { candidateIds: kept });
    expect(rows).toEqual([row('candidate', compared[0]!.id, 'compared', true, false)]);
    ok(r.call('candidates.setCompared', { dealRoomId: r.dealRoomId, candidateIds: compared.map((c) => c.id) }));
    refusedWithoutRows(r, 'candidates.setCompared', { candidateIds: ['a', 'b', 'c', 'd', 'e', 'f'] });
  },
  'pillars.create': (r) => {
    const { value, rows } = logged(r, 'pillars.create', { fields: { nameEn: 'Service', weight: 0 } });
    expect(rows).toEqual([created('pillar', value)]);
    refusedWithoutRows(r, 'pillars.create', { fields: { nameEn: 'Service', weight: -1 } });
  },
  'pillars.update': (r) => {
    const p = detail(r).pillars[0]!;
    const { rows } = logged(r, 'pillars.update', { pillarId: p.id, patch: { nameJa: '販売力' } });
    expect(rows).toEqual([row('pillar', p.id, 'nameJa', p.nameJa, '販売力')]);
    refusedWithoutRows(r, 'pillars.update', { pillarId: p.id, patch: { weight: 'heavy' } });
  },
  'pillars.delete': (r) => {
    const p = ok(r.call('pillars.create', { dealRoomId: r.dealRoomId, fields: { nameEn: 'Doomed', weight: 0 } })) as { id: string };
    const c = ok(r.call('criteria.create', { dealRoomId: r.dealRoomId, fields: { pillarId: p.id, nameEn: 'Doomed too' } })) as { id: string };
    const { rows } = logged(r, 'pillars.delete', { pillarId: p.id });
    expect(rows).toEqual([row('criterion', c.id, '', c, null), row('pillar', p.id, '', p, null)]);
    refusedWithoutRows(r, 'pillars.delete', { pillarId: '' });
  },
  'criteria.create': (r) => {
    const p = detail(r).pillars[0]!;
    const { value, rows } = logged(r, 'criteria.create', { fields: { pillarId: p.id, nameEn: 'After-sales service' } });
    expect(rows).toEqual([created('criterion', value)]);
    refusedWithoutRows(r, 'criteria.create', { fields: { pillarId: p.id, nameEn: '' } });
  },
  'criteria.update': (r) => {
    const c = detail(r).criteria[0]!;
    const { rows } = logged(r, 'criteria.update', { criterionId: c.id, patch: { description: 'Hospitals that buy monitors today.' } });
    expect(rows).toEqual([row('criterion', c.id, 'description', c.description, 'Hospitals that buy monitors today.')]);
    refusedWithoutRows(r, 'criteria.update', { criterionId: c.id, patch: { weight: -3 } });
  },
  'criteria.delete': (r) => {
    const d = detail(r);
    const crit = ok(r.call('criteria.create', { dealRoomId: r.dealRoomId, fields: { pillarId: d.pillars[0]!.id, nameEn: 'Short-lived criterion' } })) as { id: string };
    // A pair that may score: no conflict declared between them.
    const free = d.scores.find((s) => !d.conflicts.some((c) => c.evaluatorId === s.evaluatorId && c.candidateId === s.candidateId && c.status !== 'none'))!;
    const cell = { evaluatorId: free.evaluatorId, candidateId: free.candidateId, criterionId: crit.id };
    ok(r.call('scores.set', { dealRoomId: r.dealRoomId, ...cell, value: 3 }));
    const score = detail(r).scores.find((s) => s.criterionId === crit.id)!;
    const { rows } = logged(r, 'criteria.delete', { criterionId: crit.id });
    // The store logs each score that goes with the criterion, then the criterion.
    expect(rows).toEqual([row('score', `${cell.evaluatorId}/${cell.candidateId}/${crit.id}`, '', score, null), row('criterion', crit.id, '', crit, null)]);
    refusedWithoutRows(r, 'criteria.delete', { criterionId: '' });
  },
  'evaluators.create': (r) => {
    const { value, rows } = logged(r, 'evaluators.create', { fields: { name: 'Nakano Yui' } });
    expect(rows).toEqual([created('evaluator', { ...value, sortOrder: detail(r).evaluators.length - 1 })]);
    refusedWithoutRows(r, 'evaluators.create', { fields: { name: '' } });
  },
  'evaluators.update': (r) => {
    const e = detail(r).evaluators[1]!;
    const { rows } = logged(r, 'evaluators.update', { evaluatorId: e.id, patch: { department: 'Regulatory affairs' } });
    expect(rows).toEqual([row('evaluator', e.id, 'department', e.department, 'Regulatory affairs')]);
    refusedWithoutRows(r, 'evaluators.update', { evaluatorId: e.id, patch: { name: 42 } });
  },
  'evaluators.delete': (r) => {
    const e = ok(r.call('evaluators.create', { dealRoomId: r.dealRoomId, fields: { name: 'Passing Visitor' } })) as { id: string };
    const { rows } = logged(r, 'evaluators.delete', { evaluatorId: e.id });
    expect(rows).toEqual([row('evaluator', e.id, '', expect.objectContaining({ id: e.id, name: 'Passing Visitor' }), null)]);
    refusedWithoutRows(r, 'evaluators.delete', { evaluatorId: '' });
  },
  'evaluators.submitSheet': (r) => {
    const e = ok(r.call('evaluators.create', { dealRoomId: r.dealRoomId, fields: { name: 'Sheet Submitter' } })) as { id: string };
    const { rows } = logged(r, 'evaluators.submitSheet', { evaluatorId: e.id });
    expect(rows).toEqual([row('evaluator', e.id, 'submittedAt', null, ANY_ID)]);
    refusedWithoutRows(r, 'evaluators.submitSheet', { evaluatorId: '' });
  },
  'evaluators.reopenSheet': (r) => {
    const e = ok(r.call('evaluators.create', { dealRoomId: r.dealRoomId, fields: { name: 'Sheet Reopener' } })) as { id: string };
    const submitted = ok(r.call('evaluators.submitSheet', { dealRoomId: r.dealRoomId, evaluatorId: e.id })) as { submittedAt: string };
    const { rows } = logged(r, 'evaluators.reopenSheet', { evaluatorId: e.id, reason: 'Scored the wrong candidate' });
    expect(rows).toEqual([row('evaluator', e.id, 'reopenReason', null, 'Scored the wrong candidate'), row('evaluator', e.id, 'submittedAt', submitted.submittedAt, null)]);
    refusedWithoutRows(r, 'evaluators.reopenSheet', { evaluatorId: e.id, reason: ' ' });
  },
  'conflicts.declare': (r) => {
    const d = detail(r);
    const decl = d.conflicts[0]!;
    const key = `${decl.evaluatorId}/${decl.candidateId}`;
    const { rows } = logged(r, 'conflicts.declare', { evaluatorId: decl.evaluatorId, candidateId: decl.candidateId, status: 'conflict', note: 'Former employer' });
    expect(rows).toEqual([row('conflict', key, 'status', decl.status, 'conflict'), row('conflict', key, 'note', decl.note, 'Former employer')]);
    refusedWithoutRows(r, 'conflicts.declare', { evaluatorId: decl.evaluatorId, candidateId: decl.candidateId, status: 'conflict', note: '' });
  },
  'scores.set': (r) => {
    const s = detail(r).scores[0]!;
    const key = `${s.evaluatorId}/${s.candidateId}/${s.criterionId}`;
    const value = s.value === 5 ? 4 : 5;
    const cell = { evaluatorId: s.evaluatorId, candidateId: s.candidateId, criterionId: s.criterionId };
    const { rows } = logged(r, 'scores.set', { ...cell, value, rationale: s.rationale, confidence: s.confidence });
    expect(rows).toEqual([row('score', key, 'value', s.value, value)]);
    refusedWithoutRows(r, 'scores.set', { ...cell, value: 9 });
  },
  'scores.clear': (r) => {
    const s = detail(r).scores[1]!;
    const cell = { evaluatorId: s.evaluatorId, candidateId: s.candidateId, criterionId: s.criterionId };
    const { rows } = logged(r, 'scores.clear', cell);
    expect(rows).toEqual([row('score', `${s.evaluatorId}/${s.candidateId}/${s.criterionId}`, '', s, null)]);
    refusedWithoutRows(r, 'scores.clear', { ...cell, evaluatorId: '' });
  },
  'consensus.set': (r) => {
    const c = detail(r).consensus[0]!;
    const cell = { candidateId: c.candidateId, criterionId: c.criterionId };
    const { rows } = logged(r, 'consensus.set', { ...cell, value: 3, reason: c.reason });
    expect(rows).toEqual([row('consensus', `${c.candidateId}/${c.criterionId}`, 'value', c.value, 3)]);
    refusedWithoutRows(r, 'consensus.set', { ...cell, value: 7 });
  },
  'dissent.set': (r) => {
    const ds = detail(r).dissent[0]!;
    const cell = { candidateId: ds.candidateId, criterionId: ds.criterionId, evaluatorId: ds.evaluatorId };
    const { rows } = logged(r, 'dissent.set', { ...cell, note: 'Still think 3 is fair.' });
    expect(rows).toEqual([row('dissent', `${ds.evaluatorId}/${ds.candidateId}/${ds.criterionId}`, 'note', ds.note, 'Still think 3 is fair.')]);
    refusedWithoutRows(r, 'dissent.set', { ...cell, note: ' ' });
  },
  'dissent.clear': (r) => {
    const ds = detail(r).dissent[0]!;
    const cell = { candidateId: ds.candidateId, criterionId: ds.criterionId, evaluatorId: ds.evaluatorId };
    const { rows } = logged(r, 'dissent.clear', cell);
    expect(rows).toEqual([row('dissent', `${ds.evaluatorId}/${ds.candidateId}/${ds.criterionId}`, '', ds, null)]);
    refusedWithoutRows(r, 'dissent.clear', { ...cell, criterionId: '' });
  },
  'consensus.clear': (r) => {
    const c = detail(r).consensus[0]!;
    const cell = { candidateId: c.candidateId, criterionId: c.criterionId };
    const { rows } = logged(r, 'consensus.clear', cell);
    expect(rows).toEqual([row('consensus', `${c.candidateId}/${c.criterionId}`, '', c, null)]);
    refusedWithoutRows(r, 'consensus.clear', { ...cell, criterionId: '' });
  },
  'weights.apply': (r) => {
    const pillars = detail(r).pillars;
    const weights = pillars.map((p, i) => ({ id: p.id, weight: i === 0 ? p.weight + 5 : p.weight }));
    const { rows } = logged(r, 'weights.apply', { pillarId: '', method: 'direct', weights });
    expect(rows).toEqual(expect.arrayContaining([row('pillar', pillars[0]!.id, 'weight', pillars[0]!.weight, pillars[0]!.weight + 5)]));
    expect(rows.filter((x) => x.entity === 'pillar').length).toBe(1);
    refusedWithoutRows(r, 'weights.apply', { pillarId: '', method: 'direct', weights: [{ id: pillars[0]!.id, weight: -1 }] });
  },
  'signals.set': (r) => {
    const c = newCandidate(r, 'Signal Co.');
    const { value, rows } = logged(r, 'signals.set', { candidateId: c.id, signal: 'measured_pace', reading: 'warning', note: 'Wanted exclusivity in a week' });
    expect(rows).toEqual([row('signal', `${c.id}/measured_pace`, '', null, value)]);
    refusedWithoutRows(r, 'signals.set', { candidateId: c.id, signal: 'measured_pace', reading: 'alarming' });
  },
  'pipeline.moveStage': (r) => {
    const c = newCandidate(r, 'Mover Co.');
    const { rows } = logged(r, 'pipeline.moveStage', { candidateId: c.id, stage: 'screening' });
    expect(rows).toEqual([row('candidate', c.id, 'stage', c.stage, 'screening')]);
    refusedWithoutRows(r, 'pipeline.moveStage', { candidateId: c.id, stage: 'signed-and-sealed' });
  },
  'flags.log': (r) => {
    const c = newCandidate(r, 'Flagged Co.');
    const { value, rows } = logged(r, 'flags.log', { candidateId: c.id, fields: { said: '全国独占でなければ投資できない' } });
    expect(rows).toEqual([created('flag', value)]);
    refusedWithoutRows(r, 'flags.log', { candidateId: c.id, fields: { said: '全国独占', consequence: 'penalty' } });
  },
  'flags.update': (r) => {
    const f = newFlag(r);
    const { rows } = logged(r, 'flags.update', { flagId: f.id, patch: { said: 'Only with a national exclusive.' } });
    expect(rows).toEqual([row('flag', f.id, 'said', f.said, 'Only with a national exclusive.')]);
    refusedWithoutRows(r, 'flags.update', { flagId: f.id, patch: { consequence: 'penalty' } });
  },
  'flags.setStatus': (r) => {
    const f = newFlag(r);
    const { rows } = logged(r, 'flags.setStatus', { flagId: f.id, status: 'confirmed', outcome: 'Their director confirmed it in writing.' });
    expect(rows).toEqual([row('flag', f.id, 'status', f.status, 'confirmed'), row('flag', f.id, 'outcome', f.outcome, 'Their director confirmed it in writing.')]);
    refusedWithoutRows(r, 'flags.setStatus', { flagId: f.id, status: 'confirmed', outcome: ' ' });
  },
  'flags.delete': (r) => {
    const f = newFlag(r);
    const { rows } = logged(r, 'flags.delete', { flagId: f.id });
    expect(rows).toEqual([row('flag', f.id, '', f, null)]);
    refusedWithoutRows(r, 'flags.delete', { flagId: '' });
  },
  'dueDiligence.add': (r) => {
    const c = newCandidate(r, 'Diligent Co.');
    const { value, rows } = logged(r, 'dueDiligence.add', { candidateId: c.id, items: [{ item: 'Licences' }, { item: 'Accounts' }] });
    expect(rows).toEqual(value.map((item: { id: string }) => created('dueDiligence', item)));
    refusedWithoutRows(r, 'dueDiligence.add', { candidateId: c.id, items: [{ item: 'Licences' }, { item: '  ' }] });
  },
  'dueDiligence.update': (r) => {
    const [item] = newRequests(r, ['Licences']);
    const { rows } = logged(r, 'dueDiligence.update', { itemId: item!.id, patch: { status: 'received' } });
    expect(rows).toEqual([row('dueDiligence', item!.id, 'status', item!.status, 'received')]);
    refusedWithoutRows(r, 'dueDiligence.update', { itemId: item!.id, patch: { status: 'lost' } });
  },
  'dueDiligence.remove': (r) => {
    const [item] = newRequests(r, ['Insurance']);
    const { rows } = logged(r, 'dueDiligence.remove', { itemId: item!.id });
    expect(rows).toEqual([row('dueDiligence', item!.id, '', item, null)]);
    refusedWithoutRows(r, 'dueDiligence.remove', { itemId: '' });
  },
  'dueDiligence.reorder': (r) => {
    const [a, b] = newRequests(r, ['A', 'B']);
    const { rows } = logged(r, 'dueDiligence.reorder', { candidateId: a!.candidateId, itemIds: [b!.id, a!.id] });
    expect(rows).toEqual([row('dueDiligence', a!.id, 'sortOrder', 0, 1), row('dueDiligence', b!.id, 'sortOrder', 1, 0)]);
    refusedWithoutRows(r, 'dueDiligence.reorder', { candidateId: a!.candidateId, itemIds: [b!.id] });
  },
  'evidence.add': (r) => {
    const c = newCandidate(r, 'Evidenced Co.');
    const { value, rows } = logged(r, 'evidence.add', evidenceInput(c.id, 'minutes.txt', 'Met on 3 March'));
    expect(rows).toEqual([created('evidence', value.file)]);
    refusedWithoutRows(r, 'evidence.add', { ...evidenceInput(c.id, 'minutes.txt', 'x'), attachedTo: 'lunch' });
  },
  'evidence.remove': (r) => {
    const c = newCandidate(r, 'Unevidenced Co.');
    const { file } = ok(r.call('evidence.add', { dealRoomId: r.dealRoomId, ...evidenceInput(c.id, 'notes.txt', 'Call notes') })) as { file: { id: string } };
    const { rows } = logged(r, 'evidence.remove', { evidenceId: file.id });
    expect(rows).toEqual([row('evidence', file.id, '', file, null)]);
    refusedWithoutRows(r, 'evidence.remove', { evidenceId: '' });
  },
  'answers.record': (r) => {
    const c = newCandidate(r, 'Answering Co.');
    const { value, rows } = logged(r, 'answers.record', { candidateId: c.id, questionText: 'Who decides?', answeredBy: 'CEO', answeredOn: null, setting: 'group_meeting', text: 'I do.' });
    expect(rows).toEqual([created('answer', value)]);
    refusedWithoutRows(r, 'answers.record', { candidateId: c.id, questionText: 'Who decides?', answeredBy: '', answeredOn: null, setting: 'group_meeting', text: 'I do.' });
  },
  'answers.update': (r) => {
    const a = newAnswer(r);
    const { rows } = logged(r, 'answers.update', { answerId: a.id, patch: { setting: 'one_to_one' } });
    expect(rows).toEqual([row('answer', a.id, 'setting', a.setting, 'one_to_one')]);
    refusedWithoutRows(r, 'answers.update', { answerId: a.id, patch: { setting: 'karaoke' } });
  },
  'answers.delete': (r) => {
    const a = newAnswer(r);
    const { rows } = logged(r, 'answers.delete', { answerId: a.id });
    expect(rows).toEqual([row('answer', a.id, '', a, null)]);
    refusedWithoutRows(r, 'answers.delete', { answerId: '' });
  },
  'interviews.setGuide': (r) => {
    const c = newCandidate(r, 'Interviewed Co.');
    const { value, rows } = logged(r, 'interviews.setGuide', { candidateId: c.id, items: [{ customText: 'Which hospitals buy from you today?' }] });
    expect(rows).toEqual(value.map((item: { id: string }) => created('interviewItem', item)));
    refusedWithoutRows(r, 'interviews.setGuide', { candidateId: c.id, items: [{ customText: 5 }] });
  },
};

function newCandidate(r: SampleRoom, nameLatin: string): any {
  return ok(r.call('candidates.create', { dealRoomId: r.dealRoomId, fields: { nameLatin } }));
}
function newFlag(r: SampleRoom): any {
  const c = newCandidate(r, 'Flag Holder Co.');
  return ok(r.call('flags.log', { dealRoomId: r.dealRoomId, candidateId: c.id, fields: { said: 'We need the whole country or nothing.' } }));
}
function newRequests(r: SampleRoom, items: string[]): any[] {
  const c = newCandidate(r, 'Requested Co.');
  return ok(r.call('dueDiligence.add', { dealRoomId: r.dealRoomId, candidateId: c.id, items: items.map((item) => ({ item })) })) as any[];
}
function newAnswer(r: SampleRoom): any {
  const c = newCandidate(r, 'Answer Holder Co.');
  return ok(r.call('answers.record', { dealRoomId: r.dealRoomId, candidateId: c.id, questionText: 'Who decides?', answeredBy: 'CEO', answeredOn: null, setting: 'group_meeting', text: 'The board.' }));
}
function evidenceInput(candidateId: string, fileName: string, text: string) {
  return { candidateId, attachedTo: 'candidate', attachedId: candidateId, fileName, mediaType: 'text/plain', contentBase64: Buffer.from(text).toString('base64') };
}

describe('every room-changing operation writes exactly its change-log rows', () => {
  const r = sampleRoom();
  apps.push(r);
  for (const [name, scenario] of Object.entries(ROOM_CHANGING)) {
    it(name, () => scenario!(r));
  }
  it('leaves the hash chain whole after all of them', () => {
    const verdict = ok(r.t.app.invoke('audit.verify', { dealRoomId: r.dealRoomId }));
    expect(verdict.firstBroken).toBeNull();
    expect(verdict.rows).toBe(r.logTotal());
  });
});

describe('the lists of operations', () => {
  it('name every operation of the contract exactly once', () => {
    const listed = [...READ_ONLY, ...Object.keys(OUTSIDE_ROOM_LOG), ...Object.keys(ROOM_CHANGING)];
    const unlisted = operationNames.filter((n) => !listed.includes(n));
    const twice = listed.filter((n, i) => listed.indexOf(n) !== i);
    const unknown = listed.filter((n) => !(operationNames as string[]).includes(n));
    expect({ unlisted, twice, unknown }).toEqual({ unlisted: [], twice: [], unknown: [] });
  });
});
