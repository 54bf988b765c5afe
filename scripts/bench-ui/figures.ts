/**
 * The figures every bench case prints: median, p95 and max of a set of
 * timings, with the target and the ratio to it. Shared by scripts/bench.ts
 * and the cases under scripts/bench-ui/, so every line reads the same.
 */

export interface Figures {
  median: number;
  p95: number;
  max: number;
  runs: number;
}

/** Median, p95 and max of timings already taken (milliseconds). */
export function figuresOf(timings: readonly number[]): Figures {
  const times = [...timings].sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), max: times[times.length - 1] ?? NaN, runs: times.length };
}

/** Times `fn` synchronously after warm-up rounds (which JIT-compile it and fill caches), then gives its figures. */
export function measure(fn: () => void, runs: number, warmup = Math.min(50, runs)): Figures {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return figuresOf(times);
}

/** One line: name, median, p95, max, runs, and, with a target, whether the p95 met it and the ratios. */
export function report(name: string, f: Figures, targetMs?: number): void {
  const ms = (x: number) => `${x.toFixed(3)} ms`;
  const target =
    targetMs === undefined
      ? ''
      : `  target < ${targetMs} ms: ${f.p95 < targetMs ? 'met' : 'MISSED'} (median is ${(f.median / targetMs).toFixed(3)}×, p95 ${(f.p95 / targetMs).toFixed(3)}× the target)`;
  console.log(`${name.padEnd(52)} median ${ms(f.median)}  p95 ${ms(f.p95)}  max ${ms(f.max)}  (${f.runs} runs)${target}`);
}

/** An indented line under a case: where its time goes, or a count that explains it. */
export function note(text: string): void {
  console.log(`    ${text}`);
}
