import { useEffect, type RefObject } from 'react';

/** Escape inside the element runs `handler`, unless something inside used the key first. */
export function useEscape(element: RefObject<HTMLElement | null>, handler: () => void) {
  useEffect(() => {
    const target = element.current;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      handler();
    };
    target?.addEventListener('keydown', onKey);
    return () => target?.removeEventListener('keydown', onKey);
  }, [element, handler]);
}
