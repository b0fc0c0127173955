/** Colours the presence layers add to the base map's; ink and casing match the app's text colour. */
export const PRESENCE_COLORS = {
  ink: '#1c2a33',
  casing: '#1c2a33',
  paper: '#ffffff',
  leg: '#3b464d',
  selection: '#1c2a33',
  clusterHalo: '#1f4e5f',
} as const;
