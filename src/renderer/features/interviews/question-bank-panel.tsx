/**
 * The question bank, by theme, with a search that matches either language and
 * a theme filter; each question says what a good answer shows and which
 * criteria its answers inform, and goes into the guide with one button.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankQuestion, QuestionThemeKey } from '../../../shared/questions/bank-types';
import { QUESTION_BANK } from '../../../shared/questions/question-bank';
import { filterQuestions } from '../../../shared/questions/question-search';
import { QUESTION_THEMES } from '../../../shared/questions/question-themes';
import { libraryCriterion } from '../../../shared/templates/criteria-library';
import { useLanguage } from '../../app/use-language';
import { Badge } from '../../components/badge';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';

interface QuestionBankPanelProps {
  /** Keys of the bank questions already in the guide. */
  inGuide: ReadonlySet<string>;
  onAdd: (questionKey: string) => void;
  busy: boolean;
}

export function QuestionBankPanel({ inGuide, onAdd, busy }: QuestionBankPanelProps) {
  const { t } = useTranslation('interviews');
  const lang = useLanguage();
  const headingId = useId();
  const [text, setText] = useState('');
  const [theme, setTheme] = useState<QuestionThemeKey | 'all'>('all');
  const shown = filterQuestions(QUESTION_BANK, { text, theme });
  const themes = QUESTION_THEMES.map((th) => ({ theme: th, questions: shown.filter((q) => q.theme === th.key) })).filter((g) => g.questions.length > 0);

  return (
    <section className="interviews-column question-bank" aria-labelledby={headingId}>
      <h3 id={headingId} className="interviews-column__title">
        {t('bank.heading')}
      </h3>
      <div className="question-bank__filters">
        <TextField type="search" label={t('bank.search')} value={text} onChange={setText} hint={t('bank.searchHint')} autoComplete="off" />
        <SelectField
          label={t('bank.theme')}
          value={theme}
          options={[{ value: 'all' as const, label: t('bank.allThemes') }, ...QUESTION_THEMES.map((th) => ({ value: th.key, label: th.name[lang] }))]}
          onChange={setTheme}
        />
      </div>
      <p className="muted question-bank__count" role="status">
        {t('bank.count', { shown: shown.length, total: QUESTION_BANK.length })}
      </p>
      <div className="question-bank__scroll">
        {themes.length === 0 ? (
          <p className="muted">{t('bank.nothingFound')}</p>
        ) : (
          themes.map(({ theme: th, questions }) => (
            <section key={th.key} className="question-bank__theme" aria-label={th.name[lang]}>
              <h4 className="question-bank__theme-name">{th.name[lang]}</h4>
              <ul className="question-bank__list">
                {questions.map((q) => (
                  <BankQuestionItem key={q.key} question={q} inGuide={inGuide.has(q.key)} onAdd={() => onAdd(q.key)} busy={busy} />
                ))}
              </ul>
            </section>
          ))
        )}
      </div>
    </section>
  );
}

function BankQuestionItem({ question, inGuide, onAdd, busy }: { question: BankQuestion; inGuide: boolean; onAdd: () => void; busy: boolean }) {
  const { t } = useTranslation('interviews');
  const lang = useLanguage();
  const textId = useId();
  const informs = question.informs.map((key) => libraryCriterion(key).name[lang]);
  return (
    <li className="bank-question">
      <p className="bank-question__text" id={textId}>
        {question.text[lang]}
      </p>
      {question.goodAnswer && (
        <details className="bank-question__hint">
          <summary>{t('bank.goodAnswer')}</summary>
          <p>{question.goodAnswer[lang]}</p>
        </details>
      )}
      <p className="bank-question__informs">{t('bank.informs', { criteria: informs.join(t('answer.listSeparator')) })}</p>
      <div className="bank-question__action">
        {inGuide ? (
          <Badge tone="good">{t('bank.inGuide')}</Badge>
        ) : (
          <button type="button" className="button button--small" onClick={onAdd} disabled={busy} aria-describedby={textId}>
            {t('bank.add')}
          </button>
        )}
      </div>
    </li>
  );
}
