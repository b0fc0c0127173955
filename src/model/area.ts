import { AREA_LEVELS } from './view';

/**
 * The areas a profile can be opened for: the levels coverage counts at and geographic Funen ("på
 * Fyn"). An area is named by kind and code, because Funen and Erhvervshus Fyn share the code "fyn".
 */
export const AREA_KINDS = [...AREA_LEVELS, 'funen'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export interface AreaRef {
  kind: AreaKind;
  code: string;
}

/** The side-by-side table holds at most this many areas. */
export const MAX_COMPARED_AREAS = 4;
