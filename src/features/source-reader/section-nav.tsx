import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { READER_NS } from '@/i18n/panel-strings';
import { ChevronDown, ListTree } from 'lucide-react';
import type { Cluster } from '@/model/schema';
import { useLanguage } from '@/i18n/data-labels';
import { scrollBehavior } from './focus';
import { sectionDomId } from './note-body';

/** Jump to a cluster's section: 14 stops instead of tabbing through every highlight before it. */
export function SectionNav({ clusters }: { clusters: Cluster[] }) {
  const { t } = useTranslation(READER_NS);
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const jump = (clusterId: string) => {
    setOpen(false);
    const heading = document.getElementById(sectionDomId(clusterId));
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: 'start', behavior: scrollBehavior() });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    document.getElementById('reader-sections-button')?.focus();
  };
  return (
    // The nav only catches Escape bubbling from its own buttons, so the list closes before the reader.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <nav aria-label={t('sections.label')} onKeyDown={onKeyDown} className="relative">
      <button
        id="reader-sections-button"
        type="button"
        aria-expanded={open}
        aria-controls="reader-sections"
        onClick={() => setOpen(!open)}
        className="flex min-h-11 items-center gap-1 rounded-md border border-line px-2.5 text-sm font-medium hover:bg-canvas lg:min-h-9"
      >
        <ListTree aria-hidden="true" className="size-4" />
        {t('sections.button')}
        <ChevronDown
          aria-hidden="true"
          className={`size-4 transition-transform ${open ? 'rotate-180' : ''}`}
        />
      </button>
      <ul
        id="reader-sections"
        hidden={!open}
        className="absolute top-full left-0 z-20 mt-1 max-h-[50vh] w-72 overflow-y-auto rounded-lg border border-line bg-paper py-1 shadow-lg"
      >
        {clusters.map((cluster) => (
          <li key={cluster.id}>
            <button
              type="button"
              onClick={() => jump(cluster.id)}
              className="flex min-h-11 w-full flex-col justify-center px-3 py-1 text-left text-sm hover:bg-brand-soft lg:min-h-9"
            >
              <span className="font-medium">{cluster.name}</span>
              <span className="text-xs text-muted">{cluster.businessArea[language]}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
