/**
 * Halves the resolution of a per-bucket timeline in place: bucket i becomes the sum of old
 * buckets 2i and 2i + 1, so totals are kept while the bucket width doubles. Bounded timelines
 * call this when a write would pass their maximum bucket count.
 */
export function mergeAdjacentBuckets(values: number[]): void {
  const merged = Math.ceil(values.length / 2);
  for (let index = 0; index < merged; index++) values[index] = values[2 * index]! + (values[2 * index + 1] ?? 0);
  values.length = merged;
}
