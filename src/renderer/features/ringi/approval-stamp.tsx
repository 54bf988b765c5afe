/**
 * A decision as a stamp-like mark (hanko): the word of the decision, the
 * name of whoever decided and the date, in a bordered seal. The text is
 * real text, so it reads aloud and prints as it shows.
 */
import type { Decision } from '../../../shared/domain/ringi';
import type { Language } from '../../../shared/domain/entities';
import { useLanguage } from '../../app/use-language';
import { useRingiWords } from './ringi-words';

const locales: Record<Language, string> = { en: 'en-GB', ja: 'ja-JP' };

export function stampDate(iso: string, lang: Language): string {
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium' }).format(new Date(iso));
}

export function ApprovalStamp({ decision }: { decision: Pick<Decision, 'kind' | 'actorName' | 'decidedAt'> }) {
  const lang = useLanguage();
  const words = useRingiWords();
  return (
    <span className={`stamp stamp--${decision.kind}`}>
      <span className="stamp__word">{words.stampWord(decision.kind)}</span>
      <span className="stamp__name">{decision.actorName}</span>
      <time className="stamp__date" dateTime={decision.decidedAt}>
        {stampDate(decision.decidedAt, lang)}
      </time>
    </span>
  );
}
