/**
 * Reading and writing an area's name in links and on the command line: `kind:code` ("region:1085",
 * "municipality:0360", "erhvervshus:fyn", "funen:fyn"). Pure and tiny: the URL codec on the first
 * view uses it.
 */
import { AREA_KINDS, type AreaKind, type AreaRef } from '@/model/area';

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
