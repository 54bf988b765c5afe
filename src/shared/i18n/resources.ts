/**
 * The catalogues, one namespace per area so that each area owns its file.
 * Japanese files are typed against the English ones: a key missing in either
 * language is a compile error.
 */
import { cli as cliEn } from './en/cli';
import { common as commonEn } from './en/common';
import { engine as engineEn } from './en/engine';
import { errors as errorsEn } from './en/errors';
import { analysis as analysisEn } from './en/analysis';
import { panel as panelEn } from './en/panel';
import { templates as templatesEn } from './en/templates';
import { pipeline as pipelineEn } from './en/pipeline';
import { longList as longListEn } from './en/long-list';
import { interviews as interviewsEn } from './en/interviews';
import { flags as flagsEn } from './en/flags';
import { evidence as evidenceEn } from './en/evidence';
import { exports as exportsEn } from './en/exports';
import { backups as backupsEn } from './en/backups';
import { portable as portableEn } from './en/portable';
import { ui as uiEn } from './en/ui';
import { terms as termsEn } from './en/terms';
import { termsEditor as termsEditorEn } from './en/terms-editor';
import { termsReview as termsReviewEn } from './en/terms-review';
import { print as printEn } from './en/print';
import { termRisks as termRisksEn } from './en/term-risks';
import { audit as auditEn } from './en/audit';
import { ringi as ringiEn } from './en/ringi';
import { cli as cliJa } from './ja/cli';
import { common as commonJa } from './ja/common';
import { engine as engineJa } from './ja/engine';
import { errors as errorsJa } from './ja/errors';
import { analysis as analysisJa } from './ja/analysis';
import { panel as panelJa } from './ja/panel';
import { templates as templatesJa } from './ja/templates';
import { pipeline as pipelineJa } from './ja/pipeline';
import { longList as longListJa } from './ja/long-list';
import { interviews as interviewsJa } from './ja/interviews';
import { flags as flagsJa } from './ja/flags';
import { evidence as evidenceJa } from './ja/evidence';
import { exports as exportsJa } from './ja/exports';
import { backups as backupsJa } from './ja/backups';
import { portable as portableJa } from './ja/portable';
import { ui as uiJa } from './ja/ui';
import { terms as termsJa } from './ja/terms';
import { termsEditor as termsEditorJa } from './ja/terms-editor';
import { termsReview as termsReviewJa } from './ja/terms-review';
import { print as printJa } from './ja/print';
import { termRisks as termRisksJa } from './ja/term-risks';
import { audit as auditJa } from './ja/audit';
import { encryption as encryptionEn } from './en/encryption';
import { encryption as encryptionJa } from './ja/encryption';
import { ringi as ringiJa } from './ja/ringi';

export const resources = {
  en: { common: commonEn, errors: errorsEn, engine: engineEn, ui: uiEn, cli: cliEn, panel: panelEn, analysis: analysisEn, templates: templatesEn, pipeline: pipelineEn, longList: longListEn, interviews: interviewsEn, flags: flagsEn, evidence: evidenceEn, exports: exportsEn, backups: backupsEn, portable: portableEn, terms: termsEn, termsEditor: termsEditorEn, termsReview: termsReviewEn, print: printEn, termRisks: termRisksEn, audit: auditEn, ringi: ringiEn, encryption: encryptionEn },
  ja: { common: commonJa, errors: errorsJa, engine: engineJa, ui: uiJa, cli: cliJa, panel: panelJa, analysis: analysisJa, templates: templatesJa, pipeline: pipelineJa, longList: longListJa, interviews: interviewsJa, flags: flagsJa, evidence: evidenceJa, exports: exportsJa, backups: backupsJa, portable: portableJa, terms: termsJa, termsEditor: termsEditorJa, termsReview: termsReviewJa, print: printJa, termRisks: termRisksJa, audit: auditJa, ringi: ringiJa, encryption: encryptionJa },
} as const;

export const namespaces = ['common', 'errors', 'engine', 'ui', 'cli', 'panel', 'analysis', 'templates', 'pipeline', 'longList', 'interviews', 'flags', 'evidence', 'exports', 'backups', 'portable', 'terms', 'termsEditor', 'termsReview', 'print', 'termRisks', 'audit', 'ringi', 'encryption'] as const;
export type Namespace = (typeof namespaces)[number];
