/**
 * Issue 8, audit: every contract operation that changes a deal-room writes
 * exactly the change-log rows expected, and bad input writes none. Each
 * operation is in exactly one of three lists (read-only, changes a room,
 * changes data outside a room's log), so a new operation cannot slip by: the
 * guard at the bottom names any that is in none.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { operationNames, type OperationName, type OutputOf } from '../../shared/api/contract';
import { DEAL_ROOM_FILE_FORMAT, DEAL_ROOM_FILE_VERSION } from '../../shared/domain/deal-room-file';
import type { DealRoomDetail } from '../../shared/domain/entities';
import { failure, ok } from '../store/test-data-dir';
import { sampleRoom, type LoggedRow, type SampleRoom } from './change-log-scenarios';

const READ_ONLY: readonly OperationName[] = [
  'settings.get', 'dealRooms.list', 'dealRooms.get', 'dealRooms.export', 'dealRooms.changeLog',
  'templates.list', 'templates.get', 'longList.preview', 'longList.page', 'pipeline.stageHistory', 'evidence.read',
  'search.query', 'exports.xlsx', 'exports.csv', 'backups.list', 'backups.preview', 'portable.export', 'portable.inspect',
  'print.pdf', 'people.get', 'proposals.list', 'proposals.liveDiff', 'audit.list', 'audit.verify', 'terms.commitmentsElsewhere',
  'encryption.newRecoveryKey',
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
  'portable.import': 'a new room comes in whole: one import row (asserted below)',
  'encryption.unlock': 'keeps a room key for this run; the room file is only read',
  'encryption.lock': 'forgets a room key for this run; the room file is not touched',
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
function logged<N extends OperationName>(r: SampleRoom, name: N, input: Record<string, unknown>): { value: OutputOf<N>; rows: LoggedRow[] } {
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
const created = <T extends { id: string }>(entity: string, record: T): LoggedRow => row(entity, record.id, '', null, record);
/** For generated ids and timestamps only. */
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
    const c = ok(r.call('candidates.create', { dealRoomId: r.dealRoomId, fields: { nameLatin: 'Short-lived K.K.' } }));
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
    const p = ok(r.call('pillars.create', { dealRoomId: r.dealRoomId, fields: { nameEn: 'Doomed', weight: 0 } }));
    const c = ok(r.call('criteria.create', { dealRoomId: r.dealRoomId, fields: { pillarId: p.id, nameEn: 'Doomed too' } }));
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
    const crit = ok(r.call('criteria.create', { dealRoomId: r.dealRoomId, fields: { pillarId: d.pillars[0]!.id, nameEn: 'Short-lived criterion' } }));
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
    const e = ok(r.call('evaluators.create', { dealRoomId: r.dealRoomId, fields: { name: 'Passing Visitor' } }));
    // The stored record keeps its place in the panel, which the contract's Evaluator leaves out.
    const sortOrder = detail(r).evaluators.length - 1;
    const { rows } = logged(r, 'evaluators.delete', { evaluatorId: e.id });
    expect(rows).toEqual([row('evaluator', e.id, '', { ...e, sortOrder }, null)]);
    refusedWithoutRows(r, 'evaluators.delete', { evaluatorId: '' });
  },
  'evaluators.submitSheet': (r) => {
    const e = ok(r.call('evaluators.create', { dealRoomId: r.dealRoomId, fields: { name: 'Sheet Submitter' } }));
    const { rows } = logged(r, 'evaluators.submitSheet', { evaluatorId: e.id });
    expect(rows).toEqual([row('evaluator', e.id, 'submittedAt', null, ANY_ID)]);
    refusedWithoutRows(r, 'evaluators.submitSheet', { evaluatorId: '' });
  },
  'evaluators.reopenSheet': (r) => {
    const e = ok(r.call('evaluators.create', { dealRoomId: r.dealRoomId, fields: { name: 'Sheet Reopener' } }));
    const submitted = ok(r.call('evaluators.submitSheet', { dealRoomId: r.dealRoomId, evaluatorId: e.id }));
    const { rows } = logged(r, 'evaluators.reopenSheet', { evaluatorId: e.id, reason: 'Scored the wrong candidate' });
    expect(rows).toEqual([row('evaluator', e.id, 'reopenReason', null, 'Scored the wrong candidate'), row('evaluator', e.id, 'submittedAt', submitted.submittedAt, null)]);
    refusedWithoutRows(r, 'evaluators.reopenSheet', { evaluatorId: e.id, reason: ' ' });
  },
  'conflicts.declare': (r) => {
    const d = detail(r);
    // Not the pair of the sample's dissent, which later scenarios still need able to score.
    const decl = d.conflicts.find((c) => c.status === 'none' && !d.dissent.some((x) => x.evaluatorId === c.evaluatorId && x.candidateId === c.candidateId))!;
    const key = `${decl.evaluatorId}/${decl.candidateId}`;
    const { rows } = logged(r, 'conflicts.declare', { evaluatorId: decl.evaluatorId, candidateId: decl.candidateId, status: 'conflict', note: 'Former employer' });
    expect(rows).toEqual([row('conflict', key, 'status', decl.status, 'conflict'), row('conflict', key, 'note', decl.note, 'Former employer')]);
    refusedWithoutRows(r, 'conflicts.declare', { evaluatorId: decl.evaluatorId, candidateId: decl.candidateId, status: 'conflict', note: '' });
  },
  'scores.set': (r) => {
    const d = detail(r);
    const s = d.scores.find((x) => !d.conflicts.some((c) => c.evaluatorId === x.evaluatorId && c.candidateId === x.candidateId && c.status !== 'none'))!;
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
    const d = detail(r);
    const c = d.consensus[0]!;
    const cell = { candidateId: c.candidateId, criterionId: c.criterionId };
    // A dissent from a consensus that is gone would dissent from nothing: the store removes it first, and logs it.
    const dissents = d.dissent.filter((x) => x.candidateId === c.candidateId && x.criterionId === c.criterionId);
    const { rows } = logged(r, 'consensus.clear', cell);
    expect(rows).toEqual([
      ...dissents.map((x) => row('dissent', `${x.evaluatorId}/${x.candidateId}/${x.criterionId}`, '', x, null)),
      row('consensus', `${c.candidateId}/${c.criterionId}`, '', c, null),
    ]);
    refusedWithoutRows(r, 'consensus.clear', { ...cell, criterionId: '' });
  },
  'weights.apply': (r) => {
    const pillars = detail(r).pillars;
    const weights = pillars.map((p, i) => ({ id: p.id, weight: i === 0 ? p.weight + 5 : p.weight }));
    const { rows } = logged(r, 'weights.apply', { pillarId: '', method: 'direct', weights });
    // The changed weight, then the scope's method (the pillars' scope is keyed '' and had none in the sample).
    expect(rows).toEqual([
      row('pillar', pillars[0]!.id, 'weight', pillars[0]!.weight, pillars[0]!.weight + 5),
      row('weighting', '', '', null, { pillarId: '', method: 'direct', judgements: [], consistencyRatio: null, updatedAt: ANY_ID }),
    ]);
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
    expect(rows).toEqual(value.map((item) => created('dueDiligence', item)));
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
    // Logged in the new order: first the item that moves to the top.
    expect(rows).toEqual([row('dueDiligence', b!.id, 'sortOrder', 1, 0), row('dueDiligence', a!.id, 'sortOrder', 0, 1)]);
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
    const { file } = ok(r.call('evidence.add', { dealRoomId: r.dealRoomId, ...evidenceInput(c.id, 'notes.txt', 'Call notes') }));
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
    expect(rows).toEqual(value.map((item) => created('interviewItem', item)));
    refusedWithoutRows(r, 'interviews.setGuide', { candidateId: c.id, items: [{ customText: 5 }] });
  },
  'terms.createSheet': (r) => {
    const c = newCandidate(r, 'Termed Co.');
    const { value, rows } = logged(r, 'terms.createSheet', { candidateId: c.id });
    expect(rows).toEqual([created('termSheet', value)]);
    refusedWithoutRows(r, 'terms.createSheet', { candidateId: c.id, start: 'halfway' });
  },
  'terms.updateSheet': (r) => {
    const { sheet } = newSheet(r);
    const { rows } = logged(r, 'terms.updateSheet', { termSheetId: sheet.id, patch: { reviewer: '法務部 佐藤' } });
    expect(rows).toEqual([row('termSheet', sheet.id, 'reviewer', sheet.reviewer, '法務部 佐藤')]);
    refusedWithoutRows(r, 'terms.updateSheet', { termSheetId: sheet.id, patch: { reviewer: 7 } });
  },
  'terms.setReviewStatus': (r) => {
    const { sheet } = newSheet(r);
    const { rows } = logged(r, 'terms.setReviewStatus', { termSheetId: sheet.id, status: 'approved', author: '法務部長 森' });
    expect(rows).toEqual([row('termSheet', sheet.id, 'reviewStatus', sheet.reviewStatus, 'approved')]);
    refusedWithoutRows(r, 'terms.setReviewStatus', { termSheetId: sheet.id, status: 'changes_requested', note: ' ' });
  },
  'terms.deleteSheet': (r) => {
    const { sheet, phase, m1, m2 } = newSheet(r);
    const { rows } = logged(r, 'terms.deleteSheet', { termSheetId: sheet.id });
    expect(rows).toEqual([row('milestone', m1.id, '', m1, null), row('milestone', m2.id, '', m2, null), row('phase', phase.id, '', phase, null), row('termSheet', sheet.id, '', sheet, null)]);
    refusedWithoutRows(r, 'terms.deleteSheet', { termSheetId: '' });
  },
  'terms.addPhase': (r) => {
    const c = newCandidate(r, 'Phased Co.');
    const sheet = ok(r.call('terms.createSheet', { dealRoomId: r.dealRoomId, candidateId: c.id }));
    const { value, rows } = logged(r, 'terms.addPhase', { termSheetId: sheet.id, fields: PILOT });
    expect(rows).toEqual([created('phase', value)]);
    refusedWithoutRows(r, 'terms.addPhase', { termSheetId: sheet.id, fields: { ...PILOT, endsOn: '2026-01-01' } });
  },
  'terms.updatePhase': (r) => {
    const { phase } = newSheet(r);
    const { rows } = logged(r, 'terms.updatePhase', { phaseId: phase.id, patch: { name: 'Kinki pilot' } });
    expect(rows).toEqual([row('phase', phase.id, 'name', phase.name, 'Kinki pilot')]);
    refusedWithoutRows(r, 'terms.updatePhase', { phaseId: phase.id, patch: { exclusivity: 'forever' } });
  },
  'terms.deletePhase': (r) => {
    const { phase, m1, m2 } = newSheet(r);
    const { rows } = logged(r, 'terms.deletePhase', { phaseId: phase.id });
    expect(rows).toEqual([row('milestone', m1.id, '', m1, null), row('milestone', m2.id, '', m2, null), row('phase', phase.id, '', phase, null)]);
    refusedWithoutRows(r, 'terms.deletePhase', { phaseId: '' });
  },
  'terms.addMilestone': (r) => {
    const { phase } = newSheet(r);
    const { value, rows } = logged(r, 'terms.addMilestone', { phaseId: phase.id, fields: { metric: 'new_accounts', target: 4, dueOn: '2027-03-31' } });
    expect(rows).toEqual([created('milestone', value)]);
    refusedWithoutRows(r, 'terms.addMilestone', { phaseId: phase.id, fields: { metric: 'new_accounts', target: 4, dueOn: '31/03/2027' } });
  },
  'terms.updateMilestone': (r) => {
    const { m1 } = newSheet(r);
    const { rows } = logged(r, 'terms.updateMilestone', { milestoneId: m1.id, patch: { target: 35_000_000 } });
    expect(rows).toEqual([row('milestone', m1.id, 'target', m1.target, 35_000_000)]);
    refusedWithoutRows(r, 'terms.updateMilestone', { milestoneId: m1.id, patch: { dueOn: 'soon' } });
  },
  'terms.recordOutcome': (r) => {
    const { m1 } = newSheet(r);
    const { rows } = logged(r, 'terms.recordOutcome', { milestoneId: m1.id, status: 'met', actual: 31_500_000, settledOn: '2027-06-28', evidence: 'Q2 sales report' });
    expect(rows).toEqual([
      row('milestone', m1.id, 'status', m1.status, 'met'),
      row('milestone', m1.id, 'actual', m1.actual, 31_500_000),
      row('milestone', m1.id, 'settledOn', m1.settledOn, '2027-06-28'),
      row('milestone', m1.id, 'evidence', m1.evidence, 'Q2 sales report'),
    ]);
    refusedWithoutRows(r, 'terms.recordOutcome', { milestoneId: m1.id, status: 'waived', settledOn: '2027-06-30' });
  },
  'terms.deleteMilestone': (r) => {
    const { m2 } = newSheet(r);
    const { rows } = logged(r, 'terms.deleteMilestone', { milestoneId: m2.id });
    expect(rows).toEqual([row('milestone', m2.id, '', m2, null)]);
    refusedWithoutRows(r, 'terms.deleteMilestone', { milestoneId: '' });
  },
  'terms.addTrigger': (r) => {
    const { sheet, m1 } = newSheet(r);
    const { value, rows } = logged(r, 'terms.addTrigger', { termSheetId: sheet.id, fields: triggerFields(m1.id) });
    expect(rows).toEqual([created('trigger', value)]);
    refusedWithoutRows(r, 'terms.addTrigger', { termSheetId: sheet.id, fields: { ...triggerFields(m1.id), actions: [{ kind: 'applause' }] } });
  },
  'terms.updateTrigger': (r) => {
    const { trigger } = newTrigger(r);
    const { rows } = logged(r, 'terms.updateTrigger', { triggerId: trigger.id, patch: { name: 'Missed revenue' } });
    expect(rows).toEqual([row('trigger', trigger.id, 'name', trigger.name, 'Missed revenue')]);
    refusedWithoutRows(r, 'terms.updateTrigger', { triggerId: trigger.id, patch: { actions: [{ kind: 'applause' }] } });
  },
  'terms.deleteTrigger': (r) => {
    const { trigger } = newTrigger(r);
    const { rows } = logged(r, 'terms.deleteTrigger', { triggerId: trigger.id });
    expect(rows).toEqual([row('trigger', trigger.id, '', trigger, null)]);
    refusedWithoutRows(r, 'terms.deleteTrigger', { triggerId: '' });
  },
  'terms.addComment': (r) => {
    const { sheet } = newSheet(r);
    const { value, rows } = logged(r, 'terms.addComment', { termSheetId: sheet.id, clause: 'sheet', author: '石田', body: '確認が必要です。' });
    expect(rows).toEqual([created('termComment', value)]);
    refusedWithoutRows(r, 'terms.addComment', { termSheetId: sheet.id, clause: 'clause:nothing', author: '石田', body: '確認が必要です。' });
  },
  'terms.resolveComment': (r) => {
    const comment = newComment(r);
    const { rows } = logged(r, 'terms.resolveComment', { commentId: comment.id, resolved: true });
    expect(rows).toEqual([row('termComment', comment.id, 'resolved', false, true)]);
    refusedWithoutRows(r, 'terms.resolveComment', { commentId: comment.id, resolved: 'yes' });
  },
  'terms.deleteComment': (r) => {
    const comment = newComment(r);
    const { rows } = logged(r, 'terms.deleteComment', { commentId: comment.id });
    expect(rows).toEqual([row('termComment', comment.id, '', comment, null)]);
    refusedWithoutRows(r, 'terms.deleteComment', { commentId: '' });
  },
  'longList.import': (r) => {
    const csv = Buffer.from('nameLatin,headquarters\nTsubame Seiki K.K.,新潟県燕市\nKamome Bussan,函館市\n').toString('base64');
    const input = { fileName: 'long-list.csv', contentBase64: csv, mapping: { nameLatin: 0, headquarters: 1 }, headerRow: true };
    const { rows } = logged(r, 'longList.import', input);
    const imported = detail(r).candidates.slice(-2);
    expect(imported.map((c) => [c.nameLatin, c.headquarters, c.stage, c.compared])).toEqual([
      ['Tsubame Seiki K.K.', '新潟県燕市', 'long_list', false],
      ['Kamome Bussan', '函館市', 'long_list', false],
    ]);
    // One row says where the list came from, then one whole-record row per firm.
    expect(rows).toEqual([
      row('dealRoom', r.dealRoomId, 'longListImport', null, { fileName: 'long-list.csv', format: 'csv', encoding: 'utf-8', candidates: 2 }),
      created('candidate', imported[0]!),
      created('candidate', imported[1]!),
    ]);
    refusedWithoutRows(r, 'longList.import', { ...input, mapping: { nameLatin: 9 } });
  },
  'proposals.create': (r) => {
    const { route, ids } = circulation(r);
    const c = detail(r).candidates[0]!;
    const { value, rows } = logged(r, 'proposals.create', { routeId: route.id, drafterId: ids.bd, fields: { title: 'Appoint for a pilot', recommendation: 'A 12-month pilot in Kanto.', candidateId: c.id } });
    expect(rows).toEqual([created('proposal', value)]);
    refusedWithoutRows(r, 'proposals.create', { routeId: route.id, drafterId: ids.bd, fields: { title: '' } });
  },
  'proposals.update': (r) => {
    const p = newProposal(r);
    const { rows } = logged(r, 'proposals.update', { proposalId: p.id, patch: { title: 'Appoint for a Kansai pilot' } });
    expect(rows).toEqual([row('proposal', p.id, 'title', p.title, 'Appoint for a Kansai pilot')]);
    refusedWithoutRows(r, 'proposals.update', { proposalId: p.id, patch: { title: 3 } });
  },
  'proposals.circulate': (r) => {
    const p = newProposal(r);
    const { value, rows } = logged(r, 'proposals.circulate', { proposalId: p.id });
    expect(rows).toEqual([row('proposal', p.id, 'status', 'draft', 'circulating'), row('proposal', p.id, 'circulatedAt', null, value.circulatedAt)]);
    refusedWithoutRows(r, 'proposals.circulate', { proposalId: '' });
  },
  'proposals.comment': (r) => {
    const p = newProposal(r);
    const { ids } = circulation(r);
    const { value, rows } = logged(r, 'proposals.comment', { proposalId: p.id, authorId: ids.legal, body: 'Check the exclusivity period first.' });
    expect(rows).toEqual([created('proposalComment', value)]);
    refusedWithoutRows(r, 'proposals.comment', { proposalId: p.id, authorId: ids.legal, body: 7 });
  },
  'proposals.decide': (r) => {
    const p = circulating(r);
    const { ids } = circulation(r);
    const { rows } = logged(r, 'proposals.decide', { proposalId: p.id, approverId: ids.legal, actorId: ids.legal, kind: 'approve' });
    const decision = ok(r.call('proposals.list', { dealRoomId: r.dealRoomId }));
    const made = decision.decisions.filter((d) => d.proposalId === p.id);
    expect(made).toHaveLength(1);
    expect(rows).toEqual([created('decision', made[0]!), row('proposal', p.id, 'currentStage', 0, 1)]);
    refusedWithoutRows(r, 'proposals.decide', { proposalId: p.id, approverId: ids.exec, actorId: ids.exec, kind: 'object', comment: '' });
  },
  'proposals.revise': (r) => {
    const p = circulating(r);
    const { ids } = circulation(r);
    ok(r.call('proposals.decide', { dealRoomId: r.dealRoomId, proposalId: p.id, approverId: ids.legal, actorId: ids.legal, kind: 'send_back', comment: 'Add the Kansai figures.' }));
    const { value, rows } = logged(r, 'proposals.revise', { proposalId: p.id });
    expect(value).toMatchObject({ version: 2, previousId: p.id, status: 'draft' });
    expect(rows).toEqual([created('proposal', value)]);
    // A proposal already revised cannot be revised again.
    refusedWithoutRows(r, 'proposals.revise', { proposalId: p.id });
  },
  'proposals.withdraw': (r) => {
    const p = newProposal(r);
    const { value, rows } = logged(r, 'proposals.withdraw', { proposalId: p.id, reason: 'Superseded by the Kansai plan.' });
    const comments = ok(r.call('proposals.list', { dealRoomId: r.dealRoomId })).comments.filter((c) => c.proposalId === p.id);
    expect(rows).toEqual([
      row('proposal', p.id, 'status', 'draft', 'withdrawn'),
      row('proposal', p.id, 'closedAt', null, value.closedAt),
      created('proposalComment', comments[0]!),
    ]);
    refusedWithoutRows(r, 'proposals.withdraw', { proposalId: p.id, reason: 'Again' });
  },
  'encryption.encrypt': (r) => {
    const { recoveryKey } = ok(r.call('encryption.newRecoveryKey', {}));
    const { rows } = logged(r, 'encryption.encrypt', { recoveryKey, writtenDown: true });
    expect(rows).toEqual([row('dealRoom', r.dealRoomId, 'encryption', null, 'sqlcipher-4')]);
    ok(r.call('encryption.decrypt', { dealRoomId: r.dealRoomId, confirm: true }));
    refusedWithoutRows(r, 'encryption.encrypt', { recoveryKey: 'not a key', writtenDown: true });
  },
  'encryption.decrypt': (r) => {
    const { recoveryKey } = ok(r.call('encryption.newRecoveryKey', {}));
    ok(r.call('encryption.encrypt', { dealRoomId: r.dealRoomId, recoveryKey, writtenDown: true }));
    const { rows } = logged(r, 'encryption.decrypt', { confirm: true });
    expect(rows).toEqual([row('dealRoom', r.dealRoomId, 'encryption', 'sqlcipher-4', null)]);
    refusedWithoutRows(r, 'encryption.decrypt', { confirm: true });
  },
};

const PILOT = { name: 'Pilot', startsOn: '2027-01-01', endsOn: '2027-06-30', exclusivity: 'none', scope: { territory: ['JP-R-kinki'], channels: ['hospitals'], segments: [], products: [] }, targets: [] };

/** A fresh candidate's term sheet with one phase and two milestones. */
function newSheet(r: SampleRoom): { sheet: OutputOf<'terms.createSheet'>; phase: OutputOf<'terms.addPhase'>; m1: OutputOf<'terms.addMilestone'>; m2: OutputOf<'terms.addMilestone'> } {
  const c = newCandidate(r, 'Sheet Holder Co.');
  const sheet = ok(r.call('terms.createSheet', { dealRoomId: r.dealRoomId, candidateId: c.id }));
  const phase = ok(r.call('terms.addPhase', { dealRoomId: r.dealRoomId, termSheetId: sheet.id, fields: PILOT }));
  const m1 = ok(r.call('terms.addMilestone', { dealRoomId: r.dealRoomId, phaseId: phase.id, fields: { metric: 'revenue', target: 30_000_000, unit: 'JPY', dueOn: '2027-06-30' } }));
  const m2 = ok(r.call('terms.addMilestone', { dealRoomId: r.dealRoomId, phaseId: phase.id, fields: { metric: 'new_accounts', target: 8, dueOn: '2027-06-30' } }));
  return { sheet: sheetNow(r, sheet.id), phase, m1, m2 };
}
function sheetNow(r: SampleRoom, id: string): OutputOf<'terms.createSheet'> {
  return detail(r).termSheets.find((s) => s.id === id)!;
}
function triggerFields(milestoneId: string) {
  return { condition: { quantifier: 'all', k: null, outcome: 'missed', milestoneIds: [milestoneId], by: null }, actions: [{ kind: 'termination_right' }] };
}
function newTrigger(r: SampleRoom): { trigger: OutputOf<'terms.addTrigger'> } {
  const { sheet, m1 } = newSheet(r);
  return { trigger: ok(r.call('terms.addTrigger', { dealRoomId: r.dealRoomId, termSheetId: sheet.id, fields: triggerFields(m1.id) })) };
}
function newComment(r: SampleRoom): OutputOf<'terms.addComment'> {
  const { sheet } = newSheet(r);
  return ok(r.call('terms.addComment', { dealRoomId: r.dealRoomId, termSheetId: sheet.id, clause: 'sheet', author: '石田', body: '期間を確認してください。' }));
}

interface Circulation {
  route: OutputOf<'routes.create'>;
  ids: Record<'bd' | 'legal' | 'exec', string>;
}
const circulations = new WeakMap<SampleRoom, Circulation>();
/** Three people and a two-stage route in the data folder, made once per app. */
function circulation(r: SampleRoom): Circulation {
  const known = circulations.get(r);
  if (known) return known;
  const person = (nameLatin: string, nameJa: string, role: string) => (ok(r.call('profiles.create', { fields: { nameLatin, nameJa, role } }))).id;
  const ids = { bd: person('Sato Ren', '佐藤 蓮', 'bd'), legal: person('Kimura Aya', '木村 彩', 'legal'), exec: person('Fujita Mei', '藤田 芽衣', 'executive') };
  const route = ok(
    r.call('routes.create', {
      fields: {
        name: 'Distributor appointment',
        stages: [
          { name: 'Legal review', mode: 'any', approverIds: [ids.legal] },
          { name: 'Executive', mode: 'any', approverIds: [ids.exec] },
        ],
      },
    }),
  );
  const made = { route, ids };
  circulations.set(r, made);
  return made;
}
function newProposal(r: SampleRoom): OutputOf<'proposals.create'> {
  const { route, ids } = circulation(r);
  return ok(r.call('proposals.create', { dealRoomId: r.dealRoomId, routeId: route.id, drafterId: ids.bd, fields: { title: 'Appoint for a pilot', recommendation: 'A pilot in Kanto.', candidateId: null } }));
}
function circulating(r: SampleRoom): OutputOf<'proposals.circulate'> {
  return ok(r.call('proposals.circulate', { dealRoomId: r.dealRoomId, proposalId: newProposal(r).id }));
}

function newCandidate(r: SampleRoom, nameLatin: string): OutputOf<'candidates.create'> {
  return ok(r.call('candidates.create', { dealRoomId: r.dealRoomId, fields: { nameLatin } }));
}
function newFlag(r: SampleRoom): OutputOf<'flags.log'> {
  const c = newCandidate(r, 'Flag Holder Co.');
  return ok(r.call('flags.log', { dealRoomId: r.dealRoomId, candidateId: c.id, fields: { said: 'We need the whole country or nothing.' } }));
}
function newRequests(r: SampleRoom, items: string[]): OutputOf<'dueDiligence.add'> {
  const c = newCandidate(r, 'Requested Co.');
  return ok(r.call('dueDiligence.add', { dealRoomId: r.dealRoomId, candidateId: c.id, items: items.map((item) => ({ item })) }));
}
function newAnswer(r: SampleRoom): OutputOf<'answers.record'> {
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

/** Rows of another room, oldest first, as they would be compared above. */
function roomRows(r: SampleRoom, dealRoomId: string): LoggedRow[] {
  return ok(r.t.app.invoke('audit.list', { dealRoomId, limit: 500 }))
    .entries.sort((a, b) => a.seq - b.seq)
    .map(({ entity, entityId, field, before, after }) => ({ entity, entityId, field, before, after }));
}

/** What an imported room's one log row says: where it came from and how many records it brought. */
function importNote(r: SampleRoom, dealRoomId: string): Record<string, unknown> {
  const d = ok(r.call('dealRooms.get', { dealRoomId }));
  return {
    name: d.dealRoom.name,
    format: DEAL_ROOM_FILE_FORMAT,
    version: DEAL_ROOM_FILE_VERSION,
    exportedAt: ANY_ID,
    candidates: d.candidates.length,
    pillars: d.pillars.length,
    criteria: d.criteria.length,
    evaluators: d.evaluators.length,
    scores: d.scores.length,
    consensus: d.consensus.length,
    conflicts: d.conflicts.length,
    dissent: d.dissent.length,
    weightings: d.weightings.length,
    signals: d.signals.length,
    interviewItems: d.interviewItems.length,
    answers: d.answers.length,
    flags: d.flags.length,
    dueDiligence: d.dueDiligence.length,
  };
}

/**
 * The operations outside a room's log, each called once with valid input:
 * the sample room's log does not grow, and a room that is created starts
 * with exactly the rows expected.
 */
const OUTSIDE_SCENARIOS: Readonly<Partial<Record<OperationName, Scenario>>> = {
  'settings.update': (r) => void ok(r.call('settings.update', { language: 'ja' })),
  'templates.saveFromRoom': (r) => void ok(r.call('templates.saveFromRoom', { dealRoomId: r.dealRoomId, nameEn: 'Medical devices, as we scored them' })),
  'templates.import': (r) => {
    const saved = ok(r.call('templates.saveFromRoom', { dealRoomId: r.dealRoomId, nameEn: 'To be imported' }));
    ok(r.call('templates.import', { file: ok(r.call('templates.get', { templateId: saved.id })) }));
  },
  'templates.delete': (r) => {
    const saved = ok(r.call('templates.saveFromRoom', { dealRoomId: r.dealRoomId, nameEn: 'To be deleted' }));
    ok(r.call('templates.delete', { templateId: saved.id }));
  },
  'profiles.create': (r) => void ok(r.call('profiles.create', { fields: { nameLatin: 'Abe Nao', role: 'finance' } })),
  'profiles.update': (r) => {
    const p = ok(r.call('profiles.create', { fields: { nameLatin: 'Endo Rin', role: 'legal' } }));
    ok(r.call('profiles.update', { profileId: p.id, patch: { title: '課長' } }));
  },
  'profiles.delete': (r) => {
    const p = ok(r.call('profiles.create', { fields: { nameLatin: 'Goto Yu', role: 'evaluator' } }));
    ok(r.call('profiles.delete', { profileId: p.id }));
  },
  'profiles.setActing': (r) => void ok(r.call('profiles.setActing', { profileId: circulation(r).ids.bd })),
  'routes.create': (r) => void circulation(r),
  'routes.update': (r) => void ok(r.call('routes.update', { routeId: circulation(r).route.id, patch: { name: 'Distributor appointment (2027)' } })),
  'routes.delete': (r) => {
    const { ids } = circulation(r);
    const route = ok(r.call('routes.create', { fields: { name: 'Unused', stages: [{ name: 'Only', mode: 'any', approverIds: [ids.exec] }] } }));
    ok(r.call('routes.delete', { routeId: route.id }));
  },
  'backups.create': (r) => void ok(r.call('backups.create', {})),
  'backups.delete': (r) => {
    const backup = ok(r.call('backups.create', {}));
    ok(r.call('backups.delete', { backupId: backup.id }));
  },
  'backups.restore': (r) => {
    const backup = ok(r.call('backups.create', {}));
    ok(r.call('backups.restore', { backupId: backup.id, confirm: true }));
  },
  'dealRooms.create': (r) => {
    const room = ok(r.call('dealRooms.create', { name: 'Kyushu partner, 2028' }));
    expect(roomRows(r, room.id)).toEqual([row('dealRoom', room.id, '', null, room)]);
  },
  'dealRooms.import': (r) => {
    const file = ok(r.call('dealRooms.export', { dealRoomId: r.dealRoomId }));
    const room = ok(r.call('dealRooms.import', { file }));
    expect(roomRows(r, room.id)).toEqual([row('dealRoom', room.id, 'import', null, importNote(r, room.id))]);
  },
  'dealRooms.delete': (r) => {
    const room = ok(r.call('dealRooms.create', { name: 'Gone by lunch' }));
    ok(r.call('dealRooms.delete', { dealRoomId: room.id }));
  },
  'portable.import': (r) => {
    const file = ok(r.call('portable.export', { dealRoomId: r.dealRoomId }));
    const room = ok(r.call('portable.import', { contentBase64: file.contentBase64, mode: 'new' }));
    expect(roomRows(r, room.id)).toEqual([row('dealRoom', room.id, 'import', null, importNote(r, room.id))]);
  },
  'encryption.unlock': (r) => void encryptedRoom(r, (room, recoveryKey) => {
    ok(r.call('encryption.lock', { dealRoomId: room }));
    ok(r.call('encryption.unlock', { dealRoomId: room, recoveryKey }));
  }),
  'encryption.lock': (r) => void encryptedRoom(r, (room) => ok(r.call('encryption.lock', { dealRoomId: room }))),
};

/** A room of its own, encrypted, for the key operations (the sample room must not gain rows). */
function encryptedRoom(r: SampleRoom, use: (roomId: string, recoveryKey: string) => void): void {
  const room = ok(r.call('dealRooms.create', { name: 'Sealed room' }));
  const { recoveryKey } = ok(r.call('encryption.newRecoveryKey', {}));
  ok(r.call('encryption.encrypt', { dealRoomId: room.id, recoveryKey, writtenDown: true }));
  expect(roomRows(r, room.id)).toHaveLength(2); // the room record and the encryption
  use(room.id, recoveryKey);
}

describe('operations outside a room\'s change log', () => {
  const r = sampleRoom();
  apps.push(r);
  for (const [name, scenario] of Object.entries(OUTSIDE_SCENARIOS)) {
    it(`${name} (${OUTSIDE_ROOM_LOG[name as OperationName]}) writes no row into the sample room`, () => {
      const before = roomRows(r, r.dealRoomId);
      scenario!(r);
      expect(roomRows(r, r.dealRoomId)).toEqual(before);
    });
  }
  it('leaves the hash chain whole', () => {
    expect(ok(r.t.app.invoke('audit.verify', { dealRoomId: r.dealRoomId })).firstBroken).toBeNull();
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
  it('give every operation outside a room\'s log a reason and a scenario', () => {
    expect(Object.keys(OUTSIDE_SCENARIOS).sort()).toEqual(Object.keys(OUTSIDE_ROOM_LOG).sort());
    for (const reason of Object.values(OUTSIDE_ROOM_LOG)) expect(reason!.length).toBeGreaterThan(10);
  });
});
