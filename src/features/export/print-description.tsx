import { useEffect } from 'react';
import { useDescribeOnDemand } from '@/components/use-view-description';

/** The paragraph the page keeps under the map and its legend, shown only on paper (src/app/layout/app-shell.tsx). */
const SLOT = '[data-print="description"]';

/**
 * Only on paper: what the map shows, in words, under the map, for a reader who cannot tell the colours
 * apart or has the page read aloud. Worked out as the page is printed (however printing starts: the
 * menu, Ctrl+P, the browser's menu) and written into the paragraph at once, before the browser takes
 * the page; React renders that paragraph empty and never touches its text.
 */
export function PrintDescription() {
  const describe = useDescribeOnDemand();
  useEffect(() => {
    const slot = document.querySelector<HTMLElement>(SLOT);
    if (!slot) return;
    const write = () => void (slot.textContent = describe()?.text ?? '');
    const clear = () => void (slot.textContent = '');
    const query = window.matchMedia('print');
    const onChange = () => (query.matches ? write() : clear());
    window.addEventListener('beforeprint', write);
    window.addEventListener('afterprint', clear);
    query.addEventListener('change', onChange);
    return () => {
      window.removeEventListener('beforeprint', write);
      window.removeEventListener('afterprint', clear);
      query.removeEventListener('change', onChange);
      clear();
    };
  }, [describe]);
  return null;
}
