import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '@/model/filters';
import { roundCamera } from './camera-precision';
import { writeUrl } from './write-url';
import { DEFAULT_URL_STATE } from './url-state';

describe('writeUrl', () => {
  it('writes nothing for the default view', () => {
    expect(writeUrl(DEFAULT_URL_STATE)).toBe('');
  });

  it('writes sorted, readable parameters with lists in vocabulary order', () => {
    expect(
      writeUrl({
        ...DEFAULT_URL_STATE,
        lang: 'da',
        filters: {
          ...EMPTY_FILTERS,
          statuses: ['considering', 'established', 'considering'],
          regions: ['1085', '1084'],
          businessAreas: ['digital-technologies', 'robot-drone-technology'],
        },
        cluster: 'food-bio-cluster-denmark',
        camera: { longitude: 11.123456789, latitude: 55.987654321, zoom: 7.123456 },
      }),
    ).toBe(
      '?business=digital-technologies,robot-drone-technology&cluster=food-bio-cluster-denmark&lang=da' +
        '&map=11.123,55.988,7.12&regions=hovedstaden,sjaelland&status=established,considering',
    );
  });

  it('marks the embed layout and leaves it out otherwise', () => {
    expect(writeUrl({ ...DEFAULT_URL_STATE, lang: 'en', embed: true })).toBe('?embed=1&lang=en');
    expect(writeUrl({ ...DEFAULT_URL_STATE, lang: 'en', embed: false })).toBe('?lang=en');
  });

  it('writes the presence instead of its cluster', () => {
    expect(writeUrl({ ...DEFAULT_URL_STATE, cluster: 'clean', presence: 'clean--roskilde' })).toBe(
      '?presence=clean--roskilde',
    );
  });

  it('leaves out what could not be read back', () => {
    expect(
      writeUrl({
        ...DEFAULT_URL_STATE,
        cluster: 'Not An Id',
        filters: { ...EMPTY_FILTERS, clusters: ['ok', 'bad id&x=1'] },
        camera: { longitude: NaN, latitude: 55, zoom: 6 },
      }),
    ).toBe('?clusters=ok');
  });
});

describe('roundCamera', () => {
  it('keeps about a pixel of precision', () => {
    expect(roundCamera({ longitude: 10.123456, latitude: 56.123456, zoom: 5.5 })).toEqual({
      longitude: 10.12,
      latitude: 56.12,
      zoom: 5.5,
    });
    expect(roundCamera({ longitude: 10.123456789, latitude: 56.123456789, zoom: 13 })).toEqual({
      longitude: 10.12346,
      latitude: 56.12346,
      zoom: 13,
    });
  });
});
