import type { TimelineItem } from '../data/timeline-items.js';

/** The index of the first item whose start is at or after `time`, in items sorted by start. */
export function lowerBound(items: readonly TimelineItem[], time: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid].start < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The longest duration among the items: how far back a range can start and still reach a window. */
export function longestDuration(items: readonly TimelineItem[]): number {
  let longest = 0;
  for (const item of items) longest = Math.max(longest, item.end - item.start);
  return longest;
}

/**
 * The items that overlap [t0, t1], in start order, found by binary search.
 * `longest` is `longestDuration(items)`, computed once per item list.
 */
export function visibleItems(items: readonly TimelineItem[], t0: number, t1: number, longest: number): TimelineItem[] {
  const out: TimelineItem[] = [];
  const last = lowerBound(items, t1 + 1);
  for (let i = lowerBound(items, t0 - longest); i < last; i++) {
    if (items[i].end >= t0) out.push(items[i]);
  }
  return out;
}
