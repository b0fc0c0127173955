import { createPortal } from 'react-dom';
import { useViewDescription } from '@/components/use-view-description';
import { usePrinting } from './use-printing';

/** Where the page keeps room for it: under the printed map and its legend (src/app/layout/app-shell.tsx). */
const SLOT = '[data-print-slot="description"]';

/**
 * Only on paper: what the map shows, in words, under the map, for a reader who cannot tell the
 * colours apart or reads the page aloud. Worked out only while printing.
 */
export function PrintDescription() {
  const printing = usePrinting();
  const description = useViewDescription(printing);
  const slot = printing ? document.querySelector(SLOT) : null;
  if (!slot || !description) return null;
  return createPortal(<p data-print="description">{description.text}</p>, slot);
}
