import { useTranslation } from '@/i18n/use-translation';
import { AREA_NS } from '@/i18n/panel-strings';
import { Columns3, SquareCheck, SquarePlus } from 'lucide-react';
import { rememberOpener } from '@/components/overlay-opener';
import { sameArea } from '@/lib/area/area-ref';
import { type AreaRef } from '@/model/area';
import { MAX_COMPARED_AREAS } from '@/model/area';
import { useAppStore } from '@/state/store';

const button =
  'inline-flex min-h-11 items-center gap-1.5 rounded-md border border-brand px-3 text-sm font-medium text-brand hover:bg-brand-soft disabled:cursor-not-allowed disabled:border-line disabled:text-muted lg:min-h-9';

/** Adds the area to the side-by-side table (or takes it out again) and opens the table. */
export function CompareButtons({ area }: { area: AreaRef }) {
  const { t } = useTranslation(AREA_NS);
  const compared = useAppStore((s) => s.compareAreas);
  const toggle = useAppStore((s) => s.toggleCompared);
  const setOpen = useAppStore((s) => s.setCompareOpen);
  const added = compared.some((a) => sameArea(a, area));
  const full = !added && compared.length >= MAX_COMPARED_AREAS;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      <button
        type="button"
        aria-pressed={added}
        disabled={full}
        aria-describedby={full ? 'compare-full-hint' : undefined}
        onClick={() => toggle(area)}
        className={`${button} aria-[pressed=true]:bg-brand-soft`}
      >
        {added ? (
          <SquareCheck aria-hidden="true" className="size-4" />
        ) : (
          <SquarePlus aria-hidden="true" className="size-4" />
        )}
        {t('compare.add')}
      </button>
      {compared.length > 0 && (
        <button
          type="button"
          onClick={() => {
            rememberOpener('compare');
            setOpen(true);
          }}
          className={button}
        >
          <Columns3 aria-hidden="true" className="size-4" />
          {t('compare.show', { count: compared.length })}
        </button>
      )}
      {full && (
        <p id="compare-full-hint" className="w-full text-xs text-muted">
          {t('compare.full')}
        </p>
      )}
    </div>
  );
}
