import { formatAreaRef } from '../area/area-ref';
import { type AreaRef } from '@/model/area';
import { PARAMS, type Dropped } from './url-state';

export interface AreaSelection {
  area: AreaRef | null;
  compare: readonly AreaRef[];
}

/**
 * Checks the areas a link names against the loaded base map (`known` holds "kind:code"): unknown
 * ones are dropped and listed, as unknown cluster and presence ids are (validate-ids.ts).
 */
export function validateAreas(
  selection: AreaSelection,
  known: ReadonlySet<string>,
): { area: AreaRef | null; compare: AreaRef[]; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  let { area } = selection;
  if (area && !known.has(formatAreaRef(area))) {
    dropped.push({ param: PARAMS.area, value: formatAreaRef(area) });
    area = null;
  }
  const compare = selection.compare.filter((ref) => {
    if (known.has(formatAreaRef(ref))) return true;
    dropped.push({ param: PARAMS.compare, value: formatAreaRef(ref) });
    return false;
  });
  return { area, compare, dropped };
}
