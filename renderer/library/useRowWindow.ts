import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface RowWindow {
  ref: RefObject<HTMLDivElement | null>;
  onScroll: () => void;
  /** Rows [first, last) are rendered; `before` and `after` are the heights of the rows that are not. */
  first: number;
  last: number;
  before: number;
  after: number;
}

/** Which rows of a fixed-row-height list are inside its scroll container (plus a margin), so only those render. */
export function useRowWindow(count: number, rowHeight: number, overscan = 10): RowWindow {
  const ref = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });
  const measure = () => {
    const element = ref.current;
    if (element) setView({ top: element.scrollTop, height: element.clientHeight });
  };
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const first = Math.min(count, Math.max(0, Math.floor(view.top / rowHeight) - overscan));
  const last = Math.min(count, Math.ceil((view.top + view.height) / rowHeight) + overscan);
  return { ref, onScroll: measure, first, last, before: first * rowHeight, after: (count - last) * rowHeight };
}
