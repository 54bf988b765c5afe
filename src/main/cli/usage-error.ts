/**
 * Errors a door reports to a person in one line, worded later in the
 * language that is only known once the data folder is open. A usage error
 * (the command line itself is wrong) exits with 2, any other failure with 1.
 */
export class CliError extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    /** Key in the cli namespace, e.g. "errors.fileMissing"; or a whole message when `literal`. */
    readonly messageKey: string,
    readonly params: Record<string, unknown> = {},
    /** True when messageKey is already a translated message (e.g. an API error's text). */
    readonly literal = false,
  ) {
    super(literal ? messageKey : `${messageKey} ${JSON.stringify(params)}`);
    this.name = 'CliError';
  }
}

export function usageError(messageKey: string, params: Record<string, unknown> = {}): CliError {
  return new CliError(2, messageKey, params);
}

export function failure(messageKey: string, params: Record<string, unknown> = {}): CliError {
  return new CliError(1, messageKey, params);
}

/** A message that is already in the reader's language (from the API or a validation). */
export function failureMessage(message: string): CliError {
  return new CliError(1, message, {}, true);
}

interface NodeArgsError {
  code?: unknown;
  message?: unknown;
}

/**
 * node:util parseArgs throws errors with a code and an English message; this
 * turns them into our own wording, naming the option the person typed.
 */
export function fromParseArgsError(err: unknown): CliError | null {
  if (typeof err !== 'object' || err === null) return null;
  const { code, message } = err as NodeArgsError;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return null;
  const text = typeof message === 'string' ? message : '';
  const quoted = /'([^']+)'/.exec(text)?.[1] ?? '';
  // parseArgs quotes "-p, --port <value>" for a missing value; keep the long form.
  const option = /(--[\w-]+)/.exec(quoted)?.[1] ?? quoted;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return usageError('errors.unknownOption', { option });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return text.includes('does not take an argument')
        ? usageError('errors.optionTakesNoValue', { option })
        : usageError('errors.optionNeedsValue', { option });
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return usageError('errors.extraArgument', { argument: quoted });
    default:
      return usageError('usageHint');
  }
}

/**
 * The one line a person reads. Params ending in "Key" name other cli strings
 * to word first (e.g. problemKey → problem), so an error can be raised before
 * the reader's language is known.
 */
export function cliErrorText(
  err: CliError,
  t: (key: string, params?: Record<string, unknown>) => string,
  /** The pointer to the help that follows a usage error (browser mode has its own). */
  hintKey = 'usageHint',
): string {
  if (err.literal) return err.messageKey;
  const params: Record<string, unknown> = { ...err.params };
  for (const [name, value] of Object.entries(err.params)) {
    if (name.endsWith('Key') && typeof value === 'string') params[name.slice(0, -'Key'.length)] = t(`cli:${value}`);
  }
  const text = t(`cli:${err.messageKey}`, params);
  return err.exitCode === 2 && err.messageKey !== hintKey ? `${text} ${t(`cli:${hintKey}`)}` : text;
}
