import { useId, type ReactNode } from 'react';

/** A titled part of a details panel, named by its heading for landmarks and screen readers. */
export function TitledSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="border-t border-line px-4 py-3">
      <h4 id={id} className="text-sm font-semibold tracking-wide text-muted uppercase">
        {title}
      </h4>
      {children}
    </section>
  );
}
