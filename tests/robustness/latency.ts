/** Milliseconds a load run reports per step: the median, the tail and the worst. */
export interface Latency {
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** The value at percentile `p` of `sorted` (ascending; nearest rank), NaN when empty. */
export function percentile(sorted: number[], p: number): number {
  return sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number);
}

/** p50, p90, p99 and max of some times, rounded to the millisecond. */
export function latency(times: readonly number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50: Math.round(percentile(sorted, 50)),
    p90: Math.round(percentile(sorted, 90)),
    p99: Math.round(percentile(sorted, 99)),
    max: Math.round(sorted.at(-1) ?? Number.NaN),
  };
}

/** The JSON lines of a process's output (the bot logs JSON lines); other lines are passed over. */
export function jsonLines<T = Record<string, unknown>>(output: string): T[] {
  return output.split("\n").flatMap((line): T[] => {
    try {
      return line.startsWith("{") ? [JSON.parse(line) as T] : [];
    } catch {
      return [];
    }
  });
}
