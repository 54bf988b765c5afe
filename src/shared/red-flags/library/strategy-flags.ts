/** Strategy: explanations for why the partner will not really go after the market. */
import { entriesOf } from '../red-flag-types';

export const STRATEGY_FLAGS = entriesOf([
  {
    key: 'product-does-not-fit-mindset',
    category: 'strategy',
    said: {
      en: 'Honestly, your product does not fit the way people think here.',
      ja: '率直に申し上げて、御社の製品は日本の考え方に合わないと思います。',
    },
    signals: {
      en: 'No study of the market behind the opinion, or a preference for a competing line they already sell.',
      ja: '市場を調べたうえでの意見ではない、あるいはすでに扱っている競合製品を優先したい。',
    },
    check: {
      en: 'Ask for their market analysis: segment size, competitors, price levels, and what exactly would have to change for the product to fit.',
      ja: '市場規模、競合、価格帯を含む相手の市場分析と、製品のどこを変えれば合うのかを具体的に尋ねる。',
    },
    consequence: { kind: 'penalty', criterionKey: 'plan-fit', points: 1 },
  },
  {
    key: 'not-profitable-enough',
    category: 'strategy',
    said: {
      en: 'At this margin we cannot afford to focus on your product.',
      ja: 'この利益率では、御社の製品に力を注ぐ余裕はありません。',
    },
    signals: {
      en: 'A bargaining move, or a sign that our line would sit at the bottom of their portfolio.',
      ja: '条件交渉の駆け引き、あるいは当社製品が取扱製品の中で最下位の扱いになる兆し。',
    },
    check: {
      en: 'Ask for the margin range of their other lines and the effort they put behind lines with lower margins than ours.',
      ja: '他の取扱製品の利益率の幅と、当社より利益率の低い製品にどれだけ営業をかけているかを確認する。',
    },
    consequence: { kind: 'penalty', criterionKey: 'portfolio-priority', points: 1 },
  },
  {
    key: 'wait-and-see',
    category: 'strategy',
    said: {
      en: 'Let’s wait and see how the market develops before we invest.',
      ja: '投資するかどうかは、市場の動きを見てから判断させてください。',
    },
    signals: {
      en: 'Holding the rights to keep a competitor out, without committing to anything.',
      ja: '何も約束せずに権利だけを押さえ、競合を締め出したい。',
    },
    check: {
      en: 'Ask for a launch plan with dates and named people, and check which competing lines they carry.',
      ja: '日付と担当者名の入った立ち上げ計画を求め、どの競合製品を扱っているかを確認する。',
    },
    consequence: {
      kind: 'contract_condition',
      condition: {
        en: 'No exclusivity before the launch milestones are met; if the launch plan has not started within six months, we may appoint another partner.',
        ja: '立ち上げのマイルストーンを達成するまで独占権は与えない。6か月以内に立ち上げ計画が始まらない場合、当社は他の販売店を起用できる。',
      },
    },
  },
  {
    key: 'competing-line-no-conflict',
    category: 'strategy',
    said: {
      en: 'Carrying your competitor’s product is no conflict for us; the two serve different customers.',
      ja: '御社の競合製品も扱っていますが、お客様が違うので問題はありません。',
    },
    signals: {
      en: 'Our product as one line among many, competing inside the partner for the same sales time.',
      ja: '当社製品は数ある製品の一つにすぎず、同じ営業時間を社内で取り合うことになる。',
    },
    check: {
      en: 'Ask how their salespeople are paid across the two lines, and which product they would propose to a typical account in our segment.',
      ja: '両製品について営業担当者の評価・報酬がどう決まるか、当社の対象分野の典型的な顧客にどちらを勧めるかを尋ねる。',
    },
    consequence: { kind: 'penalty', criterionKey: 'competing-lines', points: 1.5 },
  },
]);
