/** Tailwind's `lg`: below it the side panels are bottom sheets over the map. */
export const WIDE_QUERY = '(min-width: 64rem)';

export const isWide = (): boolean => globalThis.matchMedia?.(WIDE_QUERY).matches ?? true;
