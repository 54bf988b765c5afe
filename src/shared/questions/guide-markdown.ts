/**
 * The interview guide as a Markdown file, bilingual throughout: every label
 * and every bank question in English with the Japanese beneath. Markdown
 * reads as plain text too, so the file is useful whether it is opened in an
 * editor, pasted into an e-mail or rendered.
 */
import { candidateName } from '../domain/display-names';
import type { Candidate } from '../domain/entities';
import type { InterviewItem } from '../domain/vetting';
import { translator } from '../i18n/translator';
import { guideLines } from './guide-sheet';

export interface GuideDocumentInput {
  roomName: string;
  candidate: Pick<Candidate, 'nameJa' | 'nameLatin'>;
  items: readonly InterviewItem[];
  /** YYYY-MM-DD */
  preparedOn: string;
}

/** "English / 日本語", or one of them when both read the same. */
function both(en: string, ja: string): string {
  return en === ja ? en : `${en} / ${ja}`;
}

export function guideMarkdown({ roomName, candidate, items, preparedOn }: GuideDocumentInput): string {
  const en = translator('en');
  const ja = translator('ja');
  const label = (key: string) => both(en(key), ja(key));
  const out: string[] = [];
  out.push(`# ${label('interviews:guideFile.title')}`, '');
  out.push(`- **${label('interviews:guideFile.candidate')}:** ${both(candidateName(candidate, 'en'), candidateName(candidate, 'ja'))}`);
  out.push(`- **${label('interviews:guideFile.dealRoom')}:** ${roomName}`);
  out.push(`- **${label('interviews:guideFile.preparedOn')}:** ${preparedOn}`, '');
  out.push(`> ${en('interviews:guideFile.settingReminder')}`, '>', `> ${ja('interviews:guideFile.settingReminder')}`, '');
  const lines = guideLines(items);
  if (lines.length === 0) out.push(label('interviews:guideFile.empty'), '');
  for (const line of lines) {
    if (line.kind === 'bank') {
      out.push(`## ${line.number}. ${both(line.theme.en, line.theme.ja)}`, '');
      out.push(line.text.en, '', line.text.ja, '');
      if (line.goodAnswer) {
        out.push(`- *${en('interviews:guideFile.goodAnswer')}:* ${line.goodAnswer.en}`);
        out.push(`- *${ja('interviews:guideFile.goodAnswer')}:* ${line.goodAnswer.ja}`, '');
      }
    } else {
      out.push(`## ${line.number}. ${label('interviews:guideFile.ownQuestion')}`, '', line.text, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
