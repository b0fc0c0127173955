import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { IMPORT_NS } from '@/i18n/panel-strings';

interface Props {
  caption: string;
  captionId: string;
  /** Rows left out (long files show the first ones), said in a last row spanning `columns`. */
  more: number;
  columns: number;
  children: ReactNode;
}

/** A compact table that scrolls sideways on a phone; the scroller is reachable by keyboard (WCAG 2.1.1). */
export function ScrollTable({ caption, captionId, more, columns, children }: Props) {
  const { t } = useTranslation(IMPORT_NS);
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      className="max-h-72 overflow-auto rounded-md border border-line"
    >
      <table className="w-full border-collapse text-left text-xs [&_td]:border-t [&_td]:border-line [&_td]:px-2 [&_td]:py-1 [&_td]:align-top [&_th]:sticky [&_th]:top-0 [&_th]:bg-canvas [&_th]:px-2 [&_th]:py-1 [&_th]:font-semibold">
        <caption id={captionId} className="bg-paper px-2 py-1.5 text-left text-sm font-semibold">
          {caption}
        </caption>
        {children}
        {more > 0 && (
          <tfoot>
            <tr>
              <td colSpan={columns}>{t('result.more', { count: more })}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
