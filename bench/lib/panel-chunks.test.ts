import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyChunks, panelFiles } from './panel-chunks';

function distWith(manifest: object): string {
  const dist = mkdtempSync(join(tmpdir(), 'bench-manifest-'));
  mkdirSync(join(dist, '.vite'));
  writeFileSync(join(dist, '.vite/manifest.json'), JSON.stringify(manifest));
  return `${dist}/`;
}

const dist = distWith({
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'] },
  '_shared.js': { file: 'assets/shared.js' },
  '_panel-shared.js': { file: 'assets/panel-shared.js', imports: ['_shared.js'] },
  'src/features/share/share-dialog.tsx': {
    file: 'assets/share-dialog.js',
    src: 'src/features/share/share-dialog.tsx',
    isDynamicEntry: true,
    imports: ['_panel-shared.js', '_shared.js'],
    css: ['assets/share-dialog.css'],
  },
  'src/app/embed/embed-frame.tsx': {
    file: 'assets/embed-frame.js',
    src: 'src/app/embed/embed-frame.tsx',
    isDynamicEntry: true,
    imports: ['_panel-shared.js'],
  },
});

describe('lazy chunks', () => {
  it('lists every file only a dynamic import reaches, with the first module that needs it', () => {
    expect(lazyChunks(dist)).toEqual([
      { file: '/assets/embed-frame.js', entry: 'src/app/embed/embed-frame.tsx' },
      { file: '/assets/panel-shared.js', entry: 'src/features/share/share-dialog.tsx' },
      { file: '/assets/share-dialog.css', entry: 'src/features/share/share-dialog.tsx' },
      { file: '/assets/share-dialog.js', entry: 'src/features/share/share-dialog.tsx' },
    ]);
  });

  it('counts as panels only what the features load', () => {
    expect(panelFiles(dist)).toEqual(
      new Set(['/assets/share-dialog.js', '/assets/panel-shared.js', '/assets/share-dialog.css']),
    );
  });
});
