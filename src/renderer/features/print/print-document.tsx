/**
 * The printed comparison matrix: one sheet (two at most for 5 × 40) that an
 * executive decides from. Purely presentational, with no hook that needs the
 * app's providers, so the preview renders it in the app and the main
 * process renders it to static HTML for the PDF. Its stylesheet is
 * print-document-css.ts; its rows come from print-table.ts.
 */
import type { Language } from '../../../shared/domain/entities';
import { formatCalendarDate, formatPercent } from '../../../shared/i18n/format';
import type { PrintModel } from '../../../shared/print/print-model';
import { printLanguages, type PrintOptions } from '../../../shared/print/print-options';
import { buildPrintTable, numberLanguage, UNSCORED } from '../../../shared/print/print-table';
import { approvalLabels, confidentialityLines, printName, printText } from '../../../shared/print/print-text';
import { PrintApprovalBoxes, PrintApprovalRemarks } from './print-approval-boxes';

interface PrintDocumentProps {
  model: PrintModel;
  options: PrintOptions;
}

export function PrintDocument({ model, options }: PrintDocumentProps) {
  const { lang } = options;
  const t = printText(lang);
  const langs = printLanguages(lang);
  const nl = numberLanguage(lang);
  const table = buildPrintTable(model, lang);
  const details = detailsLine(model, langs[0]!);
  const names = new Map(model.candidates.map((c) => [c.id, printName(c.name, lang)]));

  return (
    <article className="print-doc" lang={lang === 'both' ? 'en' : lang} data-snapshot={model.snapshotId}>
      <header className="print-doc__head">
        <div className="print-doc__head-main">
          <p className="print-doc__kicker">{t('print:doc.heading')}</p>
          <h1 className="print-doc__title">{model.title}</h1>
          {details ? <p className="print-doc__details">{details}</p> : null}
        </div>
        <div className="print-doc__head-side">
          <dl className="print-doc__meta">
            <dd>{t('print:doc.printedOn', (l) => ({ date: formatCalendarDate(model.printDate, l) }))}</dd>
            <dd className="print-doc__snapshot">
              {t('print:doc.snapshotLabel')} <span className="print-doc__hash">{model.snapshotId}</span>
            </dd>
          </dl>
          {/* Stamp boxes at the top right, where a ringi sheet carries them; filled when a proposal is chosen. */}
          {model.approvals ? (
            <PrintApprovalBoxes approvals={model.approvals} lang={lang} />
          ) : (
            <div className="print-doc__approvals" role="group" aria-label={t('print:doc.sections.approvals')}>
              {approvalLabels(options).map((label, i) => (
                <div key={`${i}-${label}`} className="print-doc__stamp" aria-label={t('print:doc.stamp', { label })}>
                  <span className="print-doc__stamp-label">{label}</span>
                </div>
              ))}
            </div>
          )}
        </div>
      </header>
      {model.approvals ? <PrintApprovalRemarks approvals={model.approvals} lang={lang} /> : null}
      <div className="print-doc__confidential">
        {confidentialityLines(options).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>

      <table className="print-matrix">
        <colgroup>
          <col />
          <col className="print-matrix__weight-col" />
          {table.heads.map((h) => (
            <col key={h.id} style={{ width: `${table.heads.length > 4 ? 33 : 38}mm` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('print:doc.columns.criterion')}</th>
            <th scope="col" className="num">
              {t('print:doc.columns.weight')}
            </th>
            {table.heads.map((h) => (
              <th key={h.id} scope="col" className={`num${h.knockedOut ? ' print-matrix__head--out' : ''}`}>
                <span className="print-matrix__name">{h.name}</span>
                {h.altName ? <span className="print-matrix__alt">{h.altName}</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="print-matrix__summary">
          {table.summary.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row" colSpan={2}>
                {row.label}
              </th>
              {row.cells.map((cell, i) => (
                <td key={table.heads[i]!.id} className="num">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {table.groups.map((group) => (
          <tbody key={group.pillar.id}>
            <tr className="print-matrix__pillar" data-row={`pillar:${group.pillar.id}`}>
              <th scope="rowgroup">{group.pillar.label}</th>
              <td className="num">{group.pillar.weight}</td>
              {group.pillar.cells.map((cell, i) => (
                <td key={table.heads[i]!.id} className="num">
                  {cell}
                </td>
              ))}
            </tr>
            {group.criteria.map((row) => (
              <tr key={row.id} className="print-matrix__criterion" data-row={`criterion:${row.id}`}>
                <th scope="row">
                  {row.label}
                  {row.note ? <span className="print-matrix__note"> ({row.note})</span> : null}
                </th>
                <td className="num">{row.weight}</td>
                {row.cells.map((cell, i) => (
                  <td key={table.heads[i]!.id} className={`num${cell.failed ? ' print-matrix__failed' : ''}`}>
                    <span className="print-matrix__score">{cell.text}</span>
                    <span className="print-matrix__marks">{cell.marks}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
        {table.terms.length > 0 ? (
          <tbody className="print-matrix__terms">
            <tr className="print-matrix__pillar">
              <th scope="rowgroup" colSpan={2 + table.heads.length}>
                {t('print:doc.sections.terms')}
              </th>
            </tr>
            {table.terms.map((row) => (
              <tr key={row.key} data-row={`terms:${row.key}`}>
                <th scope="row" colSpan={2}>
                  {row.label}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={table.heads[i]!.id} className="num">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ) : null}
      </table>

      <div className="print-doc__after">
        <section className="print-doc__section">
          <h2>{t('print:doc.sections.sensitivity')}</h2>
          {model.robust !== null ? <p className="print-doc__verdict">{model.robust ? t('print:doc.robust') : t('print:doc.fragile')}</p> : null}
          <ul className="print-doc__sentences">
            {langs.flatMap((l: Language) =>
              model.sensitivity[l].map((sentence, i) => (
                <li key={`${l}-${i}`} lang={l}>
                  {sentence}
                </li>
              )),
            )}
          </ul>
        </section>

          {model.probabilities ? (
            <section className="print-doc__section">
              <h2>{t('print:doc.sections.probabilities')}</h2>
              <table className="print-doc__small-table">
                <thead>
                  <tr>
                    <th scope="col">{t('print:doc.probabilityColumns.candidate')}</th>
                    <th scope="col" className="num">
                      {t('print:doc.probabilityColumns.first')}
                    </th>
                    <th scope="col" className="num">
                      {t('print:doc.probabilityColumns.knockedOut')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {model.candidates.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">{names.get(c.id)}</th>
                      <td className="num">{formatPercent(model.probabilities!.first[c.id] ?? 0, nl)}</td>
                      <td className="num">{formatPercent(model.probabilities!.knockedOut[c.id] ?? 0, nl)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="print-doc__note">
                {t('print:doc.probabilitiesNote', {
                  draws: new Intl.NumberFormat(nl === 'ja' ? 'ja-JP' : 'en-GB').format(model.probabilities.draws),
                  seed: model.probabilities.seed,
                })}
              </p>
            </section>
          ) : null}
          <section className="print-doc__section">
            <h2>{t('print:doc.sections.legend')}</h2>
            <ul className="print-doc__legend">
              <li>{t('print:doc.legend.consensus')}</li>
              <li>{t('print:doc.legend.dissent')}</li>
              <li>{t('print:doc.legend.flag')}</li>
              <li>{t('print:doc.legend.spread')}</li>
              <li>{t('print:doc.legend.failed')}</li>
              <li>{t('print:doc.legend.pending')}</li>
              <li>{t('print:doc.legend.unscored')}</li>
              <li>{t('print:doc.legend.scale')}</li>
            </ul>
          </section>

        {table.exclusivityConditions.length > 0 ? (
          <section className="print-doc__section print-doc__section--flowing">
            <h2>{t('print:doc.sections.exclusivityConditions')}</h2>
            <ul className="print-doc__sentences">
              {table.exclusivityConditions.map((c) => (
                <li key={c.candidateId}>
                  <strong>{c.name}</strong>
                  {c.sentences.map((sentence, i) => (
                    <span key={langs[i]} lang={langs[i]}>
                      {' '}
                      {sentence}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

      </div>

    </article>
  );
}

/** The product line and market are the room's own words, in one language: one line of labels (the first language's) is enough. */
function detailsLine(model: PrintModel, lang: Language): string {
  const t = printText(lang);
  if (![model.productLine, model.targetMarket].some((x) => x.trim() !== '')) return '';
  return t('print:doc.details', { productLine: model.productLine || UNSCORED, targetMarket: model.targetMarket || UNSCORED });
}
