import type { PresenceStatus } from '@/model/schema';

/** A key drawn like the mark on the map: the map's own style constants fill these in. */
export type LegendSwatch =
  | {
      kind: 'marker';
      color: string;
      status: PresenceStatus;
      inferred?: boolean;
      user?: boolean;
      otherSource?: boolean;
      selected?: boolean;
    }
  | { kind: 'chip'; color: string; code: string; textColor: string }
  | { kind: 'fill'; color: string }
  | { kind: 'area-chip'; color: string }
  | { kind: 'shared-town'; color: string }
  | { kind: 'stack'; colors: string[] }
  | { kind: 'white-spot' }
  | { kind: 'area-level'; ground: string };

export interface LegendRow {
  swatch: LegendSwatch;
  label: string;
  /** Already formatted for the reader's language. */
  count?: string;
}

export interface LegendGroup {
  title: string;
  rows: LegendRow[];
}
