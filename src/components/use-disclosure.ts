import { useCallback, useEffect, useId, useRef, useState } from 'react';

/**
 * A disclosure in the header (a menu, a popover): open state, the ids and refs its button and panel
 * need, and closing on a click outside or on Escape while focus is inside it, handing focus back to the
 * button. Escape elsewhere belongs to other panels.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  const toggle = useCallback(() => setOpen((o) => !o), []);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) close();
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !root.current?.contains(document.activeElement)) return;
      e.stopPropagation();
      close();
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open, close]);
  return {
    open,
    close,
    root,
    /** Spread on the toggle button. */
    buttonProps: {
      ref: button,
      type: 'button',
      'aria-expanded': open,
      'aria-controls': panelId,
      onClick: toggle,
    } as const,
    /** Spread on the panel. */
    panelProps: { id: panelId, hidden: !open } as const,
  };
}
