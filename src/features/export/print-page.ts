import { prepareMapForPrint } from '@/map/export/registry';

/**
 * Prints the page with the map drawn at the printed size. The map goes back to the screen's size
 * after printing (`afterprint`), or at the next click or key press where a browser sends no such event.
 */
export async function printPage() {
  const restore = await prepareMapForPrint();
  const events = ['afterprint', 'pointerdown', 'keydown'] as const;
  const finish = () => {
    for (const type of events) window.removeEventListener(type, finish, true);
    restore();
  };
  for (const type of events) window.addEventListener(type, finish, true);
  window.print();
}
