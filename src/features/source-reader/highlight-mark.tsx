import type { KeyboardEvent } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { READER_NS } from '@/i18n/panel-strings';
import type { Run } from '@/lib/note/layout';
import type { HighlightInfo } from '@/lib/note/note-model';
import { CATEGORY_STYLES } from './category-style';
import { NoteRuns } from './note-runs';

interface Props {
  info: HighlightInfo;
  runs: Run[];
  /** The piece "show in source" lands on (the highlight's first piece): it carries the id. */
  first: boolean;
  current: boolean;
  chooserOpen: boolean;
  /** What a single-target sentence selects, for screen readers ("Kontor: Vojens …"). */
  targetLabel: string | null;
  onActivate: (id: number) => void;
}

export const highlightDomId = (id: number) => `note-hl-${id}`;
export const chooserDomId = (id: number) => `note-choice-${id}`;

/**
 * A quoted sentence: a tinted mark with the underline style and icon of what it supports, and a button
 * (Enter, Space or click) that selects it. Inline role="button" rather than <button>, which cannot wrap
 * across lines inside a paragraph.
 */
export function HighlightMark({ info, runs, first, current, chooserOpen, targetLabel, onActivate }: Props) {
  const { t, i18n } = useTranslation(READER_NS);
  const [primary = 'other'] = info.categories;
  const style = CATEGORY_STYLES[primary];
  const several = info.targets.length > 1;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onActivate(info.id);
  };
  const supports = t('highlight.supports', {
    list: info.categories.map((c) => t(`legend.${c}`)).join(', '),
  });
  const action = several
    ? t('highlight.choose', { count: info.targets.length })
    : targetLabel && t('highlight.showsOne', { target: targetLabel });
  return (
    <mark
      data-category={primary}
      className={`rounded-sm px-0.5 text-ink underline underline-offset-4 box-decoration-clone ${style.mark} ${
        current ? 'shadow-[0_0_0_2px_var(--color-ink)]' : ''
      }`}
    >
      <span
        role="button"
        tabIndex={0}
        id={first ? highlightDomId(info.id) : undefined}
        aria-current={current ? 'true' : undefined}
        aria-expanded={several ? chooserOpen : undefined}
        aria-controls={several && chooserOpen ? chooserDomId(info.id) : undefined}
        onClick={() => onActivate(info.id)}
        onKeyDown={onKeyDown}
        className="cursor-pointer rounded-sm hover:bg-black/5"
      >
        {first &&
          info.categories.map((c) => {
            const Icon = CATEGORY_STYLES[c].icon;
            return (
              <Icon
                key={c}
                aria-hidden="true"
                className={`mr-0.5 inline size-3.5 align-[-2px] ${CATEGORY_STYLES[c].iconColor}`}
              />
            );
          })}
        <NoteRuns runs={runs} />
        <span className="sr-only" lang={i18n.language}>
          {` (${[supports, action, current ? t('highlight.current') : null].filter(Boolean).join('; ')})`}
        </span>
      </span>
    </mark>
  );
}
