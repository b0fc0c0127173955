/**
 * Names an area a user can open a profile of: a region, an erhvervshus area, a municipality, or
 * geographic Funen. Written `kind:code` in links and on the command line ("region:1085",
 * "municipality:0360", "erhvervshus:fyn", "funen:fyn"): the kind is needed because Funen and
 * Erhvervshus Fyn share the code "fyn". Pure and tiny: the URL codec on the first view uses it.
 */

/** The levels coverage counts at, coarse to fine. */
export const AREA_LEVELS = ['region', 'erhvervshus', 'municipality'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** Every kind of area with a profile: the counting levels and geographic Funen ("på Fyn"). */
export const AREA_KINDS = [...AREA_LEVELS, 'funen'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export interface AreaRef {
  kind: AreaKind;
  code: string;
}

const CODE: Record<AreaKind, RegExp> = {
  region: /^\d{4}$/,
  erhvervshus: /^[a-z]{2,20}$/,
  municipality: /^\d{4}$/,
  funen: /^[a-z]{2,20}$/,
};

export const formatAreaRef = (ref: AreaRef): string => `${ref.kind}:${ref.code}`;

/** The shape only ("region:1085"); whether the area exists is checked against the base map. */
export function parseAreaRef(text: string): AreaRef | null {
  const [kind, code, ...rest] = text.trim().toLowerCase().split(':');
  if (rest.length || !kind || code === undefined) return null;
  if (!(AREA_KINDS as readonly string[]).includes(kind)) return null;
  return CODE[kind as AreaKind].test(code) ? { kind: kind as AreaKind, code } : null;
}

export const sameArea = (a: AreaRef | null, b: AreaRef | null): boolean =>
  a === b || (!!a && !!b && a.kind === b.kind && a.code === b.code);
