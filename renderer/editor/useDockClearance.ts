import { useCallback } from 'react';

/**
 * A ref for an element docked at the top of its scrolling pane (position: sticky): the pane's top scroll
 * padding follows the dock's height, so focus and scrolling into view never leave anything hidden under it.
 */
export function useDockClearance(): (dock: HTMLElement | null) => (() => void) | undefined {
  return useCallback((dock: HTMLElement | null) => {
    const pane = dock?.parentElement;
    if (!dock || !pane) return undefined;
    const fit = () => {
      const docked = getComputedStyle(dock).position === 'sticky';
      pane.style.scrollPaddingTop = docked ? `${dock.offsetHeight}px` : '';
    };
    const observer = new ResizeObserver(fit);
    observer.observe(dock);
    return () => observer.disconnect();
  }, []);
}
