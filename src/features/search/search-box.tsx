import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { SEARCH_NS } from '@/i18n/panel-strings';
import { Search, X } from 'lucide-react';
import { useLanguage } from '@/i18n/data-labels';
import { search } from '@/lib/search/search-index';
import type { SearchEntry } from '@/lib/search/search-entries';
import { SearchOption } from './search-option';
import { useChooseResult } from './use-choose-result';
import { useSearchIndex } from './use-search-index';

/**
 * Search as a WAI-ARIA 1.2 combobox with a listbox popup (list autocomplete, manual selection):
 * focus stays in the input, ArrowDown/ArrowUp move the active option (aria-activedescendant),
 * Enter chooses it (or the best match), Escape closes the list and then clears the input.
 * https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/
 */
export function SearchBox() {
  const { t } = useTranslation(SEARCH_NS);
  const language = useLanguage();
  const index = useSearchIndex();
  const choose = useChooseResult();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const results = useMemo(() => search(index, query), [index, query]);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const optionId = (i: number) => `${baseId}-option-${i}`;
  const showList = open && query.trim().length > 0;
  // "No results" is a message, not a popup: the listbox counts as expanded only with options in it.
  const expanded = showList && results.length > 0;

  const pick = (entry: SearchEntry | undefined) => {
    if (!entry) return;
    choose(entry);
    setQuery(entry.label[language]);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = results.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (!n || e.altKey) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i < 0 ? (step > 0 ? 0 : n - 1) : (i + step + n) % n));
    } else if (e.key === 'Enter' && showList) {
      e.preventDefault();
      pick(results[active >= 0 ? active : 0]?.entry);
    } else if (e.key === 'Escape') {
      if (showList) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  return (
    <div className="relative w-full sm:w-72 lg:w-80">
      <label htmlFor={`${baseId}-input`} className="sr-only">
        {t('label')}
      </label>
      <Search
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted"
      />
      <input
        id={`${baseId}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        placeholder={t('placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="h-11 w-full rounded-md border border-white/40 bg-white pr-10 pl-8 text-sm text-ink placeholder:text-muted sm:h-10"
      />
      {query && (
        <button
          type="button"
          onClick={() => {
            setQuery('');
            setActive(-1);
          }}
          aria-label={t('clear')}
          className="absolute top-1/2 right-0 flex size-11 -translate-y-1/2 sm:right-0.5 sm:size-10 items-center justify-center rounded text-muted hover:text-ink"
        >
          <X aria-hidden="true" className="size-4" />
        </button>
      )}
      <div
        id={listId}
        role="listbox"
        aria-label={t('listLabel')}
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-40 mt-1 max-h-[60vh] overflow-y-auto rounded-md border border-line bg-paper py-1 shadow-lg"
      >
        {results.map((hit, i) => (
          <SearchOption
            key={hit.entry.id}
            id={optionId(i)}
            entry={hit.entry}
            active={i === active}
            onChoose={() => pick(hit.entry)}
          />
        ))}
      </div>
      {showList && results.length === 0 && (
        <p className="absolute inset-x-0 top-full z-40 mt-1 rounded-md border border-line bg-paper px-3 py-2 text-sm text-muted shadow-lg">
          {t('noResults')}
        </p>
      )}
      <p role="status" className="sr-only">
        {showList ? (results.length ? t('results', { count: results.length }) : t('noResults')) : ''}
      </p>
    </div>
  );
}
