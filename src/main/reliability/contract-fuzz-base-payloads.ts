/**
 * One valid payload for every contract operation, over the sample deal-room
 * and a few records made for the purpose (an answer, a flag, requests, an
 * evidence file, people with a route and a proposal, a backup, a saved
 * template). Ids are real, so a malformed payload that slipped through would
 * reach a real record and change it: the fuzz's digest would see it.
 *
 * Optional fields are filled wherever they exist, so that every field of the
 * contract is a place the fuzz breaks. A new operation has no entry here
 * until someone writes one; the fuzz fails for it until then.
 */
import type { OperationName } from '../../shared/api/contract';
import { ok } from '../store/test-data-dir';
import { sampleRoom, type SampleRoom } from '../handlers/change-log-scenarios';

export interface FuzzFixture {
  room: SampleRoom;
  bases: Partial<Record<OperationName, unknown>>;
}

const TEXT_FILE = Buffer.from('Meeting notes: the distributor asked for exclusivity in Kinki.\n').toString('base64');
const LONG_LIST_CSV = Buffer.from('nameLatin,headquarters\nKazahana Trading K.K.,札幌市\n').toString('base64');
/** The form of a recovery key as a person types it (this one opens nothing). */
const RECOVERY_KEY = 'K7Q2M-9XW4P-T3R8V-N6J5B-H2C9D-F4G7S';
/** A few bytes of base64: only its form matters to the schema, and a short one keeps the format check cheap. */
const SMALL_BASE64 = Buffer.from('PK\u0003\u0004 not a real room').toString('base64');

/** The sample room with the extra records, and the base payloads over them. */
export function fuzzFixture(): FuzzFixture {
  const room = sampleRoom();
  const { dealRoomId } = room;
  const call = <N extends OperationName>(name: N, input: Record<string, unknown>) => ok(room.call(name, input));
  const detail = call('dealRooms.get', { dealRoomId });
  const [c0, c1] = detail.candidates;
  const [p0] = detail.pillars;
  const [k0, k1] = detail.criteria;
  const [e0, e1] = detail.evaluators;
  // The sheet of the sample that has phases, milestones and triggers.
  const sheet = detail.termSheets.find((s) => detail.triggers.some((t) => t.termSheetId === s.id));
  const phase = detail.phases.find((p) => p.termSheetId === sheet!.id)!;
  const milestone = detail.milestones.find((m) => m.phaseId === phase.id)!;
  const trigger = detail.triggers.find((t) => t.termSheetId === sheet!.id)!;
  const termComment = detail.termComments[0]!;

  const subject = call('candidates.create', { dealRoomId, fields: { nameLatin: 'Kasumi Bussan K.K.', nameJa: '霞物産株式会社' } });
  const answer = call('answers.record', {
    dealRoomId,
    candidateId: subject.id,
    questionText: 'Who signs purchase orders above ¥10 million?',
    answeredBy: 'Managing director',
    answeredOn: '2026-10-02',
    setting: 'one_to_one',
    text: 'The board, monthly.',
  });
  const flag = call('flags.log', { dealRoomId, candidateId: subject.id, fields: { said: 'Wants the whole of Japan from day one.' } });
  const [request, request2] = call('dueDiligence.add', { dealRoomId, candidateId: subject.id, items: [{ item: 'Audited accounts' }, { item: 'Import licence' }] });
  const evidence = call('evidence.add', {
    dealRoomId,
    candidateId: subject.id,
    attachedTo: 'candidate',
    attachedId: subject.id,
    fileName: 'notes.txt',
    mediaType: 'text/plain',
    contentBase64: TEXT_FILE,
  }).file;
  const person = (nameLatin: string, nameJa: string, role: string) => call('profiles.create', { fields: { nameLatin, nameJa, role } }).id;
  const bd = person('Mori Haruto', '森 陽翔', 'bd');
  const legal = person('Ueda Sora', '上田 空', 'legal');
  const exec = person('Ono Rika', '小野 里佳', 'executive');
  const route = call('routes.create', { fields: { name: 'Partner appointment', stages: [{ name: 'Legal', mode: 'any', approverIds: [legal] }, { name: 'Board', mode: 'all', approverIds: [exec] }] } });
  const proposal = call('proposals.create', { dealRoomId, routeId: route.id, drafterId: bd, fields: { title: 'Appoint for a pilot', recommendation: 'A pilot in Tohoku.', candidateId: c0!.id } });
  const backup = call('backups.create', {});
  const template = call('templates.saveFromRoom', { dealRoomId, nameEn: 'As scored in the sample' });
  const templateFile = call('templates.get', { templateId: template.id });
  const roomFile = call('dealRooms.export', { dealRoomId });
  const scope = { territory: ['JP-R-tohoku', 'JP-04'], channels: ['hospitals'], segments: ['ICU'], products: ['monitors'] };
  const target = { tier: 'base', metric: 'revenue', customMetric: '', value: 50_000_000, unit: 'JPY' };
  const phaseFields = { name: 'Pilot', startsOn: '2027-04-01', endsOn: '2027-09-30', exclusivity: 'conditional', scope, targets: [target] };
  const milestoneFields = { code: 'M9', metric: 'custom', customMetric: 'Hospital trials', description: 'Two trials running', target: 2, unit: 'trials', dueOn: '2027-09-30' };
  const triggerFields = {
    code: 'T9',
    name: 'Trials missed',
    condition: { quantifier: 'at_least', k: 1, outcome: 'missed', milestoneIds: [milestone.id], by: '2027-10-31' },
    actions: [
      { kind: 'grant_exclusivity', scope, months: 12, startsOn: '2027-11-01' },
      { kind: 'revert_non_exclusive', scope },
      { kind: 'extend_term', months: 6 },
      { kind: 'incentive_tier', tier: 'stretch' },
    ],
  };
  const clauses = {
    performanceClause: true,
    registrationHolder: 'principal',
    registrationTransfer: true,
    dataSharing: 'monthly',
    customerDataOwner: 'shared',
    exitAssistance: true,
    inventoryBuyBack: false,
    noticePeriodMonths: 6,
    nonCompeteMonths: 12,
    autoRenewal: false,
    rightToAppointOthers: true,
  };
  const candidateFields = {
    nameJa: '霞物産株式会社',
    nameLatin: 'Kasumi Bussan K.K.',
    headquarters: '仙台市',
    type: 'trading_house',
    website: 'https://kasumi.example',
    notes: 'Met at the Sendai trade fair.',
    origin: 'introducer',
    introducer: 'Tohoku chamber of commerce',
    introducerRelationship: 'Member',
    firstContactOn: '2026-09-14',
    approachedBy: 'they_approached_us',
    statedIntent: 'Wants a second line of imaging products.',
  };
  const roomFields = {
    name: 'Tohoku partner, 2027',
    productLine: 'Patient monitors',
    targetMarket: 'Tohoku hospitals',
    notes: 'Shortlist by March.',
    sensitivityMargin: 0.05,
    scoringMode: 'independent',
    rationaleRule: 'extremes',
    disagreementThreshold: 1.5,
  };
  const criterionFields = {
    pillarId: p0!.id,
    nameEn: 'After-sales engineers',
    nameJa: 'アフターサービス技術者',
    description: 'Engineers within two hours of each hospital.',
    anchor1: 'None',
    anchor3: 'Some',
    anchor5: 'Everywhere',
    weight: 10,
    knockout: false,
    passMark: 2,
    libraryKey: '',
  };
  const cell = { dealRoomId, candidateId: c1!.id, criterionId: k0!.id };
  const flagFields = { libraryKey: '', said: 'Needs exclusivity now.', saidBy: 'CEO', observedOn: '2026-10-01', source: 'Meeting', consequence: 'penalty', criterionId: k0!.id, penalty: 0.5, condition: '' };

  const bases: Partial<Record<OperationName, unknown>> = {
    'settings.get': {},
    'settings.update': { language: 'ja', lastDealRoomId: dealRoomId, backups: { intervalHours: 12, keep: 5 } },
    'dealRooms.list': { includeArchived: false },
    'dealRooms.get': { dealRoomId },
    'dealRooms.create': { ...roomFields, templateId: template.id },
    'dealRooms.update': { dealRoomId, patch: roomFields },
    'dealRooms.setArchived': { dealRoomId, archived: true },
    'dealRooms.delete': { dealRoomId },
    'dealRooms.export': { dealRoomId },
    'dealRooms.import': { file: roomFile },
    'dealRooms.changeLog': { dealRoomId, limit: 20, offset: 0 },
    'candidates.create': { dealRoomId, fields: candidateFields },
    'candidates.update': { dealRoomId, candidateId: c0!.id, patch: candidateFields },
    'candidates.delete': { dealRoomId, candidateId: c0!.id },
    'candidates.setCompared': { dealRoomId, candidateIds: [c0!.id, c1!.id] },
    'pillars.create': { dealRoomId, fields: { nameEn: 'Service', nameJa: 'サービス', weight: 10 } },
    'pillars.update': { dealRoomId, pillarId: p0!.id, patch: { nameEn: 'Reach', nameJa: '販売網', weight: 25 } },
    'pillars.delete': { dealRoomId, pillarId: p0!.id },
    'criteria.create': { dealRoomId, fields: criterionFields },
    'criteria.update': { dealRoomId, criterionId: k0!.id, patch: criterionFields },
    'criteria.delete': { dealRoomId, criterionId: k0!.id },
    'evaluators.create': { dealRoomId, fields: { name: 'Kudo Aoi', department: 'Finance', role: 'Controller' } },
    'evaluators.update': { dealRoomId, evaluatorId: e0!.id, patch: { name: 'Kudo Aoi', department: 'Finance', role: 'Controller' } },
    'evaluators.delete': { dealRoomId, evaluatorId: e0!.id },
    'evaluators.submitSheet': { dealRoomId, evaluatorId: e0!.id },
    'evaluators.reopenSheet': { dealRoomId, evaluatorId: e0!.id, reason: 'Scored the wrong candidate.' },
    'conflicts.declare': { dealRoomId, evaluatorId: e0!.id, candidateId: c1!.id, status: 'conflict', note: 'Former employer.' },
    'scores.set': { ...cell, evaluatorId: e1!.id, value: 3.5, rationale: 'Strong in Sendai.', confidence: 'high' },
    'scores.clear': { ...cell, evaluatorId: e1!.id },
    'consensus.set': { ...cell, value: 3, reason: 'Agreed on the panel.' },
    'consensus.clear': cell,
    'dissent.set': { ...cell, evaluatorId: e1!.id, note: 'I would give 4.' },
    'dissent.clear': { ...cell, evaluatorId: e1!.id },
    'weights.apply': { dealRoomId, pillarId: '', method: 'direct', weights: detail.pillars.map((p) => ({ id: p.id, weight: 20 })) },
    'templates.list': {},
    'templates.get': { templateId: template.id },
    'templates.saveFromRoom': { dealRoomId, nameEn: 'Imaging partners', nameJa: '画像診断の提携先', description: 'As scored in 2026.' },
    'templates.import': { file: templateFile },
    'templates.delete': { templateId: template.id },
    'signals.set': { dealRoomId, candidateId: c0!.id, signal: 'measured_pace', reading: 'warning', note: 'Asked for exclusivity at the first meeting.' },
    'pipeline.moveStage': { dealRoomId, candidateId: subject.id, stage: 'declined', reason: 'No service network.', override: { reason: 'Board asked for it.' } },
    'pipeline.stageHistory': { dealRoomId, candidateId: c0!.id },
    'longList.preview': { dealRoomId, fileName: 'long-list.csv', contentBase64: LONG_LIST_CSV },
    'longList.import': { dealRoomId, fileName: 'long-list.csv', contentBase64: LONG_LIST_CSV, mapping: { nameLatin: 0, headquarters: 1 }, headerRow: true },
    'longList.page': {
      dealRoomId,
      offset: 0,
      limit: 50,
      sort: { key: 'name', direction: 'asc' },
      filter: { text: 'Kasumi', stages: ['long_list', 'screening'], origins: ['introducer'] },
    },
    'interviews.setGuide': { dealRoomId, candidateId: subject.id, items: [{ questionKey: '', customText: 'Which hospitals buy from you today?' }] },
    'answers.record': {
      dealRoomId,
      candidateId: subject.id,
      questionKey: '',
      questionText: 'How many engineers?',
      answeredBy: 'Service manager',
      answeredOn: '2026-10-03',
      setting: 'group_meeting',
      text: 'Twelve, in four cities.',
      criterionIds: [k0!.id, k1!.id],
    },
    'answers.update': {
      dealRoomId,
      answerId: answer.id,
      patch: { answeredBy: 'CFO', answeredOn: '2026-10-04', setting: 'written', text: 'Fourteen.', criterionIds: [k1!.id] },
    },
    'answers.delete': { dealRoomId, answerId: answer.id },
    'flags.log': { dealRoomId, candidateId: subject.id, fields: flagFields },
    'flags.update': { dealRoomId, flagId: flag.id, patch: flagFields },
    'flags.setStatus': { dealRoomId, flagId: flag.id, status: 'confirmed', outcome: 'Confirmed in writing.', consequence: 'penalty', criterionId: k0!.id, penalty: 0.5, condition: '' },
    'flags.delete': { dealRoomId, flagId: flag.id },
    'evidence.add': { dealRoomId, candidateId: subject.id, attachedTo: 'flag', attachedId: flag.id, fileName: 'letter.txt', mediaType: 'text/plain', contentBase64: TEXT_FILE },
    'evidence.read': { dealRoomId, evidenceId: evidence.id },
    'evidence.remove': { dealRoomId, evidenceId: evidence.id },
    'dueDiligence.add': { dealRoomId, candidateId: subject.id, items: [{ item: 'Insurance', requestedOn: '2026-10-01', dueOn: '2026-10-31', status: 'requested', note: 'Product liability.' }] },
    'dueDiligence.update': { dealRoomId, itemId: request!.id, patch: { item: 'Audited accounts (3 years)', requestedOn: '2026-10-01', dueOn: '2026-11-15', status: 'received', note: 'From the auditor.' } },
    'dueDiligence.remove': { dealRoomId, itemId: request!.id },
    'dueDiligence.reorder': { dealRoomId, candidateId: subject.id, itemIds: [request2!.id, request!.id] },
    'search.query': { dealRoomId, query: 'Sendai hospitals', limit: 10 },
    'exports.xlsx': { dealRoomId, lang: 'ja' },
    'exports.csv': { dealRoomId, table: 'candidates', lang: 'en' },
    'backups.list': {},
    'backups.create': {},
    'backups.preview': { backupId: backup.id },
    'backups.restore': { backupId: backup.id, confirm: true },
    'backups.delete': { backupId: backup.id },
    'portable.export': { dealRoomId },
    'portable.inspect': { contentBase64: SMALL_BASE64 },
    'portable.import': { contentBase64: SMALL_BASE64, mode: 'replace', replaceRoomId: dealRoomId },
    'people.get': {},
    'profiles.create': { fields: { nameJa: '石原 楓', nameLatin: 'Ishihara Kaede', department: 'Legal', title: 'Counsel', role: 'legal' } },
    'profiles.update': { profileId: bd, patch: { nameJa: '森 陽翔', nameLatin: 'Mori Haruto', department: 'BD', title: 'Manager', role: 'bd' } },
    'profiles.delete': { profileId: bd },
    'profiles.setActing': { profileId: bd },
    'routes.create': { fields: { name: 'Quick route', stages: [{ name: 'Board', mode: 'all', approverIds: [exec, legal] }] } },
    'routes.update': { routeId: route.id, patch: { name: 'Partner appointment (2027)', stages: [{ name: 'Board', mode: 'any', approverIds: [exec] }] } },
    'routes.delete': { routeId: route.id },
    'proposals.list': { dealRoomId },
    'proposals.create': { dealRoomId, routeId: route.id, drafterId: bd, fields: { title: 'Appoint Kasumi', recommendation: 'Pilot first.', candidateId: subject.id } },
    'proposals.update': { dealRoomId, proposalId: proposal.id, patch: { title: 'Appoint for a Tohoku pilot', recommendation: 'Twelve months.', candidateId: c0!.id }, refreshSnapshot: true },
    'proposals.circulate': { dealRoomId, proposalId: proposal.id },
    'proposals.comment': { dealRoomId, proposalId: proposal.id, authorId: legal, body: 'Check the notice period.' },
    'proposals.decide': { dealRoomId, proposalId: proposal.id, approverId: legal, actorId: legal, kind: 'delegate', comment: 'Away next week.', delegateToId: exec },
    'proposals.revise': { dealRoomId, proposalId: proposal.id },
    'proposals.withdraw': { dealRoomId, proposalId: proposal.id, reason: 'Superseded.' },
    'proposals.liveDiff': { dealRoomId, proposalId: proposal.id },
    'audit.list': { dealRoomId, actor: 'local user', entity: 'candidate', from: '2026-01-01T00:00:00Z', before: '2027-01-01T00:00:00+09:00', limit: 20, offset: 0 },
    'audit.verify': { dealRoomId },
    'terms.createSheet': { dealRoomId, candidateId: subject.id, start: 'staged_outline', startsOn: '2027-04-01', fields: { title: 'Tohoku draft', reviewer: 'Ueda', notes: 'First draft.', clauses } },
    'terms.updateSheet': { dealRoomId, termSheetId: sheet!.id, patch: { title: 'Revised draft', reviewer: 'Ueda', notes: 'Second draft.', clauses } },
    'terms.setReviewStatus': { dealRoomId, termSheetId: sheet!.id, status: 'changes_requested', note: 'Shorten the exclusivity.', author: 'Ueda' },
    'terms.deleteSheet': { dealRoomId, termSheetId: sheet!.id },
    'terms.addPhase': { dealRoomId, termSheetId: sheet!.id, fields: phaseFields },
    'terms.updatePhase': { dealRoomId, phaseId: phase.id, patch: phaseFields },
    'terms.deletePhase': { dealRoomId, phaseId: phase.id },
    'terms.addMilestone': { dealRoomId, phaseId: phase.id, fields: milestoneFields },
    'terms.updateMilestone': { dealRoomId, milestoneId: milestone.id, patch: { ...milestoneFields, phaseId: phase.id } },
    'terms.recordOutcome': { dealRoomId, milestoneId: milestone.id, status: 'waived', actual: 1, settledOn: '2027-09-30', evidence: 'Report Q3', waivedReason: 'Regulator delay.' },
    'terms.deleteMilestone': { dealRoomId, milestoneId: milestone.id },
    'terms.addTrigger': { dealRoomId, termSheetId: sheet!.id, fields: triggerFields },
    'terms.updateTrigger': { dealRoomId, triggerId: trigger.id, patch: triggerFields },
    'terms.deleteTrigger': { dealRoomId, triggerId: trigger.id },
    'terms.addComment': { dealRoomId, termSheetId: sheet!.id, clause: `phase:${phase.id}`, author: 'Ueda', body: 'Why conditional?' },
    'terms.resolveComment': { dealRoomId, commentId: termComment.id, resolved: true },
    'terms.deleteComment': { dealRoomId, commentId: termComment.id },
    'terms.commitmentsElsewhere': { dealRoomId, asOf: '2027-06-30' },
    'encryption.newRecoveryKey': {},
    'encryption.encrypt': { dealRoomId, recoveryKey: RECOVERY_KEY, writtenDown: true },
    'encryption.unlock': { dealRoomId, recoveryKey: RECOVERY_KEY },
    'encryption.lock': { dealRoomId },
    'encryption.decrypt': { dealRoomId, confirm: true },
    'print.pdf': {
      dealRoomId,
      options: { paper: 'a3', orientation: 'portrait', lang: 'both', approvalLabels: ['Legal', '部長'], confidentiality: 'Confidential', proposalId: proposal.id },
      printDate: '2026-12-01',
    },
  };
  return { room, bases };
}
