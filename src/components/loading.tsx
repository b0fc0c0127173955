import { LoaderCircle } from 'lucide-react';

/** `panel`: a side panel still on its way; the browser tests wait until none is left. */
export function Loading({ label, panel = false }: { label: string; panel?: boolean }) {
  return (
    <div
      data-panel-loading={panel || undefined}
      role="status"
      className="flex h-full min-h-24 items-center justify-center gap-2 p-4 text-sm text-muted"
    >
      <LoaderCircle aria-hidden="true" className="size-4 animate-spin motion-reduce:animate-none" />
      {label}
    </div>
  );
}
