/**
 * The control that opened a panel laid over another (an area profile, the comparison), so closing
 * it can hand focus back. A DOM node is not app state: it lives here, never in the store or the URL.
 */
export type OverlayPanel = 'area' | 'compare';

const openers = new Map<OverlayPanel, HTMLElement>();

export function rememberOpener(panel: OverlayPanel): void {
  const active = typeof document === 'undefined' ? null : document.activeElement;
  if (active instanceof HTMLElement && active !== document.body) openers.set(panel, active);
  else openers.delete(panel);
}

export const openerOf = (panel: OverlayPanel): HTMLElement | null => openers.get(panel) ?? null;
