/**
 * `npm run shinrai -- print <deal-room> --out m.pdf [--paper a4|a3|letter]
 * [--orientation landscape|portrait] [--lang en|ja|both]
 * [--proposal latest|<id>]`: the printed
 * comparison matrix as a PDF, through the contract's print.pdf like the app's
 * "Save as PDF". Prints one line: the file, its pages and its snapshot id.
 *
 * --lang is the CLI's usual option, widened here: "both" is a print language
 * (English and Japanese on one sheet); the one-line answer is then worded in
 * the app's language.
 */
import type { Language } from '../../shared/domain/entities';
import { Language as LanguageSchema } from '../../shared/domain/entities';
import { Id } from '../../shared/domain/primitives';
import { newestPrintableProposal } from '../../shared/print/print-approvals';
import { Orientation, Paper, PrintLanguage, PrintOptions } from '../../shared/print/print-options';
import { translator } from '../../shared/i18n/translator';
import type { ShinraiApp } from '../app';
import { writeFileAtomically } from '../store/atomic-file';
import { failure, failureMessage, usageError } from './usage-error';

export interface PrintCommand {
  name: 'print';
  dealRoom: string;
  out: string;
  options: PrintOptions;
  /** --proposal latest: the newest approved or circulating proposal fills the boxes (chosen when the room is open). */
  latestProposal: boolean;
}

/** The options only print takes (--lang is shared with every command). */
export const PRINT_ONLY_OPTIONS = ['paper', 'orientation', 'proposal'] as const;

/** The messages' language: --lang when it is en or ja; for both (or nothing), undefined, so the app's language is used. */
export function printMessageLanguage(value: string | boolean | undefined): Language | undefined {
  const parsed = LanguageSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

function pick<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, value: string | boolean | undefined, option: string, problemKey: string): T | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw usageError('errors.invalidOption', { option, problemKey });
  return parsed.data;
}

export function parsePrintCommand(argument: string | undefined, values: Record<string, string | boolean | undefined>): PrintCommand {
  const needs = (whatKey: string) => usageError('errors.missingArgument', { command: 'print', whatKey: `errors.what.${whatKey}` });
  if (argument === undefined || argument.trim() === '') throw needs('dealRoom');
  const out = values.out;
  if (typeof out !== 'string' || out.trim() === '') throw needs('pdfOut');
  const paper = pick(Paper, values.paper, '--paper', 'errors.invalidPaper');
  const orientation = pick(Orientation, values.orientation, '--orientation', 'errors.invalidOrientation');
  const lang = pick(PrintLanguage, values.lang, '--lang', 'errors.invalidPrintLanguage');
  const proposal = pick(Id.trim(), values.proposal, '--proposal', 'errors.invalidProposal');
  const latestProposal = proposal === 'latest';
  return {
    name: 'print',
    dealRoom: argument,
    out,
    options: PrintOptions.parse({
      ...(paper ? { paper } : {}),
      ...(orientation ? { orientation } : {}),
      ...(lang ? { lang } : {}),
      ...(proposal && !latestProposal ? { proposalId: proposal } : {}),
    }),
    latestProposal,
  };
}

/** The proposal --proposal latest means, read from the room; none is a failure that says what to do instead. */
function latestProposalId(app: ShinraiApp, dealRoomId: string, roomName: string, lang: Language): string {
  const listed = app.invoke('proposals.list', { dealRoomId }, { lang });
  if (!listed.ok) throw failureMessage(listed.error.message);
  const latest = newestPrintableProposal(listed.value.proposals);
  if (!latest) throw failure('errors.noLatestProposal', { name: roomName });
  return latest.id;
}

export function runPrintCommand(command: PrintCommand, app: ShinraiApp, dealRoomId: string, lang: Language): string {
  // The room as the person named it on the command line, so the message matches what they typed.
  const options = command.latestProposal ? { ...command.options, proposalId: latestProposalId(app, dealRoomId, command.dealRoom, lang) } : command.options;
  const printed = app.invoke('print.pdf', { dealRoomId, options }, { lang });
  if (!printed.ok) throw failureMessage(printed.error.message);
  try {
    writeFileAtomically(command.out, Buffer.from(printed.value.contentBase64, 'base64'));
  } catch (err) {
    throw failure('errors.writeFailed', { file: command.out, reason: err instanceof Error ? err.message : String(err) });
  }
  return translator(lang)('print:cli.done', { file: command.out, count: printed.value.pages, id: printed.value.snapshotId });
}
