import { useEffect, useRef } from 'react';
import { useAppStore } from '@/state/store';
import type { Drawer } from '@/state/slices/ui-slice';

/** Below Tailwind's lg the panels are bottom sheets over the map. */
const PHONE = '(max-width: 63.99rem)';

/**
 * A bottom sheet opened from the panel bar or from the other sheet takes focus, so a keyboard user
 * lands in it (it comes before the bar in the page). Escape closes it and returns focus to the bar's button, unless
 * something inside used the Escape first (a cluster panel going back, the search list closing).
 */
export function useSheetKeyboard(drawer: Drawer, open: boolean) {
  const sheet = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = sheet.current;
    if (!open || !element || !globalThis.matchMedia?.(PHONE).matches) return;
    // From the bar, or from the other sheet this one replaced (a place chosen in the list): focus
    // would otherwise stay on a button no longer shown.
    const opener = document.activeElement;
    const fromBar = opener instanceof HTMLElement && !!opener.closest('[data-panel-bar]');
    const fromOtherSheet =
      opener instanceof HTMLElement && !!opener.closest('aside') && !element.contains(opener);
    if (fromBar || fromOtherSheet) element.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      useAppStore.getState().closeDrawer();
      document.querySelector<HTMLElement>(`[data-panel-bar] [aria-controls="${drawer}-panel"]`)?.focus();
    };
    element.addEventListener('keydown', onKey);
    return () => element.removeEventListener('keydown', onKey);
  }, [drawer, open]);
  return sheet;
}
