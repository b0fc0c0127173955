import { readerOpener } from '@/state/slices/reader-slice';

/** Scrolling obeys the user's motion setting; the CSS rule alone does not cover scrollIntoView's option. */
export const scrollBehavior = (): ScrollBehavior =>
  window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';

/** After React has shown what replaced the reader, move focus there (next frame: the DOM is updated). */
function afterRender(focus: () => void) {
  requestAnimationFrame(focus);
}

function focusable(el: HTMLElement) {
  if (!el.matches('a[href], button, input, select, textarea, [tabindex]')) el.tabIndex = -1;
  el.focus();
}

/** Source → fact: land on the heading of what the details panel now shows (the cluster panel). */
export function focusDetailsHeading() {
  afterRender(() => {
    const panel = document.getElementById('details-panel');
    const headings = [...(panel?.querySelectorAll<HTMLElement>('h2, h3') ?? [])].filter(
      (h) => h.id !== 'details-panel-title' && h.getClientRects().length > 0,
    );
    const target = headings[0] ?? document.getElementById('details-panel-title');
    if (target) focusable(target);
  });
}

/** Escape or "close": back to the control that opened the reader, else the header's note button. */
export function returnFocusFromReader() {
  afterRender(() => {
    const opener = readerOpener();
    const target =
      opener && opener.getClientRects().length > 0 ? opener : document.getElementById('open-note-button');
    target?.focus();
  });
}
