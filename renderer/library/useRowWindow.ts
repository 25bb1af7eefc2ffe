import { useLayoutEffect, useRef, useState, type RefObject, type UIEvent } from 'react';

export interface RowWindow {
  ref: RefObject<HTMLDivElement | null>;
  onScroll: (event: UIEvent<HTMLDivElement>) => void;
  /** Rows [first, last) are rendered; `before` and `after` are the heights of the rows that are not. */
  first: number;
  last: number;
  before: number;
  after: number;
}

/**
 * Which rows of a fixed-row-height list are inside its scroll container (plus a margin), so only those render.
 * A scroll reads only the event's scroll position; the container's height comes from a ResizeObserver
 * rather than from a read on every scroll.
 */
export function useRowWindow(count: number, rowHeight: number, overscan = 10): RowWindow {
  const ref = useRef<HTMLDivElement>(null);
  // The first row in view, not the scroll position: scrolling within a row renders nothing.
  const [firstInView, setFirstInView] = useState(0);
  const [height, setHeight] = useState(800);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const first = Math.min(count, Math.max(0, firstInView - overscan));
  // One more than fit: the rows in view start part-way through the first.
  const last = Math.min(count, firstInView + Math.ceil(height / rowHeight) + 1 + overscan);
  return {
    ref,
    onScroll: (event) => setFirstInView(Math.floor(event.currentTarget.scrollTop / rowHeight)),
    first,
    last,
    before: first * rowHeight,
    after: (count - last) * rowHeight,
  };
}
