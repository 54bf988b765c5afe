/**
 * A template's pillars and criteria as they would enter a new deal-room:
 * names in the reader's language, each one's share of the total (the same
 * effective weights the matrix shows), and the knock-outs marked with their
 * pass mark.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validationError } from '../../../shared/api/validation-message';
import { CriteriaTemplateFile } from '../../../shared/domain/criteria-template';
import { formatPercent, formatScore } from '../../../shared/i18n/format';
import { textIn } from '../../../shared/templates/room-content-from-template';
import { templateShares } from '../../../shared/templates/template-shares';
import { useApi } from '../../app/api-context';
import { useLanguage } from '../../app/use-language';
import { Badge } from '../../components/badge';
import { ErrorText } from '../../components/error-text';

type Load = { status: 'loading' } | { status: 'ready'; file: CriteriaTemplateFile } | { status: 'failed'; message: string };

export function TemplatePreview({ templateId, name }: { templateId: string; name: string }) {
  const { t } = useTranslation('templates');
  const lang = useLanguage();
  const api = useApi();
  const headingId = useId();
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    setLoad({ status: 'loading' });
    void api.call('templates.get', { templateId }).then((result) => {
      if (!current) return;
      if (!result.ok) return setLoad({ status: 'failed', message: result.error.message });
      // The document crosses a door: checked here as at every edge.
      const parsed = CriteriaTemplateFile.safeParse(result.value);
      setLoad(parsed.success ? { status: 'ready', file: parsed.data } : { status: 'failed', message: validationError(parsed.error, lang, result.value).message });
    });
    return () => {
      current = false;
    };
  }, [api, templateId, lang]);

  return (
    <section className="template-preview" aria-labelledby={headingId} aria-busy={load.status === 'loading'}>
      <h3 id={headingId} className="template-preview__heading">
        {t('preview.heading', { name })}
      </h3>
      {load.status === 'loading' && <p className="muted">{t('ui:app.loading')}</p>}
      {load.status === 'failed' && <ErrorText message={t('preview.failed', { message: load.message })} />}
      {load.status === 'ready' && <PreviewTables file={load.file} />}
    </section>
  );
}

function PreviewTables({ file }: { file: CriteriaTemplateFile }) {
  const { t } = useTranslation('templates');
  const lang = useLanguage();
  const shares = templateShares(file);
  return (
    <>
      {file.pillars.map((p) => (
        <table key={p.key} className="data-table template-preview__table">
          <caption>{t('preview.caption', { pillar: textIn(p.name, lang), share: formatPercent(shares.pillars[p.key] ?? 0, lang) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('preview.criterion')}</th>
              <th scope="col" className="num">
                {t('preview.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {p.criteria.length === 0 ? (
              <tr>
                <td colSpan={2} className="muted">
                  {t('preview.none')}
                </td>
              </tr>
            ) : (
              p.criteria.map((c) => (
                <tr key={c.key}>
                  <th scope="row">
                    {textIn(c.name, lang)}
                    {c.knockout && <Badge tone="warn">{t('preview.knockout', { mark: formatScore(c.passMark, lang) })}</Badge>}
                  </th>
                  <td className="num">{formatPercent(shares.criteria[c.key] ?? 0, lang)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      ))}
    </>
  );
}
