// Which of a long list's rows to draw: those in view and a few on either side,
// the others stood in for by two spacers of their height. A review sheet of
// 1,000 files then lays out, validates and tears down a few dozen rows, not
// 4,000 fields (which froze the window for seconds when an import started).

/** The rows drawn, [start, end), and the heights of the spacers before and after them. */
export interface RowWindow {
  start: number;
  end: number;
  before: number;
  after: number;
}

/**
 * The rows to draw when the list is scrolled by `scrollTop` in a view `viewport`
 * pixels tall, with `overscan` more rows drawn on each side (so Tab and the
 * arrow keys reach the next row before it is needed). `heights` holds each row's
 * height, measured or estimated.
 */
export function rowWindow(heights: readonly number[], scrollTop: number, viewport: number, overscan: number): RowWindow {
  const n = heights.length;
  const top = Math.max(0, scrollTop);
  const bottom = top + Math.max(0, viewport);
  let offset = 0;
  let first = n;
  let last = n - 1;
  for (let i = 0; i < n; i++) {
    const next = offset + heights[i];
    if (first === n && next > top) first = i;
    if (offset >= bottom) {
      last = i - 1;
      break;
    }
    offset = next;
  }
  // Scrolled past the end (the list just got shorter): the last rows.
  if (first === n) first = Math.max(0, n - 1);
  const start = Math.max(0, first - overscan);
  const end = Math.min(n, Math.max(last, first) + 1 + overscan);
  let before = 0;
  let after = 0;
  for (let i = 0; i < start; i++) before += heights[i];
  for (let i = end; i < n; i++) after += heights[i];
  return { start, end, before, after };
}
