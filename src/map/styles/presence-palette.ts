import { PRESENCE_INK } from '@/lib/presence/marker-style';

/** Colours the presence layers add to the base map's; ink and casing match the app's text colour. */
export const PRESENCE_COLORS = {
  ink: PRESENCE_INK,
  casing: PRESENCE_INK,
  paper: '#ffffff',
  leg: '#3b464d',
  selection: PRESENCE_INK,
  clusterHalo: '#1f4e5f',
  /** The halo of the selected presence's name: a highlighter's yellow. */
  selectedHalo: '#ffe6a6',
  /** Areas that hold area-level presences: a light tint and a soft band inside their edge. */
  areaTint: '#1f4e5f',
} as const;
