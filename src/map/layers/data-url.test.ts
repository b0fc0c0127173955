import { resolveObjectURL } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { dataUrl } from './data-url';

describe('unchanging GeoJSON as a URL of its own', () => {
  it('gives one URL per object, holding the object as JSON', async () => {
    const land: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [10.5, 56] }, properties: { æ: 'ø' } },
      ],
    };
    const url = dataUrl(land);
    expect(url).toMatch(/^blob:/);
    expect(dataUrl(land)).toBe(url);
    expect(dataUrl({ ...land })).not.toBe(url);
    const text = await resolveObjectURL(url)?.text();
    expect(JSON.parse(text ?? 'null')).toEqual(land);
  });
});
