/** One point of a timeline to plot: the start of its span in seconds and the mean value over the span. */
export interface TimelinePoint {
  timeS: number;
  value: number;
}

/**
 * Averages a timeline of equal buckets down to at most `maxPoints` points, so that the plot of a
 * long run stays small. A trace that spans months has about a million link-utilisation buckets,
 * far more than a plot a few hundred pixels wide can show. Each point averages `ceil(n / maxPoints)`
 * adjacent buckets (fewer in the last one) and starts where its first bucket starts. A timeline
 * of at most `maxPoints` buckets keeps one point per bucket.
 */
export function downsampleTimeline(values: readonly number[], bucketSeconds: number, maxPoints: number): TimelinePoint[] {
  const group = Math.max(1, Math.ceil(values.length / maxPoints));
  const points: TimelinePoint[] = [];
  for (let start = 0; start < values.length; start += group) {
    const end = Math.min(values.length, start + group);
    let sum = 0;
    for (let index = start; index < end; index++) sum += values[index]!;
    points.push({ timeS: start * bucketSeconds, value: sum / (end - start) });
  }
  return points;
}
