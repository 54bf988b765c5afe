/**
 * What a person chooses before printing the matrix: the paper, its
 * orientation, the language (English, Japanese, or both on one sheet), the
 * labels of the empty approval boxes and the confidentiality line. Checked
 * with zod wherever it enters: the contract, the CLI and the preview.
 */
import { z } from 'zod';
import type { Language } from '../domain/entities';
import { Id } from '../domain/primitives';

export const Paper = z.enum(['a4', 'a3', 'letter']);
export type Paper = z.infer<typeof Paper>;

export const Orientation = z.enum(['landscape', 'portrait']);
export type Orientation = z.infer<typeof Orientation>;

/** 'both': every label in English and Japanese together, every sentence in both languages. */
export const PrintLanguage = z.enum(['en', 'ja', 'both']);
export type PrintLanguage = z.infer<typeof PrintLanguage>;

/** Room for a ringi-style row of stamps: more than eight boxes no longer fit a landscape page's width legibly. */
export const MAX_APPROVAL_BOXES = 8;

export const ApprovalLabel = z.string().trim().min(1).max(40);

export const PrintOptions = z.strictObject({
  paper: Paper.default('a4'),
  orientation: Orientation.default('landscape'),
  lang: PrintLanguage.default('en'),
  /** Empty: the defaults of the print language (print:defaults.approvals.*). */
  approvalLabels: z.array(ApprovalLabel).max(MAX_APPROVAL_BOXES).default([]),
  /** Empty: the default confidentiality line of the print language. */
  confidentiality: z.string().trim().max(300).default(''),
  /** Whose decisions fill the approval boxes (issue 8); null: empty boxes with the labels above. */
  proposalId: Id.nullable().default(null),
});
export type PrintOptions = z.infer<typeof PrintOptions>;

/** The languages a print language shows, in the order they are printed. */
export function printLanguages(lang: PrintLanguage): Language[] {
  return lang === 'both' ? ['en', 'ja'] : [lang];
}

/** Paper sizes in millimetres, portrait (width × height). */
export const PAPER_MM: Readonly<Record<Paper, { width: number; height: number }>> = {
  a4: { width: 210, height: 297 },
  a3: { width: 297, height: 420 },
  letter: { width: 215.9, height: 279.4 },
};

/** The page as printed: width and height in millimetres, turned for landscape. */
export function pageSize(paper: Paper, orientation: Orientation): { width: number; height: number } {
  const { width, height } = PAPER_MM[paper];
  return orientation === 'landscape' ? { width: height, height: width } : { width, height };
}
