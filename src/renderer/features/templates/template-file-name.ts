/**
 * The file name a template is exported under: its name, readable in any
 * script, with what file systems refuse taken out, and an ending that says
 * what the file is.
 */
export const TEMPLATE_FILE_ENDING = '.criteria-template.json';

export function templateFileName(templateName: string): string {
  const safe = templateName
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // A name ending in dots or spaces is cut short by Windows; the ending follows anyway.
    .replace(/[. ]+$/, '')
    .slice(0, 80);
  return `${safe || 'criteria'}${TEMPLATE_FILE_ENDING}`;
}
