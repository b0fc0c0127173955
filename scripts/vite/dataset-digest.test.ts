import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { shippedJson } from './dataset-digest';

const DATASET = fileURLToPath(new URL('../../public/data/dataset.json', import.meta.url));

describe('shippedJson', () => {
  it('ships the same data without the indentation, so the build’s digest is of the bytes it ships', () => {
    const committed = readFileSync(DATASET, 'utf8');
    const shipped = shippedJson(DATASET);
    expect(shipped).not.toBeNull();
    expect(JSON.parse(shipped as string)).toEqual(JSON.parse(committed));
    expect((shipped as string).length).toBeLessThan(committed.length);
    expect(shipped).not.toMatch(/\n {2}"/);
  });

  it('is null for a file that is missing or not JSON', () => {
    expect(shippedJson('/nonexistent/dataset.json')).toBeNull();
    expect(shippedJson(fileURLToPath(import.meta.url))).toBeNull();
  });
});
