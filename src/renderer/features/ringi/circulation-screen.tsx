/** Circulation (issue 8): being built this session; replaced by the circulation screen. */
import type { Section } from '../../app/section-tabs';

export function CirculationScreen(_props: { onGoTo: (s: Section) => void }) {
  return <section className="screen" />;
}
