/** Culture and operations: explanations for why decisions and feedback never land. */
import { entriesOf } from '../red-flag-types';

export const CULTURE_AND_OPERATIONS_FLAGS = entriesOf([
  {
    key: 'president-must-review',
    category: 'culture-and-operations',
    said: {
      en: 'Our president needs to review this personally before we can answer.',
      ja: 'この件は社長が自ら確認しないとお返事できません。',
    },
    signals: {
      en: 'There is always one more level: stalling, or no one inside who champions the deal.',
      ja: '常に「もう一段上」がある。引き延ばし、あるいは社内に推進役がいない。',
    },
    check: {
      en: 'Ask who exactly decides and by what date, and count how often a decision has been sent one level higher.',
      ja: '誰がいつまでに決めるのかを具体的に尋ね、判断が上に回された回数を数える。',
    },
    consequence: { kind: 'penalty', criterionKey: 'executive-backing', points: 1 },
  },
  {
    key: 'direct-feedback-does-not-work',
    category: 'culture-and-operations',
    said: {
      en: 'Direct feedback does not work here; we will handle any problem quietly on our side.',
      ja: 'こちらでは率直な指摘はなじみません。問題があれば当社で内々に対処します。',
    },
    signals: {
      en: 'Problems kept from the principal until they are too large to fix.',
      ja: '問題が手遅れになるまでメーカーに知らされない。',
    },
    check: {
      en: 'Agree a written issue log reviewed at every meeting, and see whether they ever add an entry themselves.',
      ja: '毎回の打ち合わせで確認する課題管理表を書面で取り決め、相手が自ら項目を書き込むかを見る。',
    },
    consequence: { kind: 'penalty', criterionKey: 'proactive-communication', points: 1 },
  },
  {
    key: 'yes-meant-we-will-try',
    category: 'culture-and-operations',
    said: {
      en: 'When we said yes, we meant we would try our best.',
      ja: '「はい」と申し上げたのは、前向きに検討するという意味でした。',
    },
    signals: {
      en: 'Agreement in the meeting that was never a commitment: the polite answer, not the real one.',
      ja: '会議での同意が約束ではなかった。建前の返事で、本音ではない。',
    },
    check: {
      en: 'After each meeting, send the commitments in writing with an owner and a date, and count how many are kept.',
      ja: '打ち合わせのたびに約束事項を担当者と期日付きで書面にして送り、守られた件数を数える。',
    },
    consequence: { kind: 'penalty', criterionKey: 'commitments-kept', points: 1.5 },
  },
  {
    key: 'cannot-use-your-systems',
    category: 'culture-and-operations',
    said: {
      en: 'We cannot use your portal or systems; our IT rules do not allow it.',
      ja: '御社のポータルやシステムは、当社のIT規程上使えません。',
    },
    signals: {
      en: 'Avoiding a shared record that would make their activity visible.',
      ja: '活動が見えるようになる共有の記録を避けたい。',
    },
    check: {
      en: 'Ask whether they use other principals’ portals, and offer a plain file export instead; see whether that arrives.',
      ja: '他のメーカーのポータルを使っているかを尋ね、代わりに単純なファイル出力での提出を提案して、実際に届くかを見る。',
    },
    consequence: { kind: 'note' },
  },
  {
    key: 'one-person-handles-everything',
    category: 'culture-and-operations',
    said: {
      en: 'Don’t worry, our director will look after your line personally.',
      ja: 'ご安心ください。御社の製品は部長が自ら責任を持って担当します。',
    },
    signals: {
      en: 'One enthusiastic person rather than a committed team; the plan leaves with them.',
      ja: '組織としての取り組みではなく、熱心な個人頼み。その人が異動すれば計画も消える。',
    },
    check: {
      en: 'Meet the people who would actually work on the line, and ask who covers when that person is away or moves on.',
      ja: '実際に担当する社員と面談し、その人の不在時や異動時に誰が引き継ぐのかを確認する。',
    },
    consequence: { kind: 'penalty', criterionKey: 'dedicated-team', points: 1 },
  },
]);
