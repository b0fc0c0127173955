/** The base map's colours: a quiet national map on which cluster colours stand out. */
export const BASE_COLORS = {
  sea: '#d5e3ea',
  neighbourLand: '#e8e6e0',
  neighbourEdge: '#d3d0c7',
  land: '#fbfaf6',
  // 3:1 against land, sea and neighbouring land (WCAG 1.4.11): the coast is where Denmark ends.
  coast: '#64818e',
  municipalityBorder: '#cdc8bd',
  adminBorder: '#6e6a60',
  adminBorderCasing: '#fbfaf6',
  regionLabel: '#5f5a50',
  townLabel: '#26333a',
  townDot: '#3b464d',
  halo: '#fbfaf6',
} as const;

export const FONTS = {
  regular: ['Noto Sans Regular'],
  medium: ['Noto Sans Medium'],
} as const;
