/** Staged terms (issue 6): being built this session; replaced by the terms screen. */
import type { Section } from '../../app/section-tabs';

export function TermsScreen(_props: { onGoTo: (s: Section) => void }) {
  return <section className="screen" />;
}
