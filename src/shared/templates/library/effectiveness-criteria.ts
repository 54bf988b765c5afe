/**
 * Effectiveness: does the partner turn the market's potential into sales?
 * DOMAIN.md lists sales against potential, access to key accounts and opinion
 * leaders, the field force, marketing, conferences and customer education.
 */
import { criteriaOf } from '../library-types';

export const EFFECTIVENESS_CRITERIA = criteriaOf([
  {
    key: 'sales-vs-potential',
    pillar: 'effectiveness',
    scope: 'general',
    suggestedWeight: 25,
    suggestedKnockout: false,
    name: { en: 'Sales against market potential', ja: '市場ポテンシャルに対する販売実績' },
    description: {
      en: 'How much of the reachable market the partner actually converts with lines like ours, judged against an estimate of the potential in its territory rather than against its own last year.',
      ja: '担当地域の市場規模の見積もりに対して、当社と同種の商品でどれだけ販売を実現しているか。前年比ではなく、市場ポテンシャル比で判断する。',
    },
    anchor1: {
      en: 'Cannot say what its territory is worth; growth is quoted only against its own past, and comparable lines hold a small share.',
      ja: '担当地域の市場規模を説明できない。成長率は自社の過去実績との比較のみで、類似商品のシェアも低い。',
    },
    anchor3: {
      en: 'Has a rough estimate of the potential and reaches a moderate share of it with comparable lines; knows the gap but has no plan to close it.',
      ja: '市場規模をおおまかに把握しており、類似商品で一定のシェアを得ている。差は認識しているが、埋めるための計画はない。',
    },
    anchor5: {
      en: 'Shows a territory-level estimate of the potential with its sources, holds a leading share with comparable lines, and explains where the remaining potential lies and how it will be reached.',
      ja: '出典を明示した地域別の市場規模を示し、類似商品で上位のシェアを持つ。残る市場機会の所在と、その獲得方法を具体的に説明できる。',
    },
  },
  {
    key: 'key-account-access',
    pillar: 'effectiveness',
    scope: 'general',
    suggestedWeight: 20,
    suggestedKnockout: false,
    name: { en: 'Access to key accounts', ja: '主要顧客へのアクセス' },
    description: {
      en: 'Whether the partner reaches the accounts that decide the market (for medical products, the leading hospitals and their purchasing departments), and whether it will take us to meet them.',
      ja: '市場を左右する主要顧客（医療分野では基幹病院とその購買部門）に実際の接点があるか。また、当社をその顧客に引き合わせる意思があるか。',
    },
    anchor1: {
      en: 'Few or none of the target accounts buy from it today; meeting them would start from cold calls.',
      ja: '対象となる主要顧客との取引がほとんどなく、面談は飛び込み営業から始めることになる。',
    },
    anchor3: {
      en: 'Regular business with some target accounts in part of the territory; can arrange meetings with buyers but rarely with the people who choose the product.',
      ja: '担当地域の一部で、いくつかの主要顧客と継続的に取引している。購買担当者との面談は設定できるが、製品選定の決定者との面談はまれ。',
    },
    anchor5: {
      en: 'Named contacts at most target accounts across the territory, among both buyers and users; has taken other principals to meet them and offers us the same.',
      ja: '担当地域の主要顧客の大半に、購買部門・現場の双方で名前の分かる窓口を持つ。他社製品でも顧客訪問に同行させた実績があり、当社にも同様の機会を提案している。',
    },
  },
  {
    key: 'field-force',
    pillar: 'effectiveness',
    scope: 'general',
    suggestedWeight: 15,
    suggestedKnockout: false,
    name: { en: 'Field force quality and activity', ja: '営業部隊の質と活動量' },
    description: {
      en: 'The people who would sell and support our line: how many, how skilled with products like ours, and how active, counted in visits, demonstrations and follow-ups.',
      ja: '当社製品を販売・支援する人員の数、同種製品に関する知識と技能、そして訪問・デモ・フォローアップの件数で見た活動量。',
    },
    anchor1: {
      en: 'Generalist sales staff with no experience of our kind of product; no activity figures can be shown.',
      ja: '当社製品分野の経験がない一般的な営業担当のみ。活動量を示すデータもない。',
    },
    anchor3: {
      en: 'A small team with relevant experience, shared with other lines; activity is reported on request, as totals rather than per account.',
      ja: '関連分野の経験を持つ少人数のチームがいるが、他の商品と兼任。活動実績は求めれば出るが、顧客別ではなく合計値のみ。',
    },
    anchor5: {
      en: 'Trained specialists in every region of the territory, a planned visit cadence, and activity reports per account and per person shared monthly without being asked.',
      ja: '担当地域の全エリアに訓練された専門人員を配置し、計画的な訪問頻度を持つ。顧客別・担当者別の活動報告を、求められなくても毎月共有している。',
    },
  },
  {
    key: 'kol-engagement',
    pillar: 'effectiveness',
    scope: 'general',
    suggestedWeight: 15,
    suggestedKnockout: false,
    name: { en: 'Opinion-leader engagement', ja: 'KOL（キーオピニオンリーダー）との関係' },
    description: {
      en: 'Working relationships with the opinion leaders whose word moves the market (leading physicians for medical products, recognised experts elsewhere), and the ability to involve them in education and product evaluation within the rules.',
      ja: '市場に影響力を持つキーオピニオンリーダー（医療分野では指導的立場の医師、他分野では業界の第一人者）との関係と、ルールの範囲内で彼らを教育活動や製品評価に巻き込む力。',
    },
    anchor1: {
      en: 'No relationships with opinion leaders; would rely on us to find them.',
      ja: 'KOLとの関係がなく、その開拓を当社に頼ることになる。',
    },
    anchor3: {
      en: 'Knows several opinion leaders and works with them now and then, mostly at events paid for by principals.',
      ja: '複数のKOLと面識があり、時折協働しているが、多くはメーカー負担のイベントを通じたもの。',
    },
    anchor5: {
      en: 'Long-standing relationships with the leading voices of our field, who already use or speak about products it carries; every engagement is contracted and documented.',
      ja: '当社分野の主要なKOLと長年の関係があり、取扱製品を実際に使用・紹介している。協働はすべて契約と記録に基づき適正に管理されている。',
    },
  },
  {
    key: 'marketing-localisation',
    pillar: 'effectiveness',
    scope: 'general',
    suggestedWeight: 10,
    suggestedKnockout: false,
    name: { en: 'Marketing and localisation', ja: 'マーケティングと現地化' },
    description: {
      en: 'Whether the partner markets actively and adapts our material to the Japanese market (language, evidence, the formats customers expect), and how quickly material gets through its approvals.',
      ja: '積極的にマーケティングを行い、当社の資料を日本市場向け（言語、根拠データ、顧客が期待する形式）に適合させられるか。また、社内承認をどれだけ速く通せるか。',
    },
    anchor1: {
      en: 'Uses our English material as it is, or none at all; no marketing plan or budget of its own.',
      ja: '当社の英語資料をそのまま使うか、何も使わない。独自のマーケティング計画も予算もない。',
    },
    anchor3: {
      en: 'Translates the core material and runs some campaigns, but localisation waits on us and takes months.',
      ja: '主要資料は翻訳し、いくつかの施策も実施するが、現地化は当社任せで数か月かかる。',
    },
    anchor5: {
      en: 'A written annual marketing plan per line it carries; localises material itself with subject experts and has it approved within weeks.',
      ja: '取扱商品ごとに年間マーケティング計画書があり、専門スタッフが自ら資料を現地化し、数週間で承認まで進める。',
    },
  },
  {
    key: 'event-presence',
    pillar: 'effectiveness',
    scope: 'general',
    suggestedWeight: 5,
    suggestedKnockout: false,
    name: { en: 'Presence at conferences and trade events', ja: '学会・展示会での存在感' },
    description: {
      en: 'How visible the partner is where customers gather (congresses, trade fairs, seminars), and whether it runs events of its own.',
      ja: '顧客が集まる場（学会、展示会、セミナー）での露出度と、自社主催のイベントを運営しているか。',
    },
    anchor1: {
      en: 'Neither exhibits nor attends; no events of its own.',
      ja: '出展も参加もしておらず、自社イベントもない。',
    },
    anchor3: {
      en: 'Exhibits at one or two major events a year, usually on a principal’s stand or budget.',
      ja: '年に1〜2回主要イベントに出展するが、多くはメーカーのブースや予算によるもの。',
    },
    anchor5: {
      en: 'A regular exhibitor at the main events of our field with its own seminar programme, and can show the leads it gained there and what became of them.',
      ja: '当社分野の主要イベントに毎回出展し、独自のセミナーも開催。そこから得た引き合いとその後の対応を数字で示せる。',
    },
  },
  {
    key: 'customer-education',
    pillar: 'effectiveness',
    scope: 'general',
    suggestedWeight: 10,
    suggestedKnockout: false,
    name: { en: 'Customer education and training', ja: '顧客教育・トレーニング' },
    description: {
      en: 'The ability to teach customers to use the product well (training sessions, material in Japanese, follow-up), which brings repeat business and safe use.',
      ja: '顧客が製品を正しく使いこなせるよう教育する力（研修、日本語資料、導入後のフォロー）。リピートと安全な使用につながる。',
    },
    anchor1: {
      en: 'No training on offer; customers are left with the manual.',
      ja: 'トレーニングの提供がなく、顧客は取扱説明書だけで対応している。',
    },
    anchor3: {
      en: 'Trains on request at installation or first order; little follow-up afterwards.',
      ja: '導入時や初回発注時に、依頼があれば研修を行う。その後のフォローはほとんどない。',
    },
    anchor5: {
      en: 'A structured programme with qualified trainers, Japanese material, attendance records and refresher sessions.',
      ja: '資格を持つトレーナー、日本語教材、受講記録、定期的な再研修を備えた体系的なプログラムがある。',
    },
  },
  {
    key: 'channel-coverage',
    pillar: 'effectiveness',
    scope: 'general',
    suggestedWeight: 10,
    suggestedKnockout: false,
    name: { en: 'Channel and territory coverage', ja: '販売チャネル・地域のカバー率' },
    description: {
      en: 'How much of the intended territory and customer segments the partner covers today, through its own offices or through sub-distributors it manages.',
      ja: '想定する地域と顧客セグメントのうち、自社拠点または管理下の二次代理店を通じて現在どこまでカバーしているか。',
    },
    anchor1: {
      en: 'Covers one city or one segment; the rest of the territory would be new to it.',
      ja: '一都市または一つのセグメントしかカバーしておらず、それ以外の地域は未開拓。',
    },
    anchor3: {
      en: 'Covers the main metropolitan areas directly and part of the rest through sub-distributors it knows only loosely.',
      ja: '主要都市圏は直接カバーし、その他の地域の一部は、関係の薄い二次代理店を通じてカバーしている。',
    },
    anchor5: {
      en: 'Covers the whole intended territory and every segment, directly or through sub-distributors under written agreements and regular review.',
      ja: '想定地域とセグメント全体を、直接または契約と定期レビューのもとで管理された二次代理店を通じてカバーしている。',
    },
  },
]);
