import { afterEach, describe, expect, it } from 'vitest';
import { MEDICAL_DISTRIBUTOR_TEMPLATE_ID } from '../../shared/templates/built-in-templates';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

/** A room started from the medical distributor template (its criteria carry library keys), with two candidates. */
function medicalRoom() {
  const t = createTestApp();
  apps.push(t);
  const { app } = t;
  const dealRoomId = ok(app.invoke('dealRooms.create', { name: 'Patient monitors, Japan 2027', templateId: MEDICAL_DISTRIBUTOR_TEMPLATE_ID })).id;
  const hayate = ok(app.invoke('candidates.create', { dealRoomId, fields: { nameLatin: 'Hayate HealthTech Inc.', nameJa: '株式会社ハヤテ・ヘルステック' } })).id;
  const tsumugi = ok(app.invoke('candidates.create', { dealRoomId, fields: { nameLatin: 'Tsumugi Life Science Co., Ltd.' } })).id;
  const detail = () => ok(app.invoke('dealRooms.get', { dealRoomId }));
  const criterionId = (libraryKey: string) => {
    const c = detail().criteria.find((x) => x.libraryKey === libraryKey);
    if (!c) throw new Error(`the medical template has no criterion ${libraryKey}`);
    return c.id;
  };
  const logTotal = () => ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 1 })).total;
  return { app, dealRoomId, hayate, tsumugi, detail, criterionId, logTotal };
}

const guideOf = (items: { candidateId: string; questionKey: string; customText: string; sortOrder: number }[], candidateId: string) =>
  items
    .filter((i) => i.candidateId === candidateId)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((i) => i.questionKey || i.customText);

describe('an interview guide', () => {
  it('is set from bank questions and questions of our own, in the order given', () => {
    const { app, dealRoomId, hayate, tsumugi, detail } = medicalRoom();
    const guide = ok(
      app.invoke('interviews.setGuide', {
        dealRoomId,
        candidateId: hayate,
        items: [{ questionKey: 'structure.who-decides' }, { customText: '  展示会の出展費用はどちらが負担しますか。 ' }, { questionKey: 'timeline.why-now' }],
      }),
    );
    expect(guide.map((i) => [i.questionKey, i.customText, i.sortOrder])).toEqual([
      ['structure.who-decides', '', 0],
      ['', '展示会の出展費用はどちらが負担しますか。', 1],
      ['timeline.why-now', '', 2],
    ]);
    expect(guide.every((i) => i.candidateId === hayate)).toBe(true);
    expect(guideOf(detail().interviewItems, hayate)).toEqual(['structure.who-decides', '展示会の出展費用はどちらが負担しますか。', 'timeline.why-now']);
    // Each candidate has a guide of its own.
    expect(guideOf(detail().interviewItems, tsumugi)).toEqual([]);
  });

  it('is replaced whole in one transaction: questions that stay keep their record, the rest go, new ones come', () => {
    const { app, dealRoomId, hayate, detail } = medicalRoom();
    const first = ok(
      app.invoke('interviews.setGuide', {
        dealRoomId,
        candidateId: hayate,
        items: [{ questionKey: 'structure.who-decides' }, { questionKey: 'timeline.why-now' }, { customText: 'Who pays for the booth?' }],
      }),
    );
    const idOf = (key: string) => first.find((i) => (i.questionKey || i.customText) === key)?.id;

    const second = ok(
      app.invoke('interviews.setGuide', {
        dealRoomId,
        candidateId: hayate,
        items: [{ customText: 'Who pays for the booth?' }, { questionKey: 'data-sharing.audit-right' }, { questionKey: 'structure.who-decides' }],
      }),
    );
    expect(second.map((i) => [i.questionKey || i.customText, i.sortOrder])).toEqual([
      ['Who pays for the booth?', 0],
      ['data-sharing.audit-right', 1],
      ['structure.who-decides', 2],
    ]);
    expect(second[0]?.id).toBe(idOf('Who pays for the booth?'));
    expect(second[2]?.id).toBe(idOf('structure.who-decides'));
    expect(detail().interviewItems.map((i) => i.id).sort()).toEqual(second.map((i) => i.id).sort());

    // One change, one moment: every log row of the replacement carries the same timestamp.
    const log = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 4 })).entries;
    expect(log.map((e) => [e.entity, e.field, e.before === null ? 'created' : e.after === null ? 'deleted' : 'changed'])).toEqual(
      expect.arrayContaining([
        ['interviewItem', 'sortOrder', 'changed'],
        ['interviewItem', '', 'created'],
        ['interviewItem', '', 'deleted'],
      ]),
    );
    expect(new Set(log.map((e) => e.at)).size).toBe(1);
    expect(log.find((e) => e.field === '' && e.after === null)?.entityId).toBe(idOf('timeline.why-now'));

    // An empty list empties the guide.
    expect(ok(app.invoke('interviews.setGuide', { dealRoomId, candidateId: hayate, items: [] }))).toEqual([]);
    expect(detail().interviewItems).toEqual([]);
  });

  it('refuses an unknown question, a question twice, or an item with neither or both, naming the item, and changes nothing', () => {
    const { app, dealRoomId, hayate, detail, logTotal } = medicalRoom();
    ok(app.invoke('interviews.setGuide', { dealRoomId, candidateId: hayate, items: [{ questionKey: 'structure.who-decides' }] }));
    const before = { items: detail().interviewItems, log: logTotal() };

    const unknown = failure(
      app.invoke('interviews.setGuide', { dealRoomId, candidateId: hayate, items: [{ questionKey: 'timeline.why-now' }, { questionKey: 'timeline.next-week' }] }, { lang: 'en' }),
    );
    expect(unknown).toEqual({
      code: 'invalid_input',
      message: 'items[1].questionKey: there is no question "timeline.next-week" in the question bank',
      path: 'items[1].questionKey',
      problem: 'there is no question "timeline.next-week" in the question bank',
    });

    const twice = failure(
      app.invoke(
        'interviews.setGuide',
        { dealRoomId, candidateId: hayate, items: [{ questionKey: 'timeline.why-now' }, { customText: 'Who pays?' }, { questionKey: 'timeline.why-now' }] },
        { lang: 'ja' },
      ),
    );
    expect(twice).toMatchObject({ code: 'invalid_input', path: 'items[2].questionKey', message: 'items[2].questionKey：この質問はすでにシートに入っています' });

    expect(failure(app.invoke('interviews.setGuide', { dealRoomId, candidateId: hayate, items: [{ customText: '   ' }] }, { lang: 'en' }))).toMatchObject({
      path: 'items[0].customText',
      problem: 'write the question, or choose one from the bank',
    });
    expect(
      failure(app.invoke('interviews.setGuide', { dealRoomId, candidateId: hayate, items: [{ questionKey: 'timeline.why-now', customText: 'and this' }] }, { lang: 'en' })),
    ).toMatchObject({ path: 'items[0]' });
    expect(failure(app.invoke('interviews.setGuide', { dealRoomId, candidateId: 'nobody', items: [{ questionKey: 'timeline.why-now' }] }))).toMatchObject({
      code: 'not_found',
      path: 'candidateId',
    });

    expect(detail().interviewItems).toEqual(before.items);
    expect(logTotal()).toBe(before.log);
  });
});

describe('an answer', () => {
  it('is evidence, by default, for the criteria of the room its question informs (by library key)', () => {
    const { app, dealRoomId, hayate, detail, criterionId } = medicalRoom();
    const answer = ok(
      app.invoke('answers.record', {
        dealRoomId,
        candidateId: hayate,
        questionKey: 'sales-channels.key-accounts',
        answeredBy: '早瀬 健 (CEO)',
        answeredOn: '2027-01-14',
        setting: 'one_to_one',
        text: '大学病院2か所のICUとは取引がありますが、購買部門との接点はまだありません。',
      }),
    );
    expect(answer).toMatchObject({
      candidateId: hayate,
      questionKey: 'sales-channels.key-accounts',
      questionText: '',
      answeredBy: '早瀬 健 (CEO)',
      answeredOn: '2027-01-14',
      setting: 'one_to_one',
      criterionIds: [criterionId('key-account-access')],
    });
    expect(answer.createdAt).toBe(answer.updatedAt);
    expect(detail().answers).toEqual([answer]);

    // A question that informs several library entries links to those this room has, in the room's order:
    // regulatory.licences-held informs business-licences (not in the medical template), sales-licence and mah-licence.
    const licences = ok(
      app.invoke('answers.record', {
        dealRoomId,
        candidateId: hayate,
        questionKey: 'regulatory.licences-held',
        answeredBy: 'Head of regulatory affairs',
        answeredOn: null,
        setting: 'group_meeting',
        text: 'The MAH licence is held by a partner company.',
      }),
    );
    expect(licences.criterionIds).toEqual([criterionId('mah-licence'), criterionId('sales-licence')]);
    expect(licences.answeredOn).toBeNull();
  });

  it('links to the criteria given instead, once each, or to none; a question of our own links to none by default', () => {
    const { app, dealRoomId, hayate, criterionId } = medicalRoom();
    const base = { dealRoomId, candidateId: hayate, answeredBy: 'Sales director', answeredOn: '2027-01-15', setting: 'group_meeting', text: 'We will see.' } as const;
    const access = criterionId('key-account-access');
    const kol = criterionId('kol-engagement');
    expect(ok(app.invoke('answers.record', { ...base, questionKey: 'sales-channels.key-accounts', criterionIds: [kol, access, kol] })).criterionIds).toEqual([kol, access]);
    expect(ok(app.invoke('answers.record', { ...base, questionKey: 'sales-channels.key-accounts', criterionIds: [] })).criterionIds).toEqual([]);
    const own = ok(app.invoke('answers.record', { ...base, questionText: 'Who pays for the booth at the congress?' }));
    expect(own).toMatchObject({ questionKey: '', questionText: 'Who pays for the booth at the congress?', criterionIds: [] });
  });

  it('refuses a bad date, an empty answer, no answerer or an unknown criterion, naming the field, and changes nothing', () => {
    const { app, dealRoomId, hayate, detail, logTotal, criterionId } = medicalRoom();
    const good = {
      dealRoomId,
      candidateId: hayate,
      questionKey: 'timeline.why-now',
      answeredBy: 'CEO',
      answeredOn: '2027-01-14',
      setting: 'one_to_one',
      text: 'Our bank wants a signed contract by March.',
    } as const;
    const log = logTotal();

    expect(failure(app.invoke('answers.record', { ...good, answeredOn: '2027-02-30' }, { lang: 'en' }))).toEqual({
      code: 'invalid_input',
      message: 'answeredOn: must be a calendar date such as 2027-06-30',
      path: 'answeredOn',
      problem: 'must be a calendar date such as 2027-06-30',
    });
    expect(failure(app.invoke('answers.record', { ...good, answeredOn: '14/01/2027' }, { lang: 'ja' })).message).toBe(
      'answeredOn：2027-06-30 のような実在する日付で指定してください',
    );
    expect(failure(app.invoke('answers.record', { ...good, text: '  \n ' }, { lang: 'en' }))).toMatchObject({
      code: 'invalid_input',
      path: 'text',
      problem: 'must not be empty',
    });
    expect(failure(app.invoke('answers.record', { ...good, answeredBy: ' ' }, { lang: 'en' }))).toMatchObject({ path: 'answeredBy', problem: 'must not be empty' });
    expect(failure(app.invoke('answers.record', { ...good, setting: 'dinner' }, { lang: 'en' }))).toMatchObject({ path: 'setting' });
    expect(failure(app.invoke('answers.record', { ...good, criterionIds: [criterionId('field-force'), 'gone'] }, { lang: 'en' }))).toEqual({
      code: 'not_found',
      message: 'No criterion with id "gone" is in this deal-room.',
      path: 'criterionIds[1]',
    });
    expect(failure(app.invoke('answers.record', { ...good, questionKey: 'timeline.soon' }, { lang: 'en' }))).toMatchObject({ path: 'questionKey' });
    expect(failure(app.invoke('answers.record', { ...good, questionKey: '' }, { lang: 'en' }))).toMatchObject({
      path: 'questionText',
      problem: 'write the question, or choose one from the bank',
    });
    expect(failure(app.invoke('answers.record', { ...good, questionText: 'Why now?' }, { lang: 'en' }))).toMatchObject({ path: 'questionText' });
    expect(failure(app.invoke('answers.record', { ...good, candidateId: 'nobody' }))).toMatchObject({ code: 'not_found', path: 'candidateId' });

    expect(detail().answers).toEqual([]);
    expect(logTotal()).toBe(log);
  });

  it('is updated field by field with a trace of each change, and deleted', () => {
    const { app, dealRoomId, hayate, detail, criterionId, logTotal } = medicalRoom();
    const recorded = ok(
      app.invoke('answers.record', {
        dealRoomId,
        candidateId: hayate,
        questionKey: 'data-sharing.account-level-sales',
        answeredBy: 'Sales director',
        answeredOn: '2027-01-14',
        setting: 'group_meeting',
        text: 'Our policy does not allow sharing customer data.',
      }),
    );
    // data-sharing.account-level-sales informs two criteria of the medical template, listed in the room's order.
    const informed = detail()
      .criteria.filter((c) => c.libraryKey === 'sales-data-transparency' || c.libraryKey === 'data-integrity')
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((c) => c.id);
    expect(informed).toHaveLength(2);
    expect(recorded.criterionIds).toEqual(informed);

    const transparency = criterionId('sales-data-transparency');
    const updated = ok(
      app.invoke('answers.update', {
        dealRoomId,
        answerId: recorded.id,
        patch: { setting: 'one_to_one', text: 'Anonymised account codes would be possible.', criterionIds: [transparency] },
      }),
    );
    expect(updated).toMatchObject({ id: recorded.id, setting: 'one_to_one', text: 'Anonymised account codes would be possible.', criterionIds: [transparency], answeredBy: 'Sales director' });
    expect(detail().answers).toEqual([updated]);
    const log = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 3 })).entries;
    expect(log.map((e) => [e.entity, e.entityId, e.field]).sort()).toEqual([
      ['answer', recorded.id, 'criterionIds'],
      ['answer', recorded.id, 'setting'],
      ['answer', recorded.id, 'text'],
    ]);

    // The same values again change nothing and leave no trace.
    const total = logTotal();
    expect(ok(app.invoke('answers.update', { dealRoomId, answerId: recorded.id, patch: { setting: 'one_to_one' } }))).toEqual(updated);
    expect(logTotal()).toBe(total);

    expect(failure(app.invoke('answers.update', { dealRoomId, answerId: recorded.id, patch: { text: '' } }, { lang: 'en' }))).toMatchObject({ path: 'patch.text' });
    expect(failure(app.invoke('answers.update', { dealRoomId, answerId: recorded.id, patch: { criterionIds: ['gone'] } }))).toMatchObject({
      code: 'not_found',
      path: 'patch.criterionIds[0]',
    });
    expect(detail().answers).toEqual([updated]);

    expect(ok(app.invoke('answers.delete', { dealRoomId, answerId: recorded.id }))).toEqual({ deleted: true });
    expect(detail().answers).toEqual([]);
    expect(failure(app.invoke('answers.delete', { dealRoomId, answerId: recorded.id }, { lang: 'en' }))).toEqual({
      code: 'not_found',
      message: `No answer with id "${recorded.id}" is in this deal-room.`,
      path: 'answerId',
    });
    expect(failure(app.invoke('answers.update', { dealRoomId, answerId: 'gone', patch: { text: 'x' } }, { lang: 'ja' })).message).toBe(
      'この案件にID「gone」の回答はありません。',
    );
  });

  it('stays when its question leaves the guide: answers are evidence, not part of the guide', () => {
    const { app, dealRoomId, hayate, detail } = medicalRoom();
    ok(app.invoke('interviews.setGuide', { dealRoomId, candidateId: hayate, items: [{ questionKey: 'timeline.why-now' }] }));
    const answer = ok(
      app.invoke('answers.record', { dealRoomId, candidateId: hayate, questionKey: 'timeline.why-now', answeredBy: 'CEO', answeredOn: '2027-01-14', setting: 'one_to_one', text: 'A competitor is talking to them.' }),
    );
    ok(app.invoke('interviews.setGuide', { dealRoomId, candidateId: hayate, items: [] }));
    expect(detail().answers).toEqual([answer]);
  });
});
