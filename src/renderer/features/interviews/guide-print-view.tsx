/**
 * The interview guide laid out for paper: bilingual throughout, whatever the
 * screen's language (both sides read the printed guide), every bank question
 * in English with the Japanese beneath, what a good answer shows for the
 * interviewer, and room for notes. interviews.css gives it its print layout.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../shared/domain/entities';
import type { InterviewItem } from '../../../shared/domain/vetting';
import { guideLines } from '../../../shared/questions/guide-sheet';

interface GuidePrintViewProps {
  roomName: string;
  candidate: Candidate;
  items: readonly InterviewItem[];
  preparedOn: string;
}

export function GuidePrintView({ roomName, candidate, items, preparedOn }: GuidePrintViewProps) {
  const { t } = useTranslation('interviews');
  const titleId = useId();
  const en = (key: string) => t(key, { lng: 'en' });
  const ja = (key: string) => t(key, { lng: 'ja' });
  const lines = guideLines(items);
  const names = [candidate.nameLatin.trim(), candidate.nameJa.trim()].filter((n) => n !== '');
  return (
    <article className="guide-print" aria-labelledby={titleId}>
      <header className="guide-print__header">
        <h3 id={titleId} className="guide-print__title">
          <span lang="en">{en('guideFile.title')}</span> <span lang="ja">{ja('guideFile.title')}</span>
        </h3>
        <dl className="guide-print__facts">
          <dt>
            {en('guideFile.candidate')} / <span lang="ja">{ja('guideFile.candidate')}</span>
          </dt>
          <dd>{names.join(' / ')}</dd>
          <dt>
            {en('guideFile.dealRoom')} / <span lang="ja">{ja('guideFile.dealRoom')}</span>
          </dt>
          <dd>{roomName}</dd>
          <dt>
            {en('guideFile.preparedOn')} / <span lang="ja">{ja('guideFile.preparedOn')}</span>
          </dt>
          <dd>{preparedOn}</dd>
        </dl>
        <div className="guide-print__reminder">
          <p lang="en">{en('guideFile.settingReminder')}</p>
          <p lang="ja">{ja('guideFile.settingReminder')}</p>
        </div>
      </header>
      {lines.length === 0 ? (
        <p>
          <span lang="en">{en('guideFile.empty')}</span> <span lang="ja">{ja('guideFile.empty')}</span>
        </p>
      ) : (
        <ol className="guide-print__list">
          {lines.map((line) => (
            <li key={line.itemId} className="guide-print__item">
              <span className="guide-print__number" aria-hidden="true">
                {line.number}
              </span>
              <div className="guide-print__content">
                {line.kind === 'bank' ? (
                  <>
                    <p className="guide-print__theme">
                      <span lang="en">{line.theme.en}</span> / <span lang="ja">{line.theme.ja}</span>
                    </p>
                    <p className="guide-print__text" lang="en">
                      {line.text.en}
                    </p>
                    <p className="guide-print__text" lang="ja">
                      {line.text.ja}
                    </p>
                    {line.goodAnswer && (
                      <div className="guide-print__hint">
                        <p lang="en">
                          <strong>{en('guideFile.goodAnswer')}:</strong> {line.goodAnswer.en}
                        </p>
                        <p lang="ja">
                          <strong>{ja('guideFile.goodAnswer')}：</strong>
                          {line.goodAnswer.ja}
                        </p>
                      </div>
                    )}
                  </>
                ) : (
                  <>
                    <p className="guide-print__theme">
                      <span lang="en">{en('guideFile.ownQuestion')}</span> / <span lang="ja">{ja('guideFile.ownQuestion')}</span>
                    </p>
                    <p className="guide-print__text">{line.text}</p>
                  </>
                )}
                <div className="guide-print__notes" aria-hidden="true" />
              </div>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
