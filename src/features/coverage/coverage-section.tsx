import type { ReactNode } from 'react';

/** A titled part of the coverage panel, named by its heading for landmarks and screenshots. */
export function CoverageSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="text-sm font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}
