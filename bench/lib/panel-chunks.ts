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

export function panelFiles(distDir: string): Set<string> {
  const path = `${distDir}.vite/manifest.json`;
  if (!existsSync(path)) return new Set();
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
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
    (key) => manifest[key]?.isDynamicEntry && manifest[key]?.src?.startsWith('src/features/'),
  );
  const firstView = files(closure(entries));
  return new Set(
    [...files(closure(panels))].filter((file) => file && !firstView.has(file)).map((f) => `/${f}`),
  );
}
