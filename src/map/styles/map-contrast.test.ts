import { describe, expect, it } from 'vitest';
import { contrast } from '@/lib/palette/readable-text';
import { BASE_COLORS } from './palette';
import { PRESENCE_COLORS } from './presence-palette';

/**
 * WCAG 2.1 on the map itself, from the style constants: text at 4.5:1 (1.4.3) against its halo and
 * against every ground it can stand on, lines and outlines that carry meaning at 3:1 (1.4.11).
 */
const GROUNDS = {
  land: BASE_COLORS.land,
  sea: BASE_COLORS.sea,
  'neighbouring land': BASE_COLORS.neighbourLand,
} as const;

const pairs = (colour: string) => Object.entries(GROUNDS).map(([name, ground]) => ({ name, ground, colour }));

describe('map contrast', () => {
  it.each([
    ['region labels', BASE_COLORS.regionLabel, BASE_COLORS.halo],
    ['town labels', BASE_COLORS.townLabel, BASE_COLORS.halo],
    ['area labels', PRESENCE_COLORS.ink, PRESENCE_COLORS.paper],
    ['the selected area label', PRESENCE_COLORS.ink, '#ffe6a6'],
  ])('%s reach 4.5:1 against their halo', (_name, text, halo) => {
    expect(contrast(text, halo)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['region labels', BASE_COLORS.regionLabel],
    ['town labels', BASE_COLORS.townLabel],
  ])('%s reach 4.5:1 on land, sea and neighbouring land even where the halo is thin', (_name, text) => {
    for (const { name, ground } of pairs(text)) {
      expect(contrast(text, ground), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each([
    ['marker casing', PRESENCE_COLORS.casing],
    ['selection ring', PRESENCE_COLORS.selection],
    ["the selected cluster's halo", PRESENCE_COLORS.clusterHalo],
    ['shared-town legs and anchors', PRESENCE_COLORS.leg],
    ['town dots', BASE_COLORS.townDot],
    ['region and erhvervshus borders', BASE_COLORS.adminBorder],
    ['the coastline', BASE_COLORS.coast],
  ])('%s reach 3:1 on land, sea and neighbouring land', (_name, colour) => {
    for (const { name, ground } of pairs(colour)) {
      expect(contrast(colour, ground), name).toBeGreaterThanOrEqual(3);
    }
  });
});
