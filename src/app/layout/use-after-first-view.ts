import { startTransition, useEffect, useState } from 'react';
import { useAppStore } from '@/state/store';

/** However long the map takes, the panels do not wait longer than this (ms). */
export const FIRST_VIEW_WAIT_MS = 4000;

/**
 * True once the map has drawn its first view, or could not, or after FIRST_VIEW_WAIT_MS: the side
 * panels mount then, so rendering them does not compete with building the map's style and first tiles
 * on the same two cores (the largest part of the first view's blocking time, README "Performance").
 * The header's controls and the legend do not wait: the legend is one of the overlays the first
 * camera keeps its target clear of, and the print description lives with the export menu.
 */
export function useAfterFirstView(): boolean {
  const settled = useAppStore((s) => s.mapStatus.kind !== 'loading');
  const [late, setLate] = useState(false);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (settled) return;
    const timer = setTimeout(() => setLate(true), FIRST_VIEW_WAIT_MS);
    return () => clearTimeout(timer);
  }, [settled]);
  useEffect(() => {
    // A transition: React renders the panels in slices of a few milliseconds, yielding to the map
    // and to input between them, instead of one task that blocks the page for hundreds.
    if (settled || late) startTransition(() => setReady(true));
  }, [settled, late]);
  return ready;
}
