import { Suspense } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { OpenNoteButton } from '@/features/source-reader/open-note-button';
import { ExportMenu } from '@/features/export/lazy-export-menu';
import { ImportButton } from '@/features/import/lazy-import-button';
import { ShareButton } from '@/features/share/lazy-share-button';
import { SourceChoice } from '@/features/source-choice/source-choice';
import { LanguageSwitch } from './language-switch';
import { SearchBox } from './lazy-panels';

const HEADER_BUTTON_PLACE = <span aria-hidden="true" className="block h-11 w-11 sm:w-28 lg:h-9" />;

export function Header() {
  const { t } = useTranslation();
  return (
    <header className="flex min-h-14 flex-wrap items-center gap-x-1 gap-y-2 bg-brand px-3 py-2 text-white sm:gap-x-3 sm:px-4">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="size-8 shrink-0 max-sm:hidden">
        <rect width="32" height="32" rx="6" fill="#ffffff22" />
        <circle cx="11" cy="12" r="4" fill="#f3c969" />
        <circle cx="21" cy="10" r="3" fill="#9ad0c2" />
        <circle cx="19" cy="21" r="5" fill="#f08a5d" />
      </svg>
      {/* From the first frame on a desktop, room for the source line under the name (the name's line
          plus the button's): the date arrives with the dataset and may wrap the line there, and a
          header that grew then would resize the map under it, one more full redraw (README "Performance"). */}
      <div className="min-w-0 flex-1 lg:min-h-[calc(1.125rem*1.25+1.75rem)]">
        {/* Which sources and which date the map shows: the header always says, beside the name where
            there is room (a header of two lines, not three), and opens the choice. */}
        <div className="flex min-w-0 flex-wrap items-center gap-x-2">
          <h1 className="truncate text-base leading-tight font-semibold sm:text-lg">{t('appName')}</h1>
          <SourceChoice />
        </div>
        {/* Below 1536 px the tagline would be cut short anyway; the status line takes its place. */}
        <p className="hidden truncate text-xs text-white/85 2xl:block">{t('tagline')}</p>
      </div>
      {/* At phone width the search takes a row of its own under the title. */}
      <div className="order-last w-full sm:order-none sm:w-auto">
        {/* The fallback keeps the search's place so the header does not jump when it arrives. */}
        <Suspense fallback={<div className="h-10 w-full sm:w-80" />}>
          <SearchBox />
        </Suspense>
      </div>
      <OpenNoteButton />
      {/* The buttons load after the first view; their places are kept so the header does not jump. */}
      <Suspense fallback={HEADER_BUTTON_PLACE}>
        <ImportButton />
      </Suspense>
      <Suspense fallback={HEADER_BUTTON_PLACE}>
        <ShareButton />
      </Suspense>
      <Suspense fallback={HEADER_BUTTON_PLACE}>
        <ExportMenu />
      </Suspense>
      <LanguageSwitch />
    </header>
  );
}
