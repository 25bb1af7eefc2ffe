import { useCallback } from 'react';

/**
 * A ref for an element docked at the top of its scrolling pane (position: sticky): the pane's
 * `--hw-dock-clearance` follows the dock's height, and what scrolls beneath the dock keeps that much scroll
 * margin (styles.css), so focus and scrolling into view never leave anything hidden under it. A margin on
 * what scrolls, not a padding on the pane: with a padding, focusing a slider in the dock would scroll the
 * pane, as if the dock were where it sits before it sticks.
 */
export function useDockClearance(): (dock: HTMLElement | null) => (() => void) | undefined {
  return useCallback((dock: HTMLElement | null) => {
    const pane = dock?.parentElement;
    if (!dock || !pane) return undefined;
    // The margin applies only where the dock sticks (a media query in styles.css).
    const observer = new ResizeObserver(() => pane.style.setProperty('--hw-dock-clearance', `${dock.offsetHeight}px`));
    // The border box: docking adds padding only, which a content-box observer would not see.
    observer.observe(dock, { box: 'border-box' });
    return () => {
      observer.disconnect();
      pane.style.removeProperty('--hw-dock-clearance');
    };
  }, []);
}
