/**
 * The rows of a long list read as candidates, with the user's mapping
 * (field → column). Every row is checked with the same zod schemas the
 * candidate form is checked with, plus the words of the type and origin
 * columns and the dates of first contact. All rows are read before anything
 * is stored: if any fails, the import is refused whole, naming each bad row
 * by its number in the file and the column at fault.
 */
import { validationError } from '../../shared/api/validation-message';
import { Candidate, type Language } from '../../shared/domain/entities';
import { columnLetter } from '../../shared/long-list/column-labels';
import { LONG_LIST_FIELDS, LONG_LIST_FIELD_LABEL_KEYS, type LongListField, type LongListMapping } from '../../shared/long-list/long-list-fields';
import { translator } from '../../shared/i18n/translator';
import { DomainError } from '../handlers/domain-error';
import { readCalendarDate } from './calendar-date-text';
import { readOrigin, readPartnerType } from './field-words';
import type { TableRow } from './table-rows';

export type LongListCandidate = Pick<Candidate, LongListField>;

/** Problems listed in one refusal; the rest are counted. */
const LISTED_PROBLEMS = 10;

/** "www.example.co.jp" as it is often written in a list: the address of a site all the same. */
const BARE_HOST = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?(\/\S*)?$/u;

/**
 * Text a spreadsheet would run as a formula when the list is opened again or
 * exported (OWASP's "CSV injection"): a cell starting with =, +, - or @,
 * unless what follows is a plain number ("-5", "+81", "-1,200.5") or
 * nothing ("-" for "none"), or a space (a list bullet: "- call back in May";
 * our own exports write such text inert in any case). A leading tab or
 * carriage return was trimmed off already (table-rows.ts), so "\t=cmd" is
 * caught as "=cmd".
 */
const FORMULA_LIKE = /^[=+\-@]/;
const SIGNED_NUMBER = /^[+-]?(\d[\d,]*)(\.\d+)?%?$/;
const BULLET = /^[+-][ \u3000]/;

function looksLikeFormula(text: string): boolean {
  return FORMULA_LIKE.test(text) && text.length > 1 && !SIGNED_NUMBER.test(text) && !BULLET.test(text);
}

type FieldResult<V> = { ok: true; value: V } | { ok: false; problem: string };

function fieldValue(field: LongListField, text: string, lang: Language): FieldResult<LongListCandidate[LongListField]> {
  const t = translator(lang);
  switch (field) {
    case 'type': {
      if (text === '') return { ok: true, value: 'distributor' };
      const type = readPartnerType(text);
      return type ? { ok: true, value: type } : { ok: false, problem: t('longList:errors.unknownType', { value: text }) };
    }
    case 'origin': {
      if (text === '') return { ok: true, value: 'unknown' };
      const origin = readOrigin(text);
      return origin ? { ok: true, value: origin } : { ok: false, problem: t('longList:errors.unknownOrigin', { value: text }) };
    }
    case 'firstContactOn': {
      if (text === '') return { ok: true, value: null };
      const day = readCalendarDate(text);
      return day ? { ok: true, value: day } : { ok: false, problem: t('longList:errors.badDate', { value: text }) };
    }
    default: {
      if (looksLikeFormula(text)) return { ok: false, problem: t('longList:errors.formulaText', { sign: text[0] }) };
      const value = field === 'website' && BARE_HOST.test(text) ? `https://${text}` : text;
      const parsed = Candidate.shape[field].safeParse(value);
      if (parsed.success) return { ok: true, value: parsed.data };
      const error = validationError(parsed.error, lang, value, [field]);
      return { ok: false, problem: error.problem ?? error.message };
    }
  }
}

const DEFAULTS: LongListCandidate = {
  nameJa: '',
  nameLatin: '',
  headquarters: '',
  type: 'distributor',
  website: '',
  notes: '',
  origin: 'unknown',
  introducer: '',
  firstContactOn: null,
  statedIntent: '',
};

/**
 * The candidates of the data rows (the header, if any, already left out), or
 * an error listing every bad row. `labels` names the columns as the user sees them.
 */
export function candidatesFromRows(rows: readonly TableRow[], mapping: LongListMapping, labels: readonly string[], lang: Language): LongListCandidate[] {
  const t = translator(lang);
  const mapped = LONG_LIST_FIELDS.filter((f) => mapping[f] !== undefined);
  const candidates: LongListCandidate[] = [];
  const problems: string[] = [];
  for (const row of rows) {
    const fields: Record<string, unknown> = { ...DEFAULTS };
    let nameProblem = false;
    for (const field of mapped) {
      const column = mapping[field]!;
      const result = fieldValue(field, row.cells[column] ?? '', lang);
      if (result.ok) {
        fields[field] = result.value;
        continue;
      }
      if (field === 'nameJa' || field === 'nameLatin') nameProblem = true;
      problems.push(t('longList:errors.rowColumn', { row: row.number, column: labels[column], field: t(LONG_LIST_FIELD_LABEL_KEYS[field]), problem: result.problem }));
    }
    const candidate = fields as LongListCandidate;
    // A name refused for its length is already named above; this is for a row with no name at all.
    if (!nameProblem && candidate.nameJa === '' && candidate.nameLatin === '') {
      const nameColumns = (['nameJa', 'nameLatin'] as const).filter((f) => mapping[f] !== undefined).map((f) => t('longList:errors.quotedColumn', { column: labels[mapping[f]!] }));
      problems.push(t('longList:errors.rowNoName', { row: row.number, columns: nameColumns.join(t('longList:errors.or')) }));
    }
    candidates.push(candidate);
  }
  if (problems.length > 0) {
    const listed = problems.slice(0, LISTED_PROBLEMS);
    if (problems.length > LISTED_PROBLEMS) listed.push(t('longList:errors.moreProblems', { count: problems.length - LISTED_PROBLEMS }));
    throw new DomainError('invalid_input', 'longList:errors.rowsRefused', { count: problems.length, problems: listed.join('\n') });
  }
  return candidates;
}

/** Refuses a mapping that names no name column, or a column the file does not have. */
export function checkMapping(mapping: LongListMapping, columnCount: number, lang: Language): void {
  if (mapping.nameJa === undefined && mapping.nameLatin === undefined) throw new DomainError('invalid_input', 'longList:errors.noNameColumn', {}, 'mapping');
  const t = translator(lang);
  for (const field of LONG_LIST_FIELDS) {
    const column = mapping[field];
    if (column !== undefined && column >= columnCount)
      throw new DomainError(
        'invalid_input',
        'longList:errors.noSuchColumn',
        { column: columnLetter(column), count: columnCount, field: t(LONG_LIST_FIELD_LABEL_KEYS[field]) },
        `mapping.${field}`,
      );
  }
}
