import { describe, expect, it } from 'vitest';
import { parseNoteOutline } from '../lib/text/note-headings';
import { BUSINESS_AREAS, clustersFileSchema } from '@/model/dataset-schema';
import { clustersJson, NOTE } from '@/testing/test-files';

/** Fails the test instead of asserting non-null. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const clusters = clustersFileSchema.parse(clustersJson()).clusters;
const outline = parseNoteOutline(NOTE);

describe('the note and the cluster records match one to one', () => {
  it('reads the title and 14 cluster sections from the note', () => {
    expect(outline.title.text).toBe('Bilag 6.2: Status på klyngernes konsolidering og aktiviteter');
    expect(outline.sections).toHaveLength(14);
  });

  it('has exactly one cluster record per section heading, and no record without a heading', () => {
    for (const section of outline.sections) {
      expect(
        clusters.filter((c) => c.heading === section.text),
        section.text,
      ).toHaveLength(1);
    }
    const headings = new Set(outline.sections.map((s) => s.text));
    for (const cluster of clusters) expect(headings.has(cluster.heading), cluster.id).toBe(true);
  });

  it('keeps the note order', () => {
    expect(clusters.map((c) => c.heading)).toEqual(outline.sections.map((s) => s.text));
  });

  it('agrees with each heading: business area label, cluster name, emerging marker', () => {
    for (const cluster of clusters) {
      const area = must(BUSINESS_AREAS.find((a) => a.id === cluster.businessArea.id));
      const expected =
        (area.inHeading ? `${area.da}: ` : '') + cluster.name + (area.emerging ? ' (spirende område)' : '');
      expect(cluster.heading, cluster.id).toBe(expected);
      expect(cluster.emerging.value, cluster.id).toBe(cluster.heading.endsWith('(spirende område)'));
    }
  });

  it('uses each of the 14 business areas once, 4 of them emerging', () => {
    expect(new Set(clusters.map((c) => c.businessArea.id)).size).toBe(14);
    expect(clusters.filter((c) => c.emerging.value).map((c) => c.id)).toEqual([
      'odense-robotics',
      'vision-denmark',
      'censec',
      'danish-sound-cluster',
    ]);
  });
});
