/**
 * Which built files belong to lazily loaded panels (issue 10: "lazily loaded panels excluded"): the
 * static closure of every dynamic entry under src/features/, minus whatever the page's own entry
 * needs statically. Read from Vite's build manifest, so the rule follows the code, not a name list.
 */
import { existsSync, readFileSync } from 'node:fs';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}

type Manifest = Record<string, ManifestChunk>;

function readManifest(distDir: string): Manifest {
  const path = `${distDir}.vite/manifest.json`;
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Manifest) : {};
}

export function panelFiles(distDir: string): Set<string> {
  return lazyFiles(readManifest(distDir), (src) => src.startsWith('src/features/'));
}

/** A lazily loaded chunk (JS or CSS) and the module whose dynamic import first needs it. */
export interface LazyChunk {
  file: string;
  entry: string;
}

/**
 * Every built file only a dynamic import reaches (panels, locale bundles, the embed, the export's
 * composer, the dataset's validation, …): what the first view does not load.
 */
export function lazyChunks(distDir: string): LazyChunk[] {
  const manifest = readManifest(distDir);
  const chunks = new Map<string, string>();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isDynamicEntry) continue;
    for (const file of lazyFiles(manifest, (src) => src === chunk.src))
      if (!chunks.has(file)) chunks.set(file, key);
  }
  return [...chunks].map(([file, entry]) => ({ file, entry })).sort((a, b) => a.file.localeCompare(b.file));
}

/** The files of the dynamic entries `include` picks, minus whatever the page's own entry needs. */
function lazyFiles(manifest: Manifest, include: (src: string) => boolean): Set<string> {
  const closure = (keys: string[]) => {
    const seen = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || seen.has(key)) return;
      seen.add(key);
      chunk.imports?.forEach(visit);
    };
    keys.forEach(visit);
    return seen;
  };
  const files = (keys: Set<string>) =>
    new Set([...keys].flatMap((key) => [manifest[key]?.file ?? '', ...(manifest[key]?.css ?? [])]));
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  const panels = Object.keys(manifest).filter(
    (key) => manifest[key]?.isDynamicEntry && include(manifest[key]?.src ?? ''),
  );
  const firstView = files(closure(entries));
  return new Set(
    [...files(closure(panels))].filter((file) => file && !firstView.has(file)).map((f) => `/${f}`),
  );
}
