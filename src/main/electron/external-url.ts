/**
 * The only kind of address Shinrai hands to the system browser: https, with
 * no user name or password in it. Everything else a page tries to open (file:,
 * javascript:, custom schemes that start other programs, plain http) is
 * dropped, because a link in a candidate's notes or website field is text
 * someone else wrote.
 */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.hostname !== '';
}
