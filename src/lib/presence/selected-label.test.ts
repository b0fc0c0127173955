import { describe, expect, it } from 'vitest';
import { areaChips } from './area-features';
import { markerFootprint } from './marker-style';
import { presencePointData } from './point-features';
import { selectedLabel } from './selected-label';
import { baseMap, dataset } from '@/testing/presence-fixtures';

describe('selectedLabel', () => {
  const { points } = presencePointData(dataset.presences, dataset.clusters, 8);
  const chips = areaChips(dataset.presences, dataset.clusters, baseMap, 8, []);

  it('names the selected marker’s cluster where the marker is drawn, beyond its highlight', () => {
    const label = selectedLabel(points, chips, 'odense-robotics--aarhus', 8);
    const marker = points.features.find((f) => f.properties.id === 'odense-robotics--aarhus');
    expect(label.features).toHaveLength(1);
    expect(label.features[0]?.geometry).toEqual(marker?.geometry);
    expect(label.features[0]?.properties.name).toBe('Odense Robotics');
    expect(label.features[0]?.properties.radius).toBeGreaterThan(markerFootprint(8, 'established', false));
  });

  it('names a selected area-level presence at its chip, and nothing when nothing is selected or drawn', () => {
    const label = selectedLabel(points, chips, 'marlog--sjaelland', 8);
    expect(label.features[0]?.properties.name).toBe('MARLOG');
    expect(selectedLabel(points, chips, null, 8).features).toEqual([]);
    expect(selectedLabel(points, chips, 'gone--nowhere', 8).features).toEqual([]);
  });
});
