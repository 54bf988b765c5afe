/**
 * Internal structure and who decides: an inbound approach may be one
 * enthusiastic person's idea that nobody above them has approved (DOMAIN.md,
 * "Intake"), so these questions find the decision maker and the team.
 */
import { questionsOf } from '../bank-types';

export const STRUCTURE_QUESTIONS = questionsOf([
  {
    key: 'structure.who-decides',
    theme: 'structure-and-decisions',
    text: {
      en: 'Who in your company decides to take on a new line like ours, and has that person been part of our talks so far?',
      ja: '当社のような新しい商材の取扱いは、社内のどなたが決定しますか。その方はこれまでの協議に加わっていますか。',
    },
    goodAnswer: {
      en: 'Names the decision maker, who has met us or has approved the talks in writing.',
      ja: '決裁者の名前を挙げられ、その方が面談に同席しているか、協議を書面で承認している。',
    },
    informs: ['executive-backing'],
  },
  {
    key: 'structure.approval-path',
    theme: 'structure-and-decisions',
    text: {
      en: 'Which departments must approve a partnership like this, in what order, and how long does your internal approval usually take?',
      ja: '今回のような提携には、どの部署の承認がどの順番で必要ですか。社内の稟議には通常どのくらいの期間がかかりますか。',
    },
    goodAnswer: {
      en: 'Describes the circulation for sign-off (ringi), the departments on it, and realistic durations.',
      ja: '稟議の回付先と順序、現実的な所要期間を具体的に説明できる。',
    },
    informs: ['executive-backing', 'cultural-fit'],
  },
  {
    key: 'structure.team',
    theme: 'structure-and-decisions',
    text: {
      en: 'Who would form the team for our line: names, roles, the share of their time, and who would lead it?',
      ja: '当社製品を担当するチームの構成を教えてください。氏名、役割、業務時間に占める割合、責任者はどなたですか。',
    },
    goodAnswer: {
      en: 'Named people with a realistic share of their time, and a leader with the authority to act.',
      ja: '氏名と役割、現実的な稼働割合が示され、実際に権限を持つ責任者がいる。',
    },
    informs: ['dedicated-team', 'portfolio-priority'],
  },
  {
    key: 'structure.origin-of-interest',
    theme: 'structure-and-decisions',
    text: {
      en: 'How did the idea of working with us start inside your company, and who else supports it?',
      ja: '当社との取引のお話は、社内でどのように始まりましたか。ほかにどなたが賛同されていますか。',
    },
    goodAnswer: {
      en: 'Support goes beyond one enthusiastic person: a department or the management has discussed it.',
      ja: '熱心な1人だけでなく、部門や経営層で検討された形跡がある。',
    },
    informs: ['executive-backing', 'growth-alignment'],
  },
  {
    key: 'structure.escalation',
    theme: 'structure-and-decisions',
    text: {
      en: 'When a problem with a customer or a shipment cannot be solved at working level, to whom do we escalate, and how quickly do they respond?',
      ja: '顧客や出荷の問題が現場レベルで解決できない場合、どなたにエスカレーションすればよいですか。どのくらいで対応していただけますか。',
    },
    goodAnswer: {
      en: 'A named escalation path with response times that already works with other principals.',
      ja: 'エスカレーション先と対応期限が明確で、他社との取引でも実際に機能している。',
    },
    informs: ['proactive-communication', 'commitments-kept'],
  },
]);
