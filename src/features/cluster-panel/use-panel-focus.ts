import { useCallback, useLayoutEffect, useRef } from 'react';
import { findClusterOpener } from '@/components/cluster-opener';
import { useEscape } from '@/components/use-escape';
import { useAppStore } from '@/state/store';

/**
 * Escape (or "back") closes the panel and hands focus back to what opened it: the list item or
 * map that is still there, or, when the opener was the overview (which the panel replaced), that
 * cluster's row once the overview is back. An opener that vanished leaves focus on the heading.
 */
export function usePanelFocus(clusterId: string) {
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<{ element: HTMLElement | null; clusterId: string } | null>(null);
  const clearSelection = useAppStore((s) => s.clearSelection);

  useLayoutEffect(() => {
    const active = document.activeElement;
    const element = active instanceof HTMLElement && active !== document.body ? active : null;
    // A new opener outside the panel (the list, the search) takes over: Escape goes back there.
    if (element?.isConnected && !panel.current?.contains(element)) opener.current = { element, clusterId };
    else opener.current ??= { element, clusterId };
    // The opener was replaced (overview) or inside the panel (a partner cluster): keep focus here.
    if (!element || !element.isConnected || panel.current?.contains(element)) heading.current?.focus();
  }, [clusterId]);

  const close = useCallback(() => {
    const from = opener.current;
    clearSelection();
    requestAnimationFrame(() => {
      const target = from?.element?.isConnected ? from.element : findClusterOpener(from?.clusterId ?? '');
      target?.focus();
    });
  }, [clearSelection]);

  useEscape(panel, close);

  return { panel, heading, close };
}
