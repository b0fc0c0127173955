import { useCallback, useLayoutEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { openerOf, type OverlayPanel } from '@/components/overlay-opener';
import { useEscape } from '@/components/use-escape';

const shown = (element: Element | null): element is HTMLElement =>
  element instanceof HTMLElement && element.isConnected && !element.closest('[hidden]');

/**
 * Focus for a panel laid over another (an area profile over the coverage panel, the comparison over
 * a profile). The heading takes focus when the control that opened the panel is now hidden under it
 * (or gone), or when focus was inside the panel as it changed; Escape, or the back button, closes the
 * panel and hands focus back to that control at once (or once it shows again). `key` changes when the panel shows
 * something else (another area).
 */
export function useOverlayFocus(kind: OverlayPanel, key: string, onClose: () => void) {
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useLayoutEffect(() => {
    const active = document.activeElement;
    const opener = openerOf(kind);
    const inside = !!active && !!panel.current?.contains(active);
    const hiddenActive = active instanceof HTMLElement && active !== document.body && !shown(active);
    // Not on a link's first load (nothing had focus): the page keeps its own first stop.
    if (inside || hiddenActive || (opener && !shown(opener))) heading.current?.focus();
  }, [kind, key]);

  const close = useCallback(() => {
    const from = openerOf(kind);
    // Committed now, so the opener shows and takes focus before the next key: a second Escape
    // pressed at once must reach the sheet, not a heading that is gone.
    flushSync(onClose);
    const refocus = () => {
      if (!shown(from)) return false;
      from.focus();
      return true;
    };
    if (!refocus()) requestAnimationFrame(refocus);
  }, [kind, onClose]);

  useEscape(panel, close);

  return { panel, heading, close };
}
