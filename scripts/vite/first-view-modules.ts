import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/**
 * Which modules the first view imports statically, read from the module graph once the build has
 * parsed it. A chunk group asks `lazyOnly(id)` to keep what only lazily loaded chunks share out of
 * the 'shared' chunk, which the first view loads: the rule follows the imports, not a list of names.
 */
export function firstViewModules(): { plugin: Plugin; lazyOnly: (id: string) => boolean } {
  const firstView = new Set<string>();
  let known = false;
  const plugin: Plugin = {
    name: 'klyngekort-first-view-modules',
    apply: 'build',
    buildEnd() {
      firstView.clear();
      const visit = (id: string) => {
        if (firstView.has(id)) return;
        firstView.add(id);
        this.getModuleInfo(id)?.importedIds.forEach(visit);
      };
      for (const id of this.getModuleIds()) if (this.getModuleInfo(id)?.isEntry) visit(id);
      known = firstView.size > 0;
    },
  };
  // Only the app's own modules: a CommonJS package's `require`s are not in the graph's imports, so
  // its files would look unused by the first view. Before the graph is known, nothing is claimed.
  return { plugin, lazyOnly: (id) => known && id.startsWith(SRC) && !firstView.has(id) };
}
