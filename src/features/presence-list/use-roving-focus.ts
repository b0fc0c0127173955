import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { nextRovingIndex } from '@/lib/keyboard/roving';

const ITEM = '[data-roving-id]';

/**
 * One Tab stop for the whole list: arrows, Home and End move between its buttons (roving
 * tabindex). The stop follows `currentId` (the selection, wherever it was made) and that item is
 * scrolled into view, so the list stays in step with the map.
 */
export function useRovingFocus(ids: string[], currentId: string | null) {
  const container = useRef<HTMLElement>(null);
  const [active, setActive] = useState<string | null>(currentId);
  const [followed, setFollowed] = useState(currentId);
  if (currentId !== followed) {
    setFollowed(currentId);
    if (currentId) setActive(currentId);
  }
  const stop = active && ids.includes(active) ? active : (ids[0] ?? null);

  useEffect(() => {
    if (!currentId || !ids.includes(currentId)) return;
    container.current
      ?.querySelector<HTMLElement>(`[data-roving-id="${CSS.escape(currentId)}"]`)
      ?.scrollIntoView?.({ block: 'nearest' });
  }, [currentId, ids]);

  const onKeyDown = useCallback((e: KeyboardEvent) => {
    const items = [...(container.current?.querySelectorAll<HTMLElement>(ITEM) ?? [])];
    const index = items.findIndex((el) => el === document.activeElement);
    if (index < 0) return;
    const next = nextRovingIndex(e.key, index, items.length);
    if (next === null) return;
    e.preventDefault();
    const target = items[next];
    setActive(target?.dataset.rovingId ?? null);
    target?.focus();
  }, []);

  const itemProps = (id: string) => ({
    'data-roving-id': id,
    tabIndex: id === stop ? 0 : -1,
    onFocus: () => setActive(id),
  });

  return { container, onKeyDown, itemProps };
}
