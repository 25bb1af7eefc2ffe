import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface Position {
  top: number;
  left: number;
}

const gap = 6;

/** How long a tooltip stays after the pointer leaves, so the pointer can cross to it (to read or copy a citation). */
const hoverGrace = 300;

/** Below the trigger, or above it when the window has no room below; always inside the window. */
function positionFor(trigger: Element, tip: HTMLElement): Position {
  const box = trigger.getBoundingClientRect();
  const below = box.bottom + gap;
  const top = below + tip.offsetHeight > window.innerHeight ? Math.max(gap, box.top - gap - tip.offsetHeight) : below;
  const left = Math.max(gap, Math.min(box.left, window.innerWidth - tip.offsetWidth - gap));
  return { top, left };
}

/**
 * A focusable trigger with a tooltip shown on hover, on keyboard focus and on a tap. The tooltip stays in
 * the DOM as the trigger's description (aria-describedby) while hidden; the pointer can move onto it, and
 * Escape hides it wherever focus is, without moving focus.
 * It is fixed-positioned so the table's scrolling wrapper cannot clip it, and follows the trigger on scroll.
 */
export function TipButton({ children, tip, className, tipId }: { children: ReactNode; tip: ReactNode; className?: string; tipId?: string }) {
  const ownId = useId();
  // Given, so that another control can be described by the same tip.
  const id = tipId ?? ownId;
  const trigger = useRef<HTMLButtonElement>(null);
  const tipElement = useRef<HTMLSpanElement>(null);
  const [open, setOpen] = useState(false);
  const [at, setAt] = useState<Position | null>(null);
  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      if (trigger.current && tipElement.current) setAt(positionFor(trigger.current, tipElement.current));
    };
    const onEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    place();
    window.addEventListener('scroll', place, { capture: true, passive: true });
    window.addEventListener('resize', place);
    document.addEventListener('keydown', onEscape);
    return () => {
      window.removeEventListener('scroll', place, { capture: true });
      window.removeEventListener('resize', place);
      document.removeEventListener('keydown', onEscape);
    };
  }, [open]);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cancelHide = () => clearTimeout(hideTimer.current);
  useEffect(() => cancelHide, []);
  const show = () => {
    cancelHide();
    setOpen(true);
  };
  const hide = () => {
    cancelHide();
    setOpen(false);
  };
  const hideSoon = () => {
    cancelHide();
    hideTimer.current = setTimeout(hide, hoverGrace);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      hide();
    }
  };
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className={className}
        aria-describedby={id}
        onFocus={show}
        onBlur={hide}
        onMouseEnter={show}
        onMouseLeave={hideSoon}
        onClick={show}
        onKeyDown={onKeyDown}
      >
        {children}
      </button>
      <span
        ref={tipElement}
        role="tooltip"
        id={id}
        className="hwa-tip"
        data-open={open ? '' : undefined}
        style={open && at ? at : undefined}
        onMouseEnter={cancelHide}
        onMouseLeave={hideSoon}
      >
        {tip}
      </span>
    </>
  );
}
