/**
 * Which column probably fills which field, from the header cells' words in
 * English or Japanese ("会社名", "本社所在地", "URL", "備考", "First contact").
 * A header is compared by its word key (field-words.ts): exactly first, then
 * by containing a telling word ("紹介者名" holds 紹介者). A plain "company
 * name" column goes to the Japanese or the Latin name by what is written in
 * it. Each field gets at most one column and each column at most one field.
 */
import type { LongListField } from '../../shared/long-list/long-list-fields';
import type { TableRow } from './table-rows';
import { wordKey } from './field-words';

type NonNameField = Exclude<LongListField, 'nameJa' | 'nameLatin'>;

/** Header words per field; the longer ones are also looked for inside a header. */
const HEADER_WORDS: Record<NonNameField, readonly string[]> = {
  // Checked first: "紹介者名" and "introducer name" hold a name word too.
  introducer: ['introducer', 'introduced by', 'referrer', 'referred by', '紹介者', '紹介元', '仲介者'],
  firstContactOn: ['first contact', 'first contact date', 'first contacted', 'date of first contact', 'first contact on', '初回接触日', '初回接触', '初回コンタクト', '初回連絡日', '初回面談日', '接触日'],
  statedIntent: ['stated intent', 'intent', 'intention', 'what they want', '意向', '先方の意向', '関心事項'],
  origin: ['origin', 'lead source', 'source', 'how they came', '経路', '接触経路', '流入経路', 'きっかけ', '出所'],
  website: ['website', 'web site', 'web', 'url', 'homepage', 'home page', 'hp', 'site', 'ホームページ', 'ウェブサイト', 'webサイト', 'サイト'],
  headquarters: ['headquarters', 'head office', 'hq', 'location', 'address', 'city', 'prefecture', '本社', '本社所在地', '所在地', '住所', '本店', '本店所在地', '都道府県'],
  type: ['type', 'partner type', 'company type', 'category', 'kind', 'business type', '種別', '種類', '業態', '形態', '区分', 'パートナー種別', '取引形態'],
  notes: ['notes', 'note', 'remarks', 'comments', 'comment', 'memo', '備考', 'メモ', '注記', 'コメント', '特記事項'],
};

const NAME_WORDS = ['company', 'name', 'firm', 'organisation', 'organization', 'partner', 'candidate', '会社', '社名', '企業', '法人', '名称', '商号', '取引先'];
const LATIN_MARKERS = ['english', 'latin', 'romaji', 'roman', '(en)', '英', 'ローマ字'];
const JAPANESE_MARKERS = ['japanese', 'kanji', '(ja)', '(jp)', '日本語', '和文', '漢字', 'カナ', 'かな'];

/** A header about a person or a way to reach one is not the company's name, nor its address. */
const NOT_A_NAME = ['contact', 'person', 'representative', 'mail', 'phone', '担当', '代表者', 'メール', '電話'];
/** A legal form is part of a company's name, not of a column's: a row holding one is data. */
const LEGAL_FORMS = ['株式会社', '有限会社', '合同会社', '(株)', '(有)', 'kk', 'ltd', 'inc', 'corp', 'gmbh'];
/** Column names are short; a longer cell is a value. */
const MAX_HEADER_LENGTH = 40;
const NOT_A_FIELD = ['mail', 'phone', 'fax', 'メール', '電話'];

const JAPANESE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A word long enough to be looked for inside a header without matching by accident. */
const findableInside = (key: string) => key.length >= (/^[\x20-\x7e]+$/.test(key) ? 4 : 2);

function fieldOfHeader(key: string, exactOnly: boolean): NonNameField | null {
  const looseOk = !NOT_A_FIELD.some((w) => key.includes(wordKey(w)));
  for (const [field, words] of Object.entries(HEADER_WORDS) as [NonNameField, readonly string[]][]) {
    for (const w of words) {
      const k = wordKey(w);
      if (k === key || (!exactOnly && looseOk && findableInside(k) && key.includes(k))) return field;
    }
  }
  return null;
}

function nameFieldOfHeader(key: string): 'nameJa' | 'nameLatin' | 'either' | null {
  if (!NAME_WORDS.some((w) => key.includes(wordKey(w))) || NOT_A_NAME.some((w) => key.includes(wordKey(w)))) return null;
  if (LATIN_MARKERS.some((w) => key.includes(wordKey(w)))) return 'nameLatin';
  if (JAPANESE_MARKERS.some((w) => key.includes(wordKey(w)))) return 'nameJa';
  return 'either';
}

/** Whether most of a column's values are written in Japanese script. */
function mostlyJapanese(rows: readonly TableRow[], column: number): boolean {
  const values = rows.map((r) => r.cells[column] ?? '').filter((v) => v !== '');
  return values.filter((v) => JAPANESE_SCRIPT.test(v)).length * 2 > values.length;
}

export interface MappingSuggestion {
  /** Whether the first row reads as column names (some header was recognised). */
  headerRow: boolean;
  mapping: Partial<Record<LongListField, number>>;
}

export function suggestMapping(rows: readonly TableRow[]): MappingSuggestion {
  const header = rows[0]?.cells ?? [];
  const data = rows.slice(1);
  const mapping: Partial<Record<LongListField, number>> = {};
  const taken = new Set<number>();
  const assign = (field: LongListField, column: number) => {
    if (mapping[field] !== undefined || taken.has(column)) return;
    mapping[field] = column;
    taken.add(column);
  };
  const keys = header.map((cell) => {
    const key = wordKey(cell);
    const looksLikeData = key.length > MAX_HEADER_LENGTH || LEGAL_FORMS.some((w) => key.includes(wordKey(w)));
    return looksLikeData ? '' : key;
  });
  // Exact words first, so that "URL" is the website even when another header merely contains "site".
  keys.forEach((key, i) => {
    if (key === '') return;
    const field = fieldOfHeader(key, true);
    if (field) assign(field, i);
  });
  // Then names, before the looser search: "company type" is a type, but "会社名" is no address.
  keys.forEach((key, i) => {
    if (key === '' || taken.has(i) || fieldOfHeader(key, false)) return;
    const name = nameFieldOfHeader(key);
    if (name === 'nameJa' || name === 'nameLatin') assign(name, i);
  });
  keys.forEach((key, i) => {
    if (key === '' || taken.has(i) || fieldOfHeader(key, false) || nameFieldOfHeader(key) !== 'either') return;
    const preferred = mostlyJapanese(data, i) ? 'nameJa' : 'nameLatin';
    assign(mapping[preferred] === undefined ? preferred : preferred === 'nameJa' ? 'nameLatin' : 'nameJa', i);
  });
  keys.forEach((key, i) => {
    if (key === '' || taken.has(i)) return;
    const field = fieldOfHeader(key, false);
    if (field) assign(field, i);
  });
  return { headerRow: Object.keys(mapping).length > 0, mapping };
}
