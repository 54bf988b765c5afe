import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

function diligenceRoom() {
  const t = createTestApp();
  apps.push(t);
  const { app } = t;
  const dealRoomId = ok(app.invoke('dealRooms.create', { name: 'Diligence' })).id;
  const candidateId = ok(app.invoke('candidates.create', { dealRoomId, fields: { nameLatin: 'Asanagi Medical K.K.' } })).id;
  const requests = () => ok(app.invoke('dealRooms.get', { dealRoomId })).dueDiligence;
  const logTotal = () => ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 1 })).total;
  return { t, app, dealRoomId, candidateId, requests, logTotal };
}

describe('adding requests', () => {
  it('adds several in one change, in order, at the end of the list, with defaults for what is not given', () => {
    const { app, dealRoomId, candidateId, requests, logTotal } = diligenceRoom();
    const before = logTotal();
    const added = ok(
      app.invoke('dueDiligence.add', {
        dealRoomId,
        candidateId,
        items: [
          { item: '  医療機器販売業許可証の写し ', requestedOn: '2027-01-10', dueOn: '2027-01-31' },
          { item: 'Financial statements, last three years', note: 'Audited if they have them' },
        ],
      }),
    );
    expect(added.map((r) => [r.item, r.requestedOn, r.dueOn, r.status, r.note, r.sortOrder])).toEqual([
      ['医療機器販売業許可証の写し', '2027-01-10', '2027-01-31', 'requested', '', 0],
      ['Financial statements, last three years', null, null, 'requested', 'Audited if they have them', 1],
    ]);
    const more = ok(app.invoke('dueDiligence.add', { dealRoomId, candidateId, items: [{ item: 'References', status: 'received' }] }));
    expect(more[0]?.sortOrder).toBe(2);
    expect(requests().map((r) => r.item)).toEqual(['医療機器販売業許可証の写し', 'Financial statements, last three years', 'References']);
    expect(logTotal()).toBe(before + 3);
  });

  it('refuses a request due before it was made, naming the item in the list, and adds none of them', () => {
    const { app, dealRoomId, candidateId, requests, logTotal } = diligenceRoom();
    const before = logTotal();
    const result = app.invoke(
      'dueDiligence.add',
      {
        dealRoomId,
        candidateId,
        items: [
          { item: 'Licences', requestedOn: '2027-01-10', dueOn: '2027-01-31' },
          { item: 'References', requestedOn: '2027-02-10', dueOn: '2027-02-01' },
        ],
      },
      { lang: 'en' },
    );
    expect(failure(result)).toEqual({
      code: 'invalid_input',
      path: 'items[1].dueOn',
      problem: 'The due date cannot be before the date of the request (2027-02-10).',
      message: 'items[1].dueOn: The due date cannot be before the date of the request (2027-02-10).',
    });
    expect(requests()).toEqual([]);
    expect(logTotal()).toBe(before);
  });

  it('refuses an empty item, a date that is not a date, and an unknown candidate, naming the field', () => {
    const { app, dealRoomId, candidateId, requests } = diligenceRoom();
    expect(failure(app.invoke('dueDiligence.add', { dealRoomId, candidateId, items: [{ item: '   ' }] }, { lang: 'en' }))).toMatchObject({
      code: 'invalid_input',
      path: 'items[0].item',
      problem: 'must not be empty',
    });
    expect(failure(app.invoke('dueDiligence.add', { dealRoomId, candidateId, items: [{ item: 'Licences', dueOn: '31/01/2027' }] })).path).toBe('items[0].dueOn');
    expect(failure(app.invoke('dueDiligence.add', { dealRoomId, candidateId, items: [{ item: 'Licences', status: 'lost' }] })).path).toBe('items[0].status');
    expect(failure(app.invoke('dueDiligence.add', { dealRoomId, candidateId: 'nobody', items: [{ item: 'Licences' }] }))).toMatchObject({
      code: 'not_found',
      path: 'candidateId',
    });
    expect(failure(app.invoke('dueDiligence.add', { dealRoomId, candidateId, items: [] })).path).toBe('items');
    expect(requests()).toEqual([]);
  });
});

describe('changing a request', () => {
  it('sets the fields given, logs each, and keeps the others', () => {
    const { app, dealRoomId, candidateId } = diligenceRoom();
    const [request] = ok(app.invoke('dueDiligence.add', { dealRoomId, candidateId, items: [{ item: 'Licences', requestedOn: '2027-01-10', dueOn: '2027-01-31' }] }));
    const updated = ok(app.invoke('dueDiligence.update', { dealRoomId, itemId: request!.id, patch: { status: 'received', note: 'Copy came by post' } }));
    expect(updated).toMatchObject({ item: 'Licences', status: 'received', note: 'Copy came by post', dueOn: '2027-01-31' });
    const log = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 2 })).entries;
    expect(log.map((e) => [e.entity, e.field, e.before, e.after]).sort()).toEqual([
      ['dueDiligence', 'note', '', 'Copy came by post'],
      ['dueDiligence', 'status', 'requested', 'received'],
    ]);
    // A due date can be cleared.
    expect(ok(app.invoke('dueDiligence.update', { dealRoomId, itemId: request!.id, patch: { dueOn: null } })).dueOn).toBeNull();
  });

  it('refuses dates out of order against what is stored, and an unknown request', () => {
    const { app, dealRoomId, candidateId, requests } = diligenceRoom();
    const [request] = ok(app.invoke('dueDiligence.add', { dealRoomId, candidateId, items: [{ item: 'Licences', requestedOn: '2027-01-10', dueOn: '2027-01-31' }] }));
    expect(failure(app.invoke('dueDiligence.update', { dealRoomId, itemId: request!.id, patch: { dueOn: '2027-01-01' } }, { lang: 'ja' }))).toMatchObject({
      path: 'patch.dueOn',
      problem: '提出期限を依頼日（2027-01-10）より前にすることはできません。',
    });
    expect(failure(app.invoke('dueDiligence.update', { dealRoomId, itemId: request!.id, patch: { requestedOn: '2027-02-15' } })).path).toBe('patch.requestedOn');
    expect(failure(app.invoke('dueDiligence.update', { dealRoomId, itemId: 'nope', patch: { status: 'verified' } }, { lang: 'en' }))).toEqual({
      code: 'not_found',
      path: 'itemId',
      message: 'No due-diligence request with id "nope" is in this deal-room.',
    });
    expect(requests()).toEqual([request]);
  });

  it('reorders a candidate’s list when every request is named once, and refuses anything else', () => {
    const { app, dealRoomId, candidateId, requests } = diligenceRoom();
    const [a, b, c] = ok(app.invoke('dueDiligence.add', { dealRoomId, candidateId, items: [{ item: 'A' }, { item: 'B' }, { item: 'C' }] })).map((r) => r.id);
    const reordered = ok(app.invoke('dueDiligence.reorder', { dealRoomId, candidateId, itemIds: [c!, a!, b!] }));
    expect(reordered.map((r) => [r.item, r.sortOrder])).toEqual([
      ['C', 0],
      ['A', 1],
      ['B', 2],
    ]);
    expect(requests().map((r) => r.item)).toEqual(['C', 'A', 'B']);
    for (const itemIds of [[c!, a!], [c!, a!, a!], [c!, a!, b!, 'x']])
      expect(failure(app.invoke('dueDiligence.reorder', { dealRoomId, candidateId, itemIds }, { lang: 'en' }))).toMatchObject({
        path: 'itemIds',
        problem: 'The new order must name each of the candidate’s 3 requests exactly once.',
      });
    expect(requests().map((r) => r.item)).toEqual(['C', 'A', 'B']);
  });
});

describe('removing a request', () => {
  it('removes the files attached to it, each logged, and their stored content', () => {
    const { t, app, dealRoomId, candidateId, requests } = diligenceRoom();
    const [request, other] = ok(app.invoke('dueDiligence.add', { dealRoomId, candidateId, items: [{ item: 'Organisation chart' }, { item: 'Insurance' }] }));
    const content = Buffer.from('部署,担当者\n営業本部,佐藤\n');
    const file = ok(
      app.invoke('evidence.add', {
        dealRoomId,
        candidateId,
        attachedTo: 'due_diligence',
        attachedId: request!.id,
        fileName: '組織図.csv',
        mediaType: 'text/csv',
        contentBase64: content.toString('base64'),
      }),
    ).file;
    const contentDir = join(t.roomsDir, `${dealRoomId}.files`);
    expect(readdirSync(contentDir)).toEqual([file.sha256]);
    ok(app.invoke('dueDiligence.remove', { dealRoomId, itemId: request!.id }));
    const detail = ok(app.invoke('dealRooms.get', { dealRoomId }));
    expect(detail.evidence).toEqual([]);
    expect(requests()).toEqual([other]);
    expect(existsSync(join(contentDir, file.sha256))).toBe(false);
    const log = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 2 })).entries;
    expect(log.map((e) => [e.entity, e.entityId, e.after])).toEqual([
      ['dueDiligence', request!.id, null],
      ['evidence', file.id, null],
    ]);
  });
});
