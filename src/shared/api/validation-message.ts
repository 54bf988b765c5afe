/**
 * Turns zod issues into messages a person understands, in their language,
 * naming the field: "pillars[0].criteria[3].weight: must be 0 or more"
 * (ENGINEERING.md, pattern 3). Our own wording for the common cases; zod's
 * own locale for anything rarer.
 */
import { z } from 'zod';
import type { Language } from '../domain/entities';
import { translator } from '../i18n/translator';
import type { ApiError } from './result';

type Issue = z.core.$ZodIssue;

/** ["pillars", 0, "criteria", 3, "weight"] → "pillars[0].criteria[3].weight" */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/**
 * Wordings that depend only on the schema (the type, bound or format
 * expected), kept per language: i18next takes some 20 µs a call, and a
 * caller sending bad input in bulk (the contract fuzz sends 1.1 million)
 * asks for the same few over and over. Wordings that carry the caller's own
 * text (unknown key names, custom rules) are never kept, so the cache cannot
 * be grown from outside: its keys come from the contract's schemas.
 */
const problemCache = new Map<string, string>();

function problemCacheKey(issue: Issue, lang: Language, input: unknown): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(input, issue.path);
      return `${lang}|type|${issue.expected}|${value === undefined ? 'missing' : typeof value}`;
    }
    case 'too_small':
      return `${lang}|small|${issue.origin}|${String(issue.minimum)}|${String(issue.inclusive)}`;
    case 'too_big':
      return `${lang}|big|${issue.origin}|${String(issue.maximum)}|${String(issue.inclusive)}`;
    case 'invalid_format':
      return `${lang}|format|${issue.format}`;
    case 'not_multiple_of':
      return `${lang}|multiple`;
    default:
      return undefined;
  }
}

function describeIssue(issue: Issue, lang: Language, input: unknown): string {
  const key = problemCacheKey(issue, lang, input);
  if (key === undefined) return wordIssue(issue, lang, input);
  let problem = problemCache.get(key);
  if (problem === undefined) {
    problem = wordIssue(issue, lang, input);
    problemCache.set(key, problem);
  }
  return problem;
}

function wordIssue(issue: Issue, lang: Language, input: unknown): string {
  const t = translator(lang);
  const f = (key: string, params: Record<string, unknown> = {}) => t(`errors:field.${key}`, params);
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, issue.path) === undefined) return f('required');
      if (issue.expected === 'number' && typeof valueAt(input, issue.path) === 'number') return f('notFinite');
      const expected = t(`errors:types.${issue.expected}`, { defaultValue: issue.expected });
      return f('expectedType', { expected });
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return f(issue.inclusive === false ? 'numberMinExclusive' : 'numberMin', { min });
      if (issue.origin === 'string') return min <= 1 ? f('textMin') : f('textMinN', { min });
      if (issue.origin === 'array' || issue.origin === 'set') return f('listMin', { min });
      break;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return f(issue.inclusive === false ? 'numberMaxExclusive' : 'numberMax', { max });
      if (issue.origin === 'string') return f('textMax', { max });
      if (issue.origin === 'array' || issue.origin === 'set') return f('listMax', { max });
      break;
    }
    case 'invalid_value':
      return f('oneOf', { options: issue.values.map((v) => JSON.stringify(v)).join(', ') });
    case 'unrecognized_keys':
      return f('unknownKeys', { keys: issue.keys.map((k) => `"${k}"`).join(', ') });
    case 'invalid_format':
      if (issue.format === 'url') return f('url');
      if (issue.format === 'datetime') return f('datetime');
      if (issue.format === 'date') return f('date');
      return f('format');
    case 'not_multiple_of':
      return f('notInteger');
    case 'invalid_union': {
      // A union of literal '' and a URL is the website field: say what a URL must look like.
      const nested = issue.errors.flat();
      if (nested.some((i) => i.code === 'invalid_format' && i.format === 'url')) return f('url');
      return f('invalid');
    }
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, unknown>;
      switch (params.rule) {
        case 'duplicate':
          return t('errors:rule.duplicate');
        case 'unknown_ref':
          return t('errors:rule.unknownReference', { id: params.id });
        case 'too_many_compared':
          return t('errors:rule.tooManyCompared', { count: params.count, max: params.max });
        case 'name_required':
          return f('nameRequired');
        case 'weight_too_small':
          return f('weightTooSmall');
        case 'cell_already_scored':
          return t('errors:rule.cellAlreadyScored');
        case 'note_required':
          return f('noteRequired');
        // A rule worded in an area's own namespace ("terms:errors.codeTaken"), with its parameters.
        case 'message_key':
          return typeof params.key === 'string' ? t(params.key, params) : issue.message;
        default:
          return issue.message;
      }
    }
    default:
      break;
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') return f('invalid');
  // Rare codes: zod's own locale has a wording for each.
  const locale = lang === 'ja' ? z.locales.ja() : z.locales.en();
  const localized = locale.localeError(issue as never);
  return typeof localized === 'string' ? localized : (localized?.message ?? issue.message);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

const PATH_MARK = '\u0001';
const PROBLEM_MARK = '\u0002';
/** "{{path}}: {{problem}}" as each language words it, asked of i18next once. */
const pathFrames = new Map<Language, string>();

/**
 * "path: problem" in the caller's language. The frame is translated once and
 * filled here in one pass: a call per refusal would cost more than the
 * refusal (see problemCache), and the caller's own text (a key name in the
 * path) is then never read by i18next as nesting or interpolation.
 */
function atPath(lang: Language, path: string, problem: string): string {
  let frame = pathFrames.get(lang);
  if (frame === undefined) {
    frame = translator(lang)('errors:invalidInputAt', { path: PATH_MARK, problem: PROBLEM_MARK });
    pathFrames.set(lang, frame);
  }
  return frame.replace(/[\u0001\u0002]/g, (mark) => (mark === PATH_MARK ? path : problem));
}

/** The first issue of a failed parse as an ApiError; `prefix` is prepended to the path (e.g. "file"). */
export function validationError(error: z.ZodError, lang: Language, input: unknown, prefix: PropertyKey[] = []): ApiError {
  const t = translator(lang);
  const issues = error.issues;
  const first = issues[0];
  if (!first) return { code: 'invalid_input', message: t('errors:field.invalid') };
  const path = formatIssuePath([...prefix, ...first.path]);
  const problem = describeIssue(first, lang, input);
  const more = issues.length - 1;
  const message = path
    ? atPath(lang, path, problem)
    : t('errors:invalidInput', { problem: `${t('errors:whole')}: ${problem}` });
  return {
    code: 'invalid_input',
    message: more > 0 ? `${message} (+${more})` : message,
    ...(path ? { path, problem } : {}),
  };
}

/** Every issue, one message each: for import reports that list all problems of a file. */
export function validationMessages(error: z.ZodError, lang: Language, input: unknown): string[] {
  const t = translator(lang);
  return error.issues.map((issue) => {
    const path = formatIssuePath(issue.path);
    const problem = describeIssue(issue, lang, input);
    return path ? t('errors:invalidInputAt', { path, problem }) : t('errors:invalidInput', { problem });
  });
}
