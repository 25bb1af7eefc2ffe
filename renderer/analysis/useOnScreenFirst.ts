import { startTransition, useCallback, useEffect, useState } from 'react';

/** Runs `task` once the browser has painted the next frame; returns a cancel function. */
function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A task queued from an animation frame callback runs after that frame's paint.
  const frame = requestAnimationFrame(() => (timer = setTimeout(task)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * A part counts as on screen once a fifth of it shows, or 200 px of a tall one: a chart's title alone is
 * not its drawing. The observer reports every 5% of the part, so a tall part's 200 px are seen too.
 */
function isShown({ intersectionRect, boundingClientRect }: IntersectionObserverEntry): boolean {
  return intersectionRect.height > 0 && intersectionRect.height >= Math.min(200, boundingClientRect.height / 5);
}

const steps = Array.from({ length: 21 }, (_, step) => step / 20);

/**
 * `value` for one part of the screen, rendered first where the user can see it: while the part is on screen
 * the latest value renders at once; off screen it renders after the next paint, as a transition, so the
 * parts being looked at never wait for the parts that are not. Returns a ref for the part's element.
 */
export function useOnScreenFirst<T>(value: T): [ref: (element: Element | null) => (() => void) | undefined, shown: T] {
  const [onScreen, setOnScreen] = useState(true);
  const [offScreenValue, setOffScreenValue] = useState(value);
  const ref = useCallback((element: Element | null) => {
    if (!element) return undefined;
    // The newest entry: the part may have crossed the edge more than once since the last callback.
    const observer = new IntersectionObserver(
      (entries) => {
        const newest = entries.at(-1);
        if (newest) setOnScreen(isShown(newest));
      },
      { threshold: steps },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // Kept current while on screen, so a part scrolled away shows what it showed, not an older value.
  if (onScreen && offScreenValue !== value) setOffScreenValue(value);
  useEffect(() => (onScreen ? undefined : afterNextPaint(() => startTransition(() => setOffScreenValue(value)))), [onScreen, value]);
  return [ref, onScreen ? value : offScreenValue];
}
